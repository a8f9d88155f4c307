package io.poolcast.world;

import io.poolcast.events.PosSale;
import io.poolcast.events.reference.ShopFormat;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One shop's day: receive deliveries, sell (demand censored by stock), learn from the day's sales,
 * then review stock per supplier and place orders.
 *
 * <p>True demand of a listed SKU on a day:
 *
 * <pre>
 * λ = baseRate(shop, SKU) × calendar(format, category, day) × regional(region, day)
 *     × promotionUplift(SKU, day) × launchRamp(SKU, day)
 * demand ~ NegativeBinomial(mean λ, size 2)        (0 when the shop is closed)
 * sales  = min(demand, stock)
 * </pre>
 */
final class ShopSimulator {
  static final double DISPERSION = 2.0;
  static final double LEVEL_SMOOTHING = 0.08;
  static final double REVIEW_SKIP_CHANCE = 0.15;
  static final int LAUNCH_RAMP_DAYS = 28;
  static final int DAYS_ORDERING_BEFORE_OPENING = 2;

  private final MarketModel market;
  private final SeasonIndex index;
  private final ReorderPolicy policy;
  private final OrderPolicy orderPolicy;
  private final OrderDesk desk;
  private final StatsCounter stats;
  private final DemandSink demandSink;
  private final long seed;

  ShopSimulator(
      MarketModel market,
      SeasonIndex index,
      StatsCounter stats,
      DemandSink demandSink,
      long seed,
      OrderPolicy orderPolicy) {
    this.market = market;
    this.index = index;
    this.policy = new ReorderPolicy(index);
    this.orderPolicy = orderPolicy;
    this.desk = new OrderDesk(market, stats);
    this.stats = stats;
    this.demandSink = demandSink;
    this.seed = seed;
  }

  void simulate(ShopState shop, DayContext day, DayEvents today, LaterEvents later) {
    ShopPlan plan = shop.plan;
    if (!shop.started) {
      if (day.epochDay < plan.openDay() - DAYS_ORDERING_BEFORE_OPENING) {
        return;
      }
      start(shop, day);
    }
    shop.receive(day.epochDay);
    boolean closed = day.closed(plan);
    if (day.epochDay >= plan.openDay()) {
      sell(shop, day, closed, today);
    }
    if (!closed) {
      review(shop, day, today, later);
    }
  }

  /** A shop already trading at the start has its shelves somewhere between s and S. */
  private void start(ShopState shop, DayContext day) {
    shop.started = true;
    ShopPlan plan = shop.plan;
    if (plan.openDay() > day.epochDay) {
      return; // a new shop starts empty and orders its first stock
    }
    for (int p = 0; p < plan.assortment().length; p++) {
      int sku = plan.assortment()[p];
      if (market.skuLaunchDay[sku] > day.epochDay) {
        continue;
      }
      Category c = market.skuCategory[sku];
      double s =
          policy.reorderPoint(
              shop.level[p], plan.format(), c, day.offset, day.offset + 2, plan.safetyFactor());
      double big = policy.orderUpTo(s, shop.level[p], plan.format(), c, day.offset, 1);
      shop.stock[p] = (int) Math.round(s + shop.rng.nextDouble() * (big - s));
    }
  }

  private void sell(ShopState shop, DayContext day, boolean closed, DayEvents today) {
    ShopPlan plan = shop.plan;
    ShopFormat format = plan.format();
    double[][] factors = day.demandFactor[plan.region()];
    if (closed) {
      stats.closedShopDays++;
    }
    for (int p = 0; p < plan.assortment().length; p++) {
      int sku = plan.assortment()[p];
      long sinceLaunch = day.epochDay - market.skuLaunchDay[sku];
      if (sinceLaunch < 0) {
        continue;
      }
      stats.activeShopSkuDays++;
      if (closed) {
        observe(shop, p, day, 0, 0, false, true);
        orderPolicy.sold(plan.shop().shopId(), skuId(shop, p), day.date, 0, false);
        continue;
      }
      Category c = market.skuCategory[sku];
      double uplift = Promotions.uplift(day.promoCut[sku]);
      double ramp =
          sinceLaunch >= LAUNCH_RAMP_DAYS ? 1 : 0.3 + 0.7 * sinceLaunch / LAUNCH_RAMP_DAYS;
      double lambda = plan.baseRate()[p] * factors[format.ordinal()][c.ordinal()] * uplift * ramp;
      int demand = Draws.negativeBinomial(shop.demandRng, lambda, DISPERSION);
      int available = shop.stock[p];
      int sold = Math.min(demand, available);
      boolean censored = demand > available;
      boolean stockOut = censored || available == 0;
      shop.stock[p] -= sold;
      stats.demandUnits += demand;
      stats.soldUnits += sold;
      stats.stockOutDays += stockOut ? 1 : 0;
      stats.censoredDays += censored ? 1 : 0;
      if (sold > 0) {
        today.add(saleTime(plan, sku, day), sale(shop, sku, sold, day));
        stats.saleEvents++;
      }
      learn(shop, p, sold, censored, index.factor(format, c, day.offset) * uplift);
      observe(shop, p, day, demand, sold, stockOut, false);
      orderPolicy.sold(plan.shop().shopId(), skuId(shop, p), day.date, sold, stockOut);
    }
  }

  /**
   * The shop updates its estimate of plain-day demand from the day's sales divided by the calendar
   * and promotion factors it knows. A sold-out day only ever raises the estimate: sales understate
   * demand then.
   */
  private static void learn(ShopState shop, int p, int sold, boolean censored, double known) {
    double observed = sold / Math.max(known, 1e-6);
    if (censored && observed < shop.level[p]) {
      return;
    }
    shop.level[p] += LEVEL_SMOOTHING * (observed - shop.level[p]);
  }

