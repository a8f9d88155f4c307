package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.poolcast.pooling.model.OrderRelease;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.RejectionReason;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random order streams against random worlds (seeded: a failure names its seed). Conservation of
 * events, quantities and money, and prices that match the tiers the pool really reached.
 */
class PoolPropertyTest {
  private static final int POOLS = 200;
  private static final String SUP = "sup-p";
  private static final String REGION = "r1";
  private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
  private static final PoolKey KEY = new PoolKey(SUP, REGION, DAY);
  private static final Instant CUTOFF = Instant.parse("2026-01-05T10:00:00Z");
  private static final String[] CATEGORIES = {"beverages", "snacks", "dairy", "household"};

  @Test
  void randomPoolsConserveEventsQuantitiesAndMoneyAndPriceByTheTiersReached() {
    Map<Object, Integer> seen = new HashMap<>(); // what the streams exercised, over all pools
    for (int seed = 0; seed < POOLS; seed++) {
      Random rnd = new Random(7_919L * seed + 1);
      World world = randomWorld(rnd);
      PoolingReference ref = PoolingReference.of(world);
      Pool pool = Pool.open(KEY, ref.calendar(KEY).orElseThrow());
      List<ShopOrderEvent> events = randomStream(rnd, world);
      Map<Decision.Outcome, Integer> outcomes = new HashMap<>();
      for (ShopOrderEvent e : events) {
        Instant now = rnd.nextInt(20) == 0 ? CUTOFF : e.eventTime();
        Decision d = pool.apply(e, now, ref);
        outcomes.merge(d.outcome(), 1, Integer::sum);
        seen.merge(d.reason() == null ? d.outcome() : d.reason(), 1, Integer::sum);
      }
      String ctx = "seed " + seed;
      assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum())
          .as(ctx)
          .isEqualTo((long) events.size());
      assertThat(pool.acceptedEvents + pool.ignoredEvents + pool.rejectedEvents)
          .as(ctx)
          .isEqualTo((long) events.size());
      assertThat(pool.acceptedEvents)
          .as(ctx)
          .isEqualTo((long) outcomes.getOrDefault(Decision.Outcome.ACCEPTED, 0));

      List<ShopOrderEvent> active = pool.activeOrders();
      ReleasePolicy policy = randomPolicy(rnd);
      Release release = pool.release(policy, CUTOFF.plusSeconds(rnd.nextInt(3)), ref);
      assertThat(release.released()).as(ctx).isTrue();
      checkEveryOrderEndsOnce(ctx, active, release);
      checkAllocationsAddUp(ctx, active, release);
      checkPricesFollowTheTiersReached(ctx, world, active, release);
      release.orders().forEach(o -> seen.merge(o.reason(), 1, Integer::sum));
      release.lines().forEach(l -> seen.merge(l.tier() > 0 ? "sku tier" : "list", 1, Integer::sum));
      release
          .lines()
          .forEach(l -> seen.merge(l.categoryTier() > 0 ? "category tier" : "-", 1, Integer::sum));
    }
    assertThat(seen)
        .as("the random streams exercise every path")
        .containsKeys(
            Decision.Outcome.ACCEPTED,
            RejectionReason.DUPLICATE,
            RejectionReason.STALE_VERSION,
            RejectionReason.AFTER_CUTOFF,
            RejectionReason.WRONG_POOL,
            RejectionReason.UNKNOWN_SKU,
            RejectionReason.FOREIGN_SKU,
            ReleaseReason.CUTOFF,
            ReleaseReason.ROLLED_OVER,
            ReleaseReason.UNDER_MINIMUM_AT_LIST,
            ReleaseReason.UNDER_MINIMUM_REJECTED,
            "sku tier",
            "category tier");
  }

  private static void checkEveryOrderEndsOnce(String ctx, List<ShopOrderEvent> active, Release r) {
    List<String> ended = r.orders().stream().map(OrderRelease::orderId).sorted().toList();
    assertThat(ended)
        .as(ctx)
        .containsExactlyElementsOf(active.stream().map(ShopOrderEvent::orderId).sorted().toList());
    Set<String> rolled = new HashSet<>();
    r.rolledOver().forEach(o -> rolled.add(o.order().orderId()));
    Set<String> rejected = new HashSet<>();
    r.rejections().forEach(o -> rejected.add(o.orderId()));
    for (OrderRelease o : r.orders()) {
      boolean inRolled = rolled.contains(o.orderId());
      boolean inRejected = rejected.contains(o.orderId());
      boolean allocated = r.allocations().stream().anyMatch(a -> a.orderId().equals(o.orderId()));
      assertThat((inRolled ? 1 : 0) + (inRejected ? 1 : 0) + (allocated ? 1 : 0))
          .as(ctx + " " + o)
          .isEqualTo(1);
      assertThat(inRolled).as(ctx).isEqualTo(o.reason() == ReleaseReason.ROLLED_OVER);
      assertThat(inRejected).as(ctx).isEqualTo(o.reason() == ReleaseReason.UNDER_MINIMUM_REJECTED);
    }
  }

  private static void checkAllocationsAddUp(String ctx, List<ShopOrderEvent> active, Release r) {
    Map<String, ShopOrderEvent> byId = new HashMap<>();
    active.forEach(o -> byId.put(o.orderId(), o));
    Set<String> seen = new HashSet<>();
    Map<String, Long> allocatedBySku = new HashMap<>();
    Map<String, Long> paidBySku = new HashMap<>();
    for (PoolAllocation a : r.allocations()) {
      assertThat(seen.add(a.orderId() + "/" + a.sku()))
          .as(ctx + " one allocation per order and sku")
          .isTrue();
      long ordered =
          byId.get(a.orderId()).lines().stream()
              .filter(l -> l.sku().equals(a.sku()))
              .mapToLong(OrderLine::quantity)
              .sum();
      assertThat(a.quantity()).as(ctx).isEqualTo(ordered);
      assertThat(a.unitPriceCents()).as(ctx).isBetween(0L, a.listPriceCents());
      assertThat(a.savingCents())
          .as(ctx)
          .isEqualTo((a.listPriceCents() - a.unitPriceCents()) * a.quantity());
      allocatedBySku.merge(a.sku(), a.quantity(), Long::sum);
      paidBySku.merge(a.sku(), a.unitPriceCents() * a.quantity(), Long::sum);
    }
    for (String orderId :
        r.orders().stream()
            .filter(o -> allocatedReason(o.reason()))
            .map(OrderRelease::orderId)
            .toList()) {
      for (OrderLine l : byId.get(orderId).lines()) {
        assertThat(seen).as(ctx).contains(orderId + "/" + l.sku());
      }
    }
    assertThat(r.lines()).as(ctx).hasSize(allocatedBySku.size());
    for (PooledOrderLine line : r.lines()) {
      assertThat(allocatedBySku.get(line.sku())).as(ctx).isEqualTo(line.quantity());
      assertThat(paidBySku.get(line.sku())).as(ctx).isEqualTo(line.valueCents());
      assertThat(line.unitPriceCents()).as(ctx).isLessThanOrEqualTo(line.listPriceCents());
    }
  }

  private static boolean allocatedReason(ReleaseReason reason) {
    return reason == ReleaseReason.CUTOFF
        || reason == ReleaseReason.EARLY_FULL
        || reason == ReleaseReason.UNDER_MINIMUM_AT_LIST;
  }

  /** Recomputes tiers by brute force over the raw rows, independent of the schedules. */
  private static void checkPricesFollowTheTiersReached(
      String ctx, World world, List<ShopOrderEvent> active, Release r) {
    Supplier supplier = world.suppliers().get(0);
    Map<String, Sku> skus = new HashMap<>();
    world.skus().forEach(s -> skus.put(s.sku(), s));
    long activeValue = 0;
    long activeUnits = 0;
    for (ShopOrderEvent o : active) {
      for (OrderLine l : o.lines()) {
        activeValue += skus.get(l.sku()).listPriceCents() * l.quantity();
        activeUnits += l.quantity();
      }
    }
    boolean minimumMet =
        activeValue >= supplier.minBatchValueCents() && activeUnits >= supplier.minBatchUnits();
    long releasedValue = r.lines().stream().mapToLong(l -> l.listPriceCents() * l.quantity()).sum();
    int categories = (int) r.lines().stream().map(PooledOrderLine::category).distinct().count();
    int categoryBp = 0;
    int categoryTier = 0;
    for (CategoryTier t : world.categoryTiers()) {
      if (releasedValue > 0
          && releasedValue >= t.minValueCents()
          && categories >= t.minCategories()
          && t.tier() > categoryTier) {
        categoryTier = t.tier();
        categoryBp = t.discountBasisPoints();
      }
    }
    for (PooledOrderLine line : r.lines()) {
      assertThat(line.listPriceCents()).as(ctx).isEqualTo(skus.get(line.sku()).listPriceCents());
      if (line.releaseReason() == ReleaseReason.UNDER_MINIMUM_AT_LIST) {
        assertThat(minimumMet).as(ctx).isFalse();
        assertThat(line.unitPriceCents()).as(ctx).isEqualTo(line.listPriceCents());
        assertThat(line.tier()).as(ctx).isZero();
        continue;
      }
      assertThat(line.releaseReason()).as(ctx).isEqualTo(ReleaseReason.CUTOFF);
      assertThat(minimumMet).as(ctx).isTrue();
      int tier = 0;
      int bp = 0;
      for (PriceTier t : world.priceTiers()) {
        if (t.sku().equals(line.sku()) && line.quantity() >= t.minQuantity() && t.tier() > tier) {
          tier = t.tier();
          bp = t.discountBasisPoints();
        }
      }
      long list = line.listPriceCents();
      long expected = list - list * Math.min(5_000, bp + categoryBp) / 10_000;
      assertThat(line.tier()).as(ctx + " " + line.sku()).isEqualTo(tier);
      assertThat(line.categoryTier()).as(ctx).isEqualTo(categoryTier);
      assertThat(line.unitPriceCents()).as(ctx + " " + line.sku()).isEqualTo(expected);
    }
  }

  private static World randomWorld(Random rnd) {
    List<Sku> skus = new ArrayList<>();
    List<PriceTier> tiers = new ArrayList<>();
    int skuCount = 2 + rnd.nextInt(5);
    for (int i = 0; i < skuCount; i++) {
      String id = "s" + i;
      long price = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(20_000);
      skus.add(
          new Sku(
              id,
              SUP,
              CATEGORIES[rnd.nextInt(CATEGORIES.length)],
              id,
              6,
              1 + rnd.nextInt(20_000),
              1 + rnd.nextInt(40_000),
              price,
              LocalDate.of(2025, 1, 1)));
      long min = 0;
      int bp = 0;
      for (int t = 1; t <= rnd.nextInt(4); t++) {
        min += 1 + rnd.nextInt(30);
        bp += 1 + rnd.nextInt(1_500);
        tiers.add(new PriceTier(id, t, min, bp));
      }
    }
    skus.add(
        new Sku("foreign", "sup-other", "snacks", "f", 1, 1, 1, 100, LocalDate.of(2025, 1, 1)));
    List<CategoryTier> categoryTiers = new ArrayList<>();
    long value = 0;
    int bp = 0;
    for (int t = 1; t <= rnd.nextInt(3); t++) {
      value += rnd.nextInt(400_000);
      bp += 1 + rnd.nextInt(2_000);
      categoryTiers.add(new CategoryTier(SUP, t, value, 1 + rnd.nextInt(3), bp));
    }
    Supplier supplier =
        new Supplier(
            SUP,
            "P",
            List.of(CATEGORIES),
            List.of(REGION),
            rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(600_000),
            rnd.nextInt(4) == 0 ? rnd.nextInt(80) : 0,
            rnd.nextInt(5) == 0 ? 0 : 500 + rnd.nextInt(5_000),
            5_000 + rnd.nextInt(20_000));
    return new World(
        List.of(new Region(REGION, "R", "Asia/Shanghai")),
        List.of(),
        List.of(supplier),
        skus,
        tiers,
        categoryTiers,
        List.of(
            new CutoffCalendar(
                SUP, REGION, "Asia/Shanghai", LocalTime.of(18, 0), 1, List.of(), List.of())));
  }

  private static List<ShopOrderEvent> randomStream(Random rnd, World world) {
    List<ShopOrderEvent> events = new ArrayList<>();
    int orders = rnd.nextInt(16);
    for (int o = 0; o < orders; o++) {
      String orderId = "o" + o;
      String shop = "shop" + rnd.nextInt(6);
      LocalDate latest = rnd.nextBoolean() ? DAY : DAY.plusDays(2);
      int versions = 1 + rnd.nextInt(3);
      for (int v = 1; v <= versions; v++) {
        OrderEventType type =
            v == 1
                ? OrderEventType.PLACED
                : v == versions && rnd.nextInt(4) == 0
                    ? OrderEventType.CANCELLED
                    : OrderEventType.AMENDED;
        Instant time = CUTOFF.minus(Duration.ofMinutes(600 - 60L * v - rnd.nextInt(50)));
        if (rnd.nextInt(25) == 0) {
          time = CUTOFF.plusMillis(rnd.nextInt(2)); // at or after the cut-off
        }
        String region = rnd.nextInt(40) == 0 ? "r2" : REGION;
        ShopOrderEvent e =
            new ShopOrderEvent(
                orderId + "-v" + v,
                orderId,
                v,
                type,
                shop,
                SUP,
                region,
                type == OrderEventType.CANCELLED ? List.of() : randomLines(rnd, world),
                time,
                DAY,
                latest);
        events.add(e);
        if (rnd.nextInt(6) == 0) {
          events.add(e); // re-sent
        }
      }
    }
    if (rnd.nextBoolean()) {
      Collections.shuffle(events, rnd); // out of order: older versions arrive late
    }
    return events;
  }

  private static List<OrderLine> randomLines(Random rnd, World world) {
    List<OrderLine> lines = new ArrayList<>();
    int n = 1 + rnd.nextInt(3);
    int supplierSkus = world.skus().size() - 1;
    for (int i = 0; i < n; i++) {
      int pick = rnd.nextInt(30);
      String sku =
          pick == 0
              ? "unknown"
              : pick == 1 ? "foreign" : world.skus().get(rnd.nextInt(supplierSkus)).sku();
      lines.add(new OrderLine(sku, 1 + rnd.nextInt(40), rnd.nextInt(20_000)));
    }
    return lines;
  }

  private static ReleasePolicy randomPolicy(Random rnd) {
    return new ReleasePolicy(
        rnd.nextBoolean(),
        rnd.nextBoolean()
            ? ReleasePolicy.UnderMinimum.RELEASE_AT_LIST
            : ReleasePolicy.UnderMinimum.REJECT,
        false,
        0.95);
  }
}
