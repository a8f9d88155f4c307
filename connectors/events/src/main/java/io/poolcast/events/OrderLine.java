package io.poolcast.events;

/**
 * One line of a shop order.
 *
 * @param sku the supplier's stock-keeping unit
 * @param quantity ordered units (cases), at least 1
 * @param listPriceCents the supplier's list price per unit at order time, in cents
 */
public record OrderLine(String sku, int quantity, long listPriceCents) {

  /** Value of the line at list price, in cents. */
  public long listValueCents() {
    return listPriceCents * quantity;
  }
}
