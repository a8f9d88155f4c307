package io.poolcast.connectors.files;

import java.time.LocalDateTime;

/**
 * One readable line of the UCI Online Retail file, with its quirks normalised: the StockCode is
 * upper-cased (the file spells some codes both ways, e.g. {@code 15056bl} and {@code 15056BL}), the
 * float CustomerID {@code 17850.0} becomes {@code 17850}, and the price is in pence.
 *
 * @param lineNumber line in the file (the header is line 1)
 * @param invoiceNo invoice number; {@code C…} marks a cancellation
 * @param stockCode upper-cased StockCode
 * @param description product description, may be empty
 * @param quantity units, negative on cancellations
 * @param invoiceTime invoice time in UK local time, as written in the file
 * @param unitPricePence unit price rounded half-up to whole pence (the "cents" of GBP)
 * @param customerId integer customer id as text, or null when the cell is empty
 * @param country the Country cell as written
 */
public record RetailRow(
    long lineNumber,
    String invoiceNo,
    String stockCode,
    String description,
    int quantity,
    LocalDateTime invoiceTime,
    long unitPricePence,
    String customerId,
    String country) {

  public boolean isCancellation() {
    return invoiceNo.startsWith("C");
  }
}
