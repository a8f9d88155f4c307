package io.poolcast.forecasting.insight;

import java.util.Arrays;

/**
 * Estimated stock of one shop × SKU, in consumer units, from what PoolCast sees: deliveries (order
 * lines × pack size, on the requested delivery day, before the shop opens) and POS sales.
 *
 * <p>The opening stock is unknown. The estimate starts at 0 and is the smallest stock consistent
 * with the sales: closing = max(0, previous closing + delivered − sold). A day that sold more than
 * the estimate proves that more was on the shelf, so the estimate is raised to 0 instead of going
 * negative. It is therefore a lower bound until the first real stock-out, and exact after it except
 * for what PoolCast cannot see (short shipments, shrinkage, stock from outside the platform).
 *
 * <p>A day is a stock-out when the stock is known (a delivery has been seen: before it, a 0 says
 * nothing), the shop was open (it sold something that day, any SKU), and either
 *
 * <ul>
 *   <li>{@link StockOutSignal#EMPTY_SHELF}: the day opened with no estimated stock and sold
 *       nothing; or
 *   <li>{@link StockOutSignal#SOLD_OUT}: it sold at least the estimated stock on hand, so the shelf
 *       ran empty and demand may have been higher.
 * </ul>
 *
 * Zero sales alone is never a stock-out: slow movers sell nothing on most days with full shelves.
 *
 * @param closingUnits estimated units at the end of the last closed day
 * @param stockKnown whether a delivery has been seen
 * @param recentUnits units sold on the last {@value #TRAILING_DAYS} days, a ring indexed by day
 *     number modulo {@value #TRAILING_DAYS}
 * @param recentStock closing stock of the same days, the same ring (turnover days need the mean
 *     stock over the window the sales average covers)
 * @param daysRecorded days closed so far (capped at {@value #TRAILING_DAYS} for the average)
 * @param idleDays consecutive days without a sale or a delivery
 */
public record StockLedger(
    long closingUnits,
    boolean stockKnown,
    long[] recentUnits,
    long[] recentStock,
    int daysRecorded,
    int idleDays) {
  /** Days in the trailing sales average behind days of cover. */
  public static final int TRAILING_DAYS = 7;

  /** A listing without sales or deliveries this long is dropped (bounded state). */
  public static final int DELIST_AFTER_IDLE_DAYS = 56;

  /** A listing seen for the first time: no stock known, no sales history. */
  public static StockLedger start() {
    return new StockLedger(0, false, new long[TRAILING_DAYS], new long[TRAILING_DAYS], 0, 0);
  }

  /**
   * Closes a day.
   *
   * @param delivered consumer units delivered that morning
   * @param sold consumer units sold
   * @param shopOpen whether the shop traded that day (sold anything at all)
   */
  public StockDay closeDay(long delivered, long sold, boolean shopOpen) {
    boolean known = stockKnown || delivered > 0;
    long opening = closingUnits + delivered;
    long closing = Math.max(0, opening - sold);
    StockOutSignal signal = signal(known && shopOpen, opening, sold);
    long[] recent = ringWith(recentUnits, sold);
    long[] stock = ringWith(recentStock, closing);
    int recorded = daysRecorded + 1;
    double window = Math.min(recorded, TRAILING_DAYS);
    int idle = delivered > 0 || sold > 0 ? 0 : idleDays + 1;
    StockLedger next = new StockLedger(closing, known, recent, stock, recorded, idle);
    return new StockDay(
        delivered,
        sold,
        opening,
        closing,
        known,
        signal,
        sum(recent) / window,
        sum(stock) / window,
        next);
  }

  /** Whether the listing has been idle long enough to be dropped. */
  public boolean dormant() {
    return idleDays >= DELIST_AFTER_IDLE_DAYS;
  }

  private static StockOutSignal signal(boolean judged, long opening, long sold) {
    if (!judged) {
      return StockOutSignal.NONE;
    }
    if (sold == 0) {
      return opening <= 0 ? StockOutSignal.EMPTY_SHELF : StockOutSignal.NONE;
    }
    return sold >= opening ? StockOutSignal.SOLD_OUT : StockOutSignal.NONE;
  }

  /** A copy of a trailing ring with today's value in today's slot. */
  private long[] ringWith(long[] ring, long today) {
    long[] copy = Arrays.copyOf(ring, TRAILING_DAYS);
    copy[daysRecorded % TRAILING_DAYS] = today;
    return copy;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StockLedger l
        && closingUnits == l.closingUnits
        && stockKnown == l.stockKnown
        && Arrays.equals(recentUnits, l.recentUnits)
        && Arrays.equals(recentStock, l.recentStock)
        && daysRecorded == l.daysRecorded
        && idleDays == l.idleDays;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(closingUnits) * 31 + Arrays.hashCode(recentUnits) + daysRecorded;
  }

  @Override
  public String toString() {
    return "StockLedger[closing="
        + closingUnits
        + ", known="
        + stockKnown
        + ", recent="
        + Arrays.toString(recentUnits)
        + ", stock="
        + Arrays.toString(recentStock)
        + ", days="
        + daysRecorded
        + ", idle="
        + idleDays
        + "]";
  }
}
