package io.poolcast.jobs.sellthrough;

import io.poolcast.events.PosSale;
import java.time.LocalDate;

/**
 * A POS sale as the shop stage takes it ({@link SaleNumbering}): its shop and SKU by their
 * positions in the reference data ({@link SaleNumbers}), its region-local day, units and value.
 * Numbers, not the sale's four strings: a BATCH run shuffles, sorts and spills every sale of the
 * range's window, and this record is about a third of a {@link PosSale}'s bytes.
 *
 * @param shop the shop's position in the reference data's shops
 * @param sku the SKU's position in the reference data's SKUs
 * @param day the region-local day of the sale, as an epoch day
 * @param units units sold
 * @param valueCents value at the price paid
 * @param event the sale itself where the shop stage may find its day already closed and refuse it
 *     (a STREAMING job: the dead letter carries the sale); null in a BATCH run, where a shop's days
 *     close only after all its input
 */
public record ShopSale(int shop, int sku, int day, int units, long valueCents, PosSale event) {
  /** The sale's region-local day. */
  public LocalDate date() {
    return LocalDate.ofEpochDay(day);
  }
}
