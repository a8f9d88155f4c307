package io.poolcast.forecasting.insight;

/** Why a day of a shop × SKU was judged a stock-out (see {@link StockLedger}). */
public enum StockOutSignal {
  /** Not a stock-out, or stock not known yet, or the shop was closed. */
  NONE,
  /** The day opened with no estimated stock and nothing was sold: an empty shelf all day. */
  EMPTY_SHELF,
  /** The day sold at least the estimated stock on hand: the shelf ran empty during the day. */
  SOLD_OUT
}
