package io.poolcast.pooling;

import io.poolcast.events.IsoTimes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which pool an order belongs to: one supplier, one region, one delivery day. Orders with the same
 * key are bought together and share tiers, minimum batch and trucks.
 *
 * @param supplierId the supplier every line is ordered from
 * @param regionId the region the shops are delivered in
 * @param deliveryDate the region-local day the batch is delivered
 */
public record PoolKey(String supplierId, String regionId, LocalDate deliveryDate) {
  /** Separates the parts of {@link #poolId()}; ids never contain it. */
  public static final String SEPARATOR = "|";

  public PoolKey {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(regionId, "regionId");
    Objects.requireNonNull(deliveryDate, "deliveryDate");
  }

  /** Stable id, e.g. {@code sup-003|east-hz|2026-01-06}: the Kafka key and the Flink key. */
  public String poolId() {
    return supplierId + SEPARATOR + regionId + SEPARATOR + deliveryDate;
  }

  /** The same supplier and region, another delivery day (used to roll orders over). */
  public PoolKey withDeliveryDate(LocalDate date) {
    return new PoolKey(supplierId, regionId, date);
  }

  /** Reads a {@link #poolId()} back; empty when it is not one. */
  public static Optional<PoolKey> parse(String poolId) {
    if (poolId == null) {
      return Optional.empty();
    }
    // indexOf, not split: backfills read every allocation's region and day from its pool id.
    int first = poolId.indexOf(SEPARATOR);
    int second = first < 0 ? -1 : poolId.indexOf(SEPARATOR, first + 1);
    if (first <= 0 || second <= first + 1 || poolId.indexOf(SEPARATOR, second + 1) >= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PoolKey(
              poolId.substring(0, first),
              poolId.substring(first + 1, second),
              IsoTimes.localDate(poolId.substring(second + 1))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return poolId();
  }
}
