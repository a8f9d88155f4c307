package io.poolcast.events;

import java.time.Instant;

/**
 * One point-of-sale line as published on {@code poolcast.pos-sales}: a shop sold units of a SKU to
 * a consumer.
 *
 * @param saleId unique id of this sale line
 * @param shopId the selling shop
 * @param regionId the shop's region (denormalised for keying)
 * @param sku the product sold
 * @param quantity units sold, at least 1 (returns are not modelled yet)
 * @param unitPriceCents shelf price paid per unit, in cents
 * @param eventTime when the sale happened (event time)
 */
public record PosSale(
    String saleId,
    String shopId,
    String regionId,
    String sku,
    int quantity,
    long unitPriceCents,
    Instant eventTime) {

  /** Value of the sale, in cents. */
  public long valueCents() {
    return unitPriceCents * quantity;
  }
}
