package io.poolcast.connectors.parquet;

import java.time.LocalDate;

/** A small test row: partitioned by delivery date and region, with a money column to sum. */
public record Delivery(String orderId, String regionId, LocalDate deliveryDate, long amountCents) {
  private static final String[] REGIONS = {"east-hz", "west-sh", "south-gz"};

  /** The {@code index}-th row of a deterministic stream over 3 regions and 4 delivery days. */
  static Delivery sample(long index) {
    return new Delivery(
        "o-" + index,
        REGIONS[(int) (index % REGIONS.length)],
        LocalDate.of(2026, 1, 5).plusDays(index / REGIONS.length % 4),
        index % 997 + 1);
  }
}
