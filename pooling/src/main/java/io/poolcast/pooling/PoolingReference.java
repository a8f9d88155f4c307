package io.poolcast.pooling;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference data the pooling rules look up, indexed once from a {@link World}: SKUs by id, tier
 * schedules per SKU and supplier, delivery calendars per supplier × region, suppliers.
 *
 * <p>Immutable and cheap to query. Not {@code Serializable} (the world records are not): a Flink
 * function builds it in {@code open()} and keeps it in a transient field.
 *
 * <p>Broken reference rows never stop the index: a calendar that cannot be read (unknown zone, no
 * delivery weekday) or a repeated SKU id is left out or overridden and listed in {@link
 * #problems()}; orders of that supplier × region are then unroutable (see {@link PoolRouter}).
 */
public final class PoolingReference {
  private static final Supplier NO_SUPPLIER =
      new Supplier("", "", List.of(), List.of(), 0, 0, 0, 0);
  private static final SupplierTerms NO_TERMS = SupplierTerms.of(NO_SUPPLIER, List.of(), List.of());

  private final Map<String, Sku> skus = new HashMap<>();
  private final Map<String, Supplier> suppliers = new HashMap<>();
  private final Map<String, DeliveryCalendar> calendars = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, SupplierTerms> terms = new HashMap<>();

  private PoolingReference(World world) {
    for (Sku sku : world.skus()) {
      if (skus.put(sku.sku(), sku) != null) {
        problems.add("sku " + sku.sku() + " is listed twice; the last row counts");
      }
    }
    for (Supplier supplier : world.suppliers()) {
      suppliers.put(supplier.supplierId(), supplier);
    }
    for (CutoffCalendar calendar : world.cutoffCalendars()) {
      indexCalendar(calendar);
    }
    indexTerms(world);
  }

  private void indexTerms(World world) {
    Map<String, List<PriceTier>> tiersBySupplier =
        world.priceTiers().stream()
            .filter(t -> skus.containsKey(t.sku()))
            .collect(Collectors.groupingBy(t -> skus.get(t.sku()).supplierId()));
    Map<String, List<CategoryTier>> categoryRows =
        world.categoryTiers().stream().collect(Collectors.groupingBy(CategoryTier::supplierId));
    for (Supplier supplier : suppliers.values()) {
      String id = supplier.supplierId();
      terms.put(
          id,
          SupplierTerms.of(
              supplier,
              tiersBySupplier.getOrDefault(id, List.of()),
              categoryRows.getOrDefault(id, List.of())));
    }
  }

  /** Indexes a world. */
  public static PoolingReference of(World world) {
    return new PoolingReference(world);
  }

  private void indexCalendar(CutoffCalendar calendar) {
    try {
      calendars.put(
          calendarKey(calendar.supplierId(), calendar.regionId()), new DeliveryCalendar(calendar));
    } catch (RuntimeException e) {
      problems.add(
          "cut-off calendar "
              + calendarKey(calendar.supplierId(), calendar.regionId())
              + " left out: "
              + e.getMessage());
    }
  }

  private static String calendarKey(String supplierId, String regionId) {
    return supplierId + PoolKey.SEPARATOR + regionId;
  }

  public Optional<Sku> sku(String skuId) {
    return Optional.ofNullable(skus.get(skuId));
  }

  public Optional<Supplier> supplier(String supplierId) {
    return Optional.ofNullable(suppliers.get(supplierId));
  }

  /** The supplier, or one without minimum and truck limits when the reference lacks it. */
  public Supplier supplierOrUnlimited(String supplierId) {
    return suppliers.getOrDefault(supplierId, NO_SUPPLIER);
  }

  /** The SKU's quantity tiers; none (list price only) when it has no rows. */
  public PriceTierSchedule priceTiers(String skuId) {
    return sku(skuId)
        .map(s -> termsOf(s.supplierId()).priceTiers(skuId))
        .orElse(PriceTierSchedule.none());
  }

  /** The supplier's category tiers; none when it has no rows. */
  public CategoryTierSchedule categoryTiers(String supplierId) {
    return termsOf(supplierId).categoryTiers();
  }

  /**
   * The supplier's terms as this reference has them now; one without tiers and limits when the
   * reference lacks the supplier.
   */
  public SupplierTerms termsOf(String supplierId) {
    SupplierTerms known = terms.get(supplierId);
    return known != null ? known : NO_TERMS;
  }

  public Optional<DeliveryCalendar> calendar(String supplierId, String regionId) {
    return Optional.ofNullable(calendars.get(calendarKey(supplierId, regionId)));
  }

  /** The calendar of a pool's supplier and region. */
  public Optional<DeliveryCalendar> calendar(PoolKey key) {
    return calendar(key.supplierId(), key.regionId());
  }

  /** Reference rows that were left out or overridden, one line each. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
