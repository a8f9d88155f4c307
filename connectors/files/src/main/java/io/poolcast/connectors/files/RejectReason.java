package io.poolcast.connectors.files;

/** Why a row of a real data file was not turned into PoolCast data. Each row counts once. */
public enum RejectReason {
  /** A cell cannot be read (number, date, missing column). */
  MALFORMED,
  /** Online Retail: postage, fees, manual adjustments, vouchers (see {@link NonProductCodes}). */
  NON_PRODUCT_CODE,
  /** Online Retail: the row has no CustomerID, so no shop can own the order. */
  NO_CUSTOMER_ID,
  /** Online Retail: the unit price rounds to zero pence or less. */
  NON_POSITIVE_PRICE,
  /** Online Retail: an ordinary (non-{@code C}) invoice line with quantity zero or below. */
  NON_POSITIVE_QUANTITY,
  /** Online Retail: a {@code C} (cancellation) invoice line whose quantity is not negative. */
  CANCELLATION_NOT_NEGATIVE,
  /** Online Retail: no earlier order of the same customer still holds the cancelled StockCode. */
  UNMATCHED_CANCELLATION,
  /** Favorita: the store number is not in {@code stores.csv}. */
  UNKNOWN_STORE,
  /** Favorita: a second row for the same store and day (the first one is kept). */
  DUPLICATE_ROW,
  /** Favorita: a negative transaction count. */
  NEGATIVE_VALUE
}
