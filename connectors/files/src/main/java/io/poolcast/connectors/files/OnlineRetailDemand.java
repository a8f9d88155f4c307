package io.poolcast.connectors.files;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Daily unit demand from the Online Retail file, in long format, per product ({@code
 * unique_id=<StockCode>}) and per product × country ({@code unique_id=<StockCode>@<region-id>},
 * with columns {@code sku,region_id}). A demand line is any readable line of an ordinary invoice
 * with a product StockCode, quantity above zero and a price of at least one penny; lines without a
 * CustomerID count (demand does not need a shop). Cancellations are not netted. The day is the
 * UK-local invoice day. Missing days: between a series' first and last sale, every trading day (a
 * day with at least one invoice line in the file) without a sale is written as {@code y=0}; days
 * the business did not trade at all (Saturdays, the Christmas break) are absent from every series.
 *
 * <p>The per-product series carry {@code unit_price}: the day's mean unit price in pounds over its
 * demand lines, each line counting once (not weighted by quantity: a bulk line's discounted price
 * would otherwise move with that day's demand itself). Empty on zero-filled days — a reader with
 * {@code --exog unit_price} carries the last price forward.
 */
public final class OnlineRetailDemand {
  /** Per-product column: the day's mean unit price in pounds (see above). */
  public static final String UNIT_PRICE = "unit_price";

  private final DailySeries byProduct;
  private final DailySeries byProductCountry;
  private final long demandLines;
  private final long linesWithoutCustomer;

  private OnlineRetailDemand(
      DailySeries byProduct,
      DailySeries byProductCountry,
      long demandLines,
      long linesWithoutCustomer) {
    this.byProduct = byProduct;
    this.byProductCountry = byProductCountry;
    this.demandLines = demandLines;
    this.linesWithoutCustomer = linesWithoutCustomer;
  }

  public static OnlineRetailDemand read(Path csvOrCsvGz) {
    return fromRows(OnlineRetailFile.read(csvOrCsvGz));
  }

  public static OnlineRetailDemand fromRows(OnlineRetailRows input) {
    DailySeries.Builder products = DailySeries.builder(List.of()).meanColumns(List.of(UNIT_PRICE));
    DailySeries.Builder productCountries = DailySeries.builder(List.of("sku", "region_id"));
    TreeSet<LocalDate> tradingDays = new TreeSet<>();
    long lines = 0;
    long withoutCustomer = 0;
    for (RetailRow row : input.rows()) {
      LocalDate day = row.invoiceTime().toLocalDate();
      tradingDays.add(day);
      if (!isDemand(row)) {
        continue;
      }
      lines++;
      withoutCustomer += row.customerId() == null ? 1 : 0;
      String region = CountryZones.regionIdOf(row.country());
      String id = row.stockCode() + "@" + region;
      products.add(row.stockCode(), day, row.quantity());
      products.addToMean(UNIT_PRICE, row.stockCode(), day, row.unitPricePence() / 100.0);
      productCountries.add(id, day, row.quantity());
      productCountries.attributes(id, List.of(row.stockCode(), region));
    }
    return new OnlineRetailDemand(
        products.fillZerosOn(tradingDays),
        productCountries.fillZerosOn(tradingDays),
        lines,
        withoutCustomer);
  }

  static boolean isDemand(RetailRow row) {
    return !row.isCancellation()
        && !NonProductCodes.isNonProduct(row.stockCode())
        && row.quantity() > 0
        && row.unitPricePence() > 0;
  }

  public DailySeries byProduct() {
    return byProduct;
  }

  public DailySeries byProductCountry() {
    return byProductCountry;
  }

  /** Lines counted as demand. */
  public long demandLines() {
    return demandLines;
  }

  /** Demand lines without a CustomerID (included in the demand). */
  public long linesWithoutCustomer() {
    return linesWithoutCustomer;
  }

  /** Writes the per-product series (csv, or gzip when the name ends in .gz); returns rows. */
  public long writeByProduct(Path out) {
    return byProduct.write(out);
  }

  /** Writes the per-product-and-country series; returns rows. */
  public long writeByProductCountry(Path out) {
    return byProductCountry.write(out);
  }
}
