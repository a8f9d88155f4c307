package io.poolcast.jobs.sellthrough;

import java.time.LocalDate;

/**
 * A shop's sales of one SKU on one local day so far (keyed state of {@link ShopStockFunction}).
 *
 * @param sku the SKU
 * @param date the region-local day
 * @param units units sold
 * @param valueCents value at the prices paid
 */
public record SkuDaySales(String sku, LocalDate date, long units, long valueCents) {
  public SkuDaySales plus(long moreUnits, long moreCents) {
    return new SkuDaySales(sku, date, units + moreUnits, valueCents + moreCents);
  }
}
