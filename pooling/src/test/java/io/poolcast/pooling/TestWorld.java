package io.poolcast.pooling;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A small world for pooling tests: supplier sup-003 in east-hz (Shanghai, cut-off 18:00 the day
 * before, no Sunday delivery), minimum ¥5,000; category tiers ¥10,000 over 2 categories (2%) and
 * ¥25,000 over 3 (3%), trucks of 1 000 kg / 10 000 L.
 */
final class TestWorld {
  static final String SUPPLIER = "sup-003";
  static final String REGION = "east-hz";
  static final LocalDate TUESDAY = LocalDate.of(2026, 1, 6);
  static final PoolKey POOL = new PoolKey(SUPPLIER, REGION, TUESDAY);

  /** Monday 5 January 2026, 18:00 Shanghai. */
  static final Instant CUTOFF = Instant.parse("2026-01-05T10:00:00Z");

  /** Monday morning, well before the cut-off. */
  static final Instant MORNING = Instant.parse("2026-01-05T01:00:00Z");

  static final long MIN_VALUE = 500_000;

  private TestWorld() {}

  static World world() {
    return world(MIN_VALUE, 0);
  }

  static World world(long minValue, long minUnits) {
    return world(minValue, minUnits, 800);
  }

  /** The default world with its suppliers pricing in another currency. */
  static World worldPricedIn(String currency) {
    World w = world();
    List<Supplier> suppliers =
        w.suppliers().stream()
            .map(
                s ->
                    new Supplier(
                        s.supplierId(),
                        s.name(),
                        s.categories(),
                        s.regionIds(),
                        s.minBatchValueCents(),
                        s.minBatchUnits(),
                        s.truckCapacityKg(),
                        s.truckCapacityLitres(),
                        currency))
            .toList();
    return new World(
        w.regions(),
        w.shops(),
        suppliers,
        w.skus(),
        w.priceTiers(),
        w.categoryTiers(),
        w.cutoffCalendars());
  }

  /** The default world with sku-a's top tier (from 50 units) at another discount. */
  static PoolingReference referenceWithSkuATopTier(int basisPoints) {
    return PoolingReference.of(world(MIN_VALUE, 0, basisPoints));
  }

  private static World world(long minValue, long minUnits, int skuATopTierBasisPoints) {
    return new World(
        List.of(new Region(REGION, "Hangzhou East", "Asia/Shanghai")),
        List.of(),
        List.of(
            new Supplier(
                SUPPLIER,
                "Qiandao Drinks",
                List.of("beverages", "snacks", "dairy"),
                List.of(REGION),
                minValue,
                minUnits,
                1_000,
                10_000),
            new Supplier(
                "sup-009", "Other", List.of("snacks"), List.of(REGION), 0, 0, 1_000, 10_000)),
        List.of(
            // 10 kg and 20 L a case: 100 cases fill a truck by weight, 500 by volume.
            sku("sku-a", SUPPLIER, "beverages", 10_000, 20_000, 48_00),
            sku("sku-b", SUPPLIER, "snacks", 2_000, 10_000, 12_50),
            sku("sku-c", SUPPLIER, "dairy", 5_000, 5_000, 9_99),
            sku("sku-x", "sup-009", "snacks", 1_000, 1_000, 5_00)),
        List.of(
            new PriceTier("sku-a", 1, 20, 500),
            new PriceTier("sku-a", 2, 50, skuATopTierBasisPoints),
            new PriceTier("sku-b", 1, 100, 400)),
        List.of(
            new CategoryTier(SUPPLIER, 1, 1_000_000, 2, 200),
            new CategoryTier(SUPPLIER, 2, 2_500_000, 3, 300)),
        List.of(
            new CutoffCalendar(
                SUPPLIER,
                REGION,
                "Asia/Shanghai",
                LocalTime.of(18, 0),
                1,
                List.of(DayOfWeek.SUNDAY),
                List.of())));
  }

  static PoolingReference reference() {
    return PoolingReference.of(world());
  }

  static Sku sku(String id, String supplier, String category, int grams, int ml, long price) {
    return new Sku(id, supplier, category, id, 12, grams, ml, price, LocalDate.of(2025, 1, 1));
  }

  static OrderLine line(String sku, int quantity, long listPrice) {
    return new OrderLine(sku, quantity, listPrice);
  }

  /** Version 1, placed on Monday morning, for Tuesday, accepting up to Thursday. */
  static ShopOrderEvent placed(String orderId, String shopId, OrderLine... lines) {
    return event(orderId, 1, OrderEventType.PLACED, shopId, MORNING, TUESDAY.plusDays(2), lines);
  }

  static ShopOrderEvent event(
      String orderId,
      int version,
      OrderEventType type,
      String shopId,
      Instant time,
      LocalDate latest,
      OrderLine... lines) {
    return new ShopOrderEvent(
        orderId + "-v" + version,
        orderId,
        version,
        type,
        shopId,
        SUPPLIER,
        REGION,
        List.of(lines),
        time,
        TUESDAY,
        latest);
  }

  static Pool openPool(PoolingReference ref) {
    return Pool.open(POOL, ref.calendar(POOL).orElseThrow());
  }
}
