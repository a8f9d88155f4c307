package io.poolcast.connectors.files;

/**
 * Which readable Online Retail rows can become order lines. Checked in this order, the first rule a
 * row breaks is its one reject reason: non-product code, no CustomerID, price under one penny,
 * quantity sign (sale lines must be positive, {@code C} lines negative).
 */
final class RetailRowRules {
  private RetailRowRules() {}

  /** The reason the row cannot be used, or null when it can. */
  static RejectReason check(RetailRow row) {
    if (NonProductCodes.isNonProduct(row.stockCode())) {
      return RejectReason.NON_PRODUCT_CODE;
    }
    if (row.customerId() == null) {
      return RejectReason.NO_CUSTOMER_ID;
    }
    if (row.unitPricePence() <= 0) {
      return RejectReason.NON_POSITIVE_PRICE;
    }
    if (row.isCancellation()) {
      return row.quantity() < 0 ? null : RejectReason.CANCELLATION_NOT_NEGATIVE;
    }
    return row.quantity() > 0 ? null : RejectReason.NON_POSITIVE_QUANTITY;
  }

  static String describe(RetailRow row) {
    return row.invoiceNo()
        + " "
        + row.stockCode()
        + " qty "
        + row.quantity()
        + " price "
        + row.unitPricePence()
        + "p customer "
        + (row.customerId() == null ? "-" : row.customerId());
  }
}
