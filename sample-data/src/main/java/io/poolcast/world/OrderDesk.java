package io.poolcast.world;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a shop's reorder decision for one supplier into events: the PLACED order, and for about 2%
 * a later CANCELLED and for 3% an AMENDED version 2 with the full new lines. Changes happen 5–120
 * minutes after placing and always before the cut-off of the pool they belong to. The shop's stock
 * plan follows the final version (a cancelled order is never delivered); about 4% of lines are
 * shipped short by the supplier.
 */
final class OrderDesk {
  static final double CANCEL_SHARE = 0.02;
  static final double AMEND_SHARE = 0.03;

  /** Lines the supplier ships short (out of stock at the warehouse): half or less arrives. */
  static final double SHORT_SHIP_SHARE = 0.04;

  private final MarketModel market;
  private final StatsCounter stats;

  OrderDesk(MarketModel market, StatsCounter stats) {
    this.market = market;
    this.stats = stats;
  }

  /**
   * A decided order: positions in the shop's assortment and cases per position, and the run of
   * positions that belong to the supplier (where an amendment may add a line from).
   */
  record Draft(int[] positions, int[] cases, int runFrom, int runTo) {}

  void place(
      ShopState shop,
      int supplier,
      Draft draft,
      Instant time,
      DeliveryCalendar calendar,
      DayContext day,
      DayEvents today,
      LaterEvents later) {
    SplittableRandom rng = shop.rng;
    Supplier sup = market.world.suppliers().get(supplier);
    String shopId = shop.plan.shop().shopId();
    String orderId = "o-" + shopId + "-" + sup.supplierId() + "-" + day.compactDate;
    LocalDate requested = calendar.requestedDeliveryDate(time);
    LocalDate latest = requested.plusDays(latestExtraDays(rng));
    List<OrderLine> lines = lines(shop, draft);
    ShopOrderEvent placed =
        new ShopOrderEvent(
            orderId + "-v1",
            orderId,
            1,
            OrderEventType.PLACED,
            shopId,
            sup.supplierId(),
            shop.plan.shop().regionId(),
            lines,
            time,
            requested,
            latest);
    today.add(time, placed);
    count(placed);

    Draft delivered = draft;
    double u = rng.nextDouble();
    if (u < CANCEL_SHARE + AMEND_SHARE) {
      boolean cancel = u < CANCEL_SHARE;
      delivered = cancel ? null : amend(shop, draft, day.epochDay, rng);
      Instant changeTime = changeTime(time, calendar.cutoffFor(requested), rng);
      ShopOrderEvent change =
          new ShopOrderEvent(
              orderId + "-v2",
              orderId,
              2,
              cancel ? OrderEventType.CANCELLED : OrderEventType.AMENDED,
              shopId,
              sup.supplierId(),
              placed.regionId(),
              cancel ? List.of() : lines(shop, delivered),
              changeTime,
              requested,
              latest);
      long changeDay = changeTime.atZone(DayContext.ZONE).toLocalDate().toEpochDay();
      if (changeDay == day.epochDay) {
        today.add(changeTime, change);
        stats.countChange(change);
      } else {
        later.add(changeDay, change); // counted when written: it may fall after the last day
      }
    }
    if (delivered != null) {
      int[] units = new int[delivered.positions().length];
      for (int k = 0; k < units.length; k++) {
        int cases = delivered.cases()[k];
        if (rng.nextDouble() < SHORT_SHIP_SHARE) {
          cases = cases / 2 - (cases > 1 ? rng.nextInt(cases / 2 + 1) : 0);
        }
        units[k] = Math.max(0, cases) * market.skuPack[sku(shop, delivered.positions()[k])];
      }
      shop.expect(new PendingDelivery(requested.toEpochDay(), delivered.positions(), units));
    }
  }

  private void count(ShopOrderEvent placed) {
    stats.ordersPlaced++;
    stats.orderLines += placed.lines().size();
    stats.orderedCases += placed.units();
    stats.listValueCents += placed.listValueCents();
  }

  private static int latestExtraDays(SplittableRandom rng) {
    double u = rng.nextDouble();
    return u < 0.4 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
  }

  private static Instant changeTime(Instant placed, Instant cutoff, SplittableRandom rng) {
    Instant wanted = placed.plusSeconds(300 + rng.nextInt(6_900));
    Instant lastSafe = cutoff.minusSeconds(60);
    if (wanted.isBefore(lastSafe)) {
      return wanted;
    }
    long room = cutoff.getEpochSecond() - placed.getEpochSecond();
    return placed.plusSeconds(Math.max(1, room / 2));
  }

  /** Changes one quantity, sometimes adds a SKU of the same supplier or drops a line. */
  private Draft amend(ShopState shop, Draft draft, long epochDay, SplittableRandom rng) {
    List<int[]> lines = new ArrayList<>();
    for (int k = 0; k < draft.positions().length; k++) {
      lines.add(new int[] {draft.positions()[k], draft.cases()[k]});
    }
    int[] changed = lines.get(rng.nextInt(lines.size()));
    int delta = 1 + rng.nextInt(Math.max(1, changed[1] / 2 + 1));
    changed[1] = rng.nextBoolean() || changed[1] <= delta ? changed[1] + delta : changed[1] - delta;
    if (rng.nextDouble() < 0.3) {
      addLine(shop, draft, lines, epochDay, rng);
    } else if (lines.size() > 1 && rng.nextDouble() < 0.2) {
      lines.remove(rng.nextInt(lines.size()));
    }
    lines.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[] positions = lines.stream().mapToInt(l -> l[0]).toArray();
    int[] cases = lines.stream().mapToInt(l -> l[1]).toArray();
    return new Draft(positions, cases, draft.runFrom(), draft.runTo());
  }

  private void addLine(
      ShopState shop, Draft draft, List<int[]> lines, long epochDay, SplittableRandom rng) {
    int candidate = draft.runFrom() + rng.nextInt(draft.runTo() - draft.runFrom());
    boolean launched = market.skuLaunchDay[sku(shop, candidate)] <= epochDay;
    boolean fresh = lines.stream().noneMatch(l -> l[0] == candidate);
    if (launched && fresh) {
      lines.add(new int[] {candidate, 1 + rng.nextInt(2)});
    }
  }

  private static int sku(ShopState shop, int position) {
    return shop.plan.assortment()[position];
  }

  private List<OrderLine> lines(ShopState shop, Draft draft) {
    List<OrderLine> lines = new ArrayList<>(draft.positions().length);
    for (int k = 0; k < draft.positions().length; k++) {
      int sku = sku(shop, draft.positions()[k]);
      Sku record = market.world.skus().get(sku);
      lines.add(new OrderLine(record.sku(), draft.cases()[k], record.listPriceCents()));
    }
    return lines;
  }
}
