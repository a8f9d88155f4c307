package io.poolcast.jobs.replenishment;

import io.poolcast.events.reference.Sku;
import java.time.LocalDate;

/**
 * One input of {@link ReplenishFunction} for one shop × SKU: the day's closing stock, one day of a
 * forecast, or the units one order now has on the way. One record type for the three, so that the
 * three streams can be united and keyed alike; fields a kind does not use are null or 0.
 *
 * @param kind what this is
 * @param shopId the shop
 * @param regionId the shop's region
 * @param supplierId the SKU's supplier
 * @param sku the SKU
 * @param day STOCK: the closed day; FORECAST: the issue day; ORDER: the delivery day
 * @param units STOCK: units on hand at the day's end; ORDER: units (cases × pack) on the way
 * @param packSize consumer units per case
 * @param step FORECAST: days after the issue day (1..30)
 * @param mean FORECAST: mean demand of that day
 * @param p90 FORECAST: 90% quantile of that day's demand
 * @param modelCardId FORECAST: the model card
 * @param orderId ORDER: the order
 * @param version ORDER: the order's version
 * @param timestamp event time, epoch milliseconds
 */
public record ShelfInput(
    Kind kind,
    String shopId,
    String regionId,
    String supplierId,
    String sku,
    LocalDate day,
    long units,
    int packSize,
    int step,
    double mean,
    double p90,
    String modelCardId,
    String orderId,
    int version,
    long timestamp) {

  public enum Kind {
    STOCK,
    FORECAST,
    ORDER
  }

  /** The closing stock of a day. */
  public static ShelfInput stock(
      String shopId, String regionId, Sku sku, LocalDate day, long units, long timestamp) {
    return new ShelfInput(
        Kind.STOCK,
        shopId,
        regionId,
        sku.supplierId(),
        sku.sku(),
        day,
        units,
        sku.packSize(),
        0,
        0,
        0,
        null,
        null,
        0,
        timestamp);
  }

  /** One day ({@code step}) of the forecast issued on {@code issuedOn}. */
  public static ShelfInput forecastDay(
      String shopId,
      String regionId,
      Sku sku,
      LocalDate issuedOn,
      int step,
      double mean,
      double p90,
      String modelCardId,
      long timestamp) {
    return new ShelfInput(
        Kind.FORECAST,
        shopId,
        regionId,
        sku.supplierId(),
        sku.sku(),
        issuedOn,
        0,
        sku.packSize(),
        step,
        mean,
        p90,
        modelCardId,
        null,
        0,
        timestamp);
  }

  /** The units of one SKU that version {@code version} of an order has on the way. */
  public static ShelfInput onOrder(
      String shopId,
      String regionId,
      Sku sku,
      LocalDate deliveryDate,
      long units,
      String orderId,
      int version,
      long timestamp) {
    return new ShelfInput(
        Kind.ORDER,
        shopId,
        regionId,
        sku.supplierId(),
        sku.sku(),
        deliveryDate,
        units,
        sku.packSize(),
        0,
        0,
        0,
        null,
        orderId,
        version,
        timestamp);
  }

  /** The key of the keyed state: shop × SKU. */
  public String shopSku() {
    return shopId + "|" + sku;
  }
}
