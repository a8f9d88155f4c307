package io.poolcast.jobs.sellthrough;

import io.poolcast.events.PosSale;
import java.time.LocalDate;

/**
 * POS sales of one shop on one region-local day, as the shop stage takes them: the shop and each
 * sale's SKU by their positions in the reference data ({@link SaleNumbers}), each sale's units and
 * value (the i-th of each array). Numbers, not the sales' four strings. A STREAMING job sends each
 * sale on its own ({@link SaleNumbering}); a BATCH run first gathers a subtask's sales per shop and
 * day ({@link SaleCombiner}), so that its exchange sorts and spills a record per shop and day, not
 * one per sale.
 *
 * @param shop the shop's position in the reference data's shops
 * @param day the region-local day of the sales, as an epoch day
 * @param skus each sale's SKU, by its position in the reference data's SKUs
 * @param units each sale's units
 * @param valueCents each sale's value at the price paid
 * @param event the sale itself, where the record holds one sale and the shop stage may find its day
 *     already closed and refuse it (a STREAMING job: the dead letter carries the sale); null in a
 *     BATCH run, where a shop's days close only after all its input
 */
public record ShopDaySales(
    int shop, int day, int[] skus, int[] units, long[] valueCents, PosSale event) {
  /** One sale. */
  static ShopDaySales of(int shop, int day, int sku, int units, long valueCents, PosSale event) {
    return new ShopDaySales(
        shop, day, new int[] {sku}, new int[] {units}, new long[] {valueCents}, event);
  }

  /** The number of sales. */
  public int size() {
    return skus.length;
  }

  /** The sales' region-local day. */
  public LocalDate date() {
    return LocalDate.ofEpochDay(day);
  }
}
