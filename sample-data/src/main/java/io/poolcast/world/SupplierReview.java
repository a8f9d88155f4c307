package io.poolcast.world;

import io.poolcast.events.reference.ShopFormat;
import java.time.LocalDate;

/**
 * One shop's evening review of one supplier's SKUs: what an {@link OrderPolicy} may know. Stock and
 * on order are in consumer units; the order is placed in cases of {@link #packSize}.
 */
public final class SupplierReview {
  private final ShopSimulator simulator;
  private final ShopState shop;
  private final DayContext day;
  private final int from;
  private final int to;
  private final int windowEnd;
  private final String supplierId;
  private final LocalDate deliveryDate;
  private final LocalDate nextDeliveryDate;

  SupplierReview(
      ShopSimulator simulator,
      ShopState shop,
      DayContext day,
      int from,
      int to,
      int windowEnd,
      String supplierId,
      LocalDate deliveryDate,
      LocalDate nextDeliveryDate) {
    this.simulator = simulator;
    this.shop = shop;
    this.day = day;
    this.from = from;
    this.to = to;
    this.windowEnd = windowEnd;
    this.supplierId = supplierId;
    this.deliveryDate = deliveryDate;
    this.nextDeliveryDate = nextDeliveryDate;
  }

  public String shopId() {
    return shop.plan.shop().shopId();
  }

  public String regionId() {
    return shop.plan.shop().regionId();
  }

  public ShopFormat format() {
    return shop.plan.format();
  }

  public String supplierId() {
    return supplierId;
  }

  /** The review day (its sales are known). */
  public LocalDate date() {
    return day.date;
  }

  /** When this order would arrive (before opening). */
  public LocalDate deliveryDate() {
    return deliveryDate;
  }

  /** When the order of the next review can arrive: stock must last until that morning. */
  public LocalDate nextDeliveryDate() {
    return nextDeliveryDate;
  }

  /**
   * Days the position must cover: lead time + review period, from tomorrow to the day before {@link
   * #nextDeliveryDate}.
   */
  public int daysToCover() {
    return (int) (nextDeliveryDate.toEpochDay() - day.epochDay) - 1;
  }

  /**
   * Days of demand the habit's order-up-to level adds on top of its reorder point (4 for a
   * convenience store, 7 for a supermarket): how long the shop means one order to last.
   */
  public int habitCycleDays() {
    return ReorderPolicy.coverDays(shop.plan.format());
  }

  /** Lines under review: every SKU of the supplier the shop lists. */
  public int lines() {
    return to - from;
  }

  public String sku(int line) {
    return simulator.skuId(shop, from + line);
  }

  public int packSize(int line) {
    return simulator.packSize(shop, from + line);
  }

  /** False for a SKU not launched yet: it cannot be ordered. */
  public boolean launched(int line) {
    return simulator.launched(shop, from + line, day);
  }

  public int stock(int line) {
    return shop.stock[from + line];
  }

  public int onOrder(int line) {
    return shop.onOrder[from + line];
  }

  /** Fills {@code cases} with what the world's (s, S) habit would order (draws its noise). */
  public void habit(int[] cases) {
    simulator.habitCases(shop, day, from, to, windowEnd, cases);
  }
}
