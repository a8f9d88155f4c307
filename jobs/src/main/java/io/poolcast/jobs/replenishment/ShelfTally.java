package io.poolcast.jobs.replenishment;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Region;
import io.poolcast.forecasting.insight.StockCover;
import io.poolcast.world.DemandObservation;
import io.poolcast.world.DemandSink;
import io.poolcast.world.EventSink;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tallies one policy's run over the measured days (from {@code from}, the end of the warm-up):
 * every shop × SKU × day's demand, sales and closing stock, and the orders placed, for pooling.
 * Also checks what must hold whatever the policy: sales never exceed demand, stock is never
 * negative, and demand goes unmet only when the shelf ended empty.
 */
final class ShelfTally implements DemandSink, EventSink {
  private static final ZoneId ZONE = ZoneId.of(Region.DEFAULT_ZONE);

  private final LocalDate from;
  private final long[] closingStock;
  private final long[] sold;
  private final Set<String> measuredOrders = new HashSet<>();
  private final List<ShopOrderEvent> orders = new ArrayList<>();
  private long activeDays;
  private long unmetDays;
  private long emptyShelfDays;
  private long demand;
  private long lost;
  private long violations;
  private long demandFingerprint = 17;
  private long ordersPlaced;
  private long orderLines;
  private long orderedCases;
  private long listValueCents;

  ShelfTally(LocalDate from, int measuredDays) {
    this.from = from;
    this.closingStock = new long[measuredDays];
    this.sold = new long[measuredDays];
  }

  @Override
  public void observe(DemandObservation o) {
    int day = (int) (o.date().toEpochDay() - from.toEpochDay());
    if (day < 0) {
      return;
    }
    activeDays++;
    boolean unmet = o.demand() > o.sales();
    unmetDays += unmet ? 1 : 0;
    emptyShelfDays += o.stockOut() ? 1 : 0;
    demand += o.demand();
    lost += o.demand() - o.sales();
    sold[day] += o.sales();
    closingStock[day] += o.closingStock();
    if (o.sales() > o.demand() || o.closingStock() < 0 || (unmet && o.closingStock() != 0)) {
      violations++;
    }
    demandFingerprint =
        31 * (31 * (31 * demandFingerprint + o.uniqueId().hashCode()) + o.date().hashCode())
            + o.demand();
  }

  /** Orders placed on a measured day, with their later amendments and cancellations. */
  @Override
  public void order(ShopOrderEvent e) {
    boolean measured =
        e.type() == OrderEventType.PLACED
            ? !e.eventTime().atZone(ZONE).toLocalDate().isBefore(from)
            : measuredOrders.contains(e.orderId());
    if (!measured) {
      return;
    }
    orders.add(e);
    if (e.type() == OrderEventType.PLACED) {
      measuredOrders.add(e.orderId());
      ordersPlaced++;
      orderLines += e.lines().size();
      orderedCases += e.units();
      listValueCents += e.listValueCents();
    }
  }

  @Override
  public void sale(PosSale sale) {}

  List<ShopOrderEvent> orders() {
    return orders;
  }

  /** The figures of the run, pooling left out (see {@link PolicyFigures#withPooling}). */
  PolicyFigures figures(String policy) {
    long soldUnits = demand - lost;
    return new PolicyFigures(
        policy,
        activeDays,
        rate(unmetDays, activeDays),
        rate(emptyShelfDays, activeDays),
        demand,
        lost,
        rate(lost, demand),
        soldUnits == 0 ? 0 : StockCover.turnoverDays(closingStock, sold),
        ordersPlaced,
        orderLines,
        orderedCases,
        listValueCents,
        0,
        0,
        violations,
        demandFingerprint);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