  private void observe(
      ShopState shop,
      int p,
      DayContext day,
      int demand,
      int sold,
      boolean stockOut,
      boolean closed) {
    if (demandSink == DemandSink.NONE) {
      return;
    }
    int sku = shop.plan.assortment()[p];
    demandSink.observe(
        new DemandObservation(
            shop.plan.shop().shopId(),
            market.world.skus().get(sku).sku(),
            day.date,
            demand,
            sold,
            stockOut,
            day.promoCut[sku] > 0,
            closed,
            shop.stock[p]));
  }

  /**
   * The day's sales of a SKU are one PosSale line, stamped at a fixed pseudo-random second within
   * the shop's opening hours (hash of seed, shop, SKU and day).
   */
  private Instant saleTime(ShopPlan plan, int sku, DayContext day) {
    int openSeconds = (plan.closeMinute() - plan.openMinute()) * 60;
    double u = StableHash.unit(seed, plan.index(), sku, day.epochDay);
    long second = plan.openMinute() * 60L + (long) (u * openSeconds);
    return Instant.ofEpochSecond(day.dayStartSecond + second);
  }

  private PosSale sale(ShopState shop, int sku, int sold, DayContext day) {
    String shopId = shop.plan.shop().shopId();
    String skuId = market.world.skus().get(sku).sku();
    long price = Math.round(market.skuShelfPriceCents[sku] * (1 - day.promoCut[sku]) / 10.0) * 10;
    return new PosSale(
        "s-" + shopId + "-" + skuId + "-" + day.compactDate,
        shopId,
        shop.plan.shop().regionId(),
        skuId,
        sold,
        price,
        saleTime(shop.plan, sku, day));
  }

  /** Evening stock review: at most one order per supplier, with the SKUs at or below s. */
  private void review(ShopState shop, DayContext day, DayEvents today, LaterEvents later) {
    ShopPlan plan = shop.plan;
    int[] runs = shop.supplierRuns;
    for (int r = 0; r + 1 < runs.length; r++) {
      if (shop.rng.nextDouble() < REVIEW_SKIP_CHANCE) {
        continue;
      }
      int supplier = market.skuSupplier[plan.assortment()[runs[r]]];
      DeliveryCalendar calendar = market.calendar(supplier, plan.region());
      int minute = plan.orderMinute() + shop.rng.nextInt(31) - 15;
      Instant time =
          Instant.ofEpochSecond(day.dayStartSecond + minute * 60L + shop.rng.nextInt(60));
      LocalDate nextChance = calendar.requestedDeliveryDate(time.plusSeconds(86_400));
      // Stock must last until the delivery of the next review's order arrives (that morning).
      int windowEnd = day.offset + (int) (nextChance.toEpochDay() - day.epochDay) - 1;
      SupplierReview review =
          new SupplierReview(
              this,
              shop,
              day,
              runs[r],
              runs[r + 1],
              windowEnd,
              market.world.suppliers().get(supplier).supplierId(),
              calendar.requestedDeliveryDate(time),
              nextChance);
      OrderDesk.Draft draft = decide(shop, day, review, runs[r], runs[r + 1]);
      if (draft != null) {
        desk.place(shop, supplier, draft, time, calendar, day, today, later);
      }
    }
  }

  /** The policy's cases per line, as a draft of the lines with a positive quantity. */
  private OrderDesk.Draft decide(
      ShopState shop, DayContext day, SupplierReview review, int from, int to) {
    int[] decided = new int[to - from];
    orderPolicy.decide(review, decided);
    int[] positions = new int[to - from];
    int[] cases = new int[to - from];
    int n = 0;
    for (int p = from; p < to; p++) {
      if (decided[p - from] > 0 && launched(shop, p, day)) {
        positions[n] = p;
        cases[n] = decided[p - from];
        n++;
      }
    }
    if (n == 0) {
      return null;
    }
    return new OrderDesk.Draft(
        java.util.Arrays.copyOf(positions, n), java.util.Arrays.copyOf(cases, n), from, to);
  }

  /**
   * The world's (s, S) habit for positions [from, to): cases where stock + on order is at or below
   * s, times the shop's order-size noise.
   */
  void habitCases(ShopState shop, DayContext day, int from, int to, int windowEnd, int[] cases) {
    ShopPlan plan = shop.plan;
    for (int p = from; p < to; p++) {
      int sku = plan.assortment()[p];
      if (market.skuLaunchDay[sku] > day.epochDay) {
        continue;
      }
      Category c = market.skuCategory[sku];
      double s =
          policy.reorderPoint(
              shop.level[p], plan.format(), c, day.offset + 1, windowEnd, plan.safetyFactor());
      double big =
          policy.orderUpTo(s, shop.level[p], plan.format(), c, day.offset, day.forwardBuying);
      int q =
          ReorderPolicy.casesToOrder(shop.stock[p] + shop.onOrder[p], s, big, market.skuPack[sku]);
      if (q > 0) {
        cases[p - from] = Math.max(1, (int) Math.round(q * Draws.logNormal(shop.rng, 0.15)));
      }
    }
  }

  String skuId(ShopState shop, int position) {
    return market.world.skus().get(shop.plan.assortment()[position]).sku();
  }

  int packSize(ShopState shop, int position) {
    return market.skuPack[shop.plan.assortment()[position]];
  }

  boolean launched(ShopState shop, int position, DayContext day) {
    return market.skuLaunchDay[shop.plan.assortment()[position]] <= day.epochDay;
  }
}
