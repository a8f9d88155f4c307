package io.poolcast.connectors.files;

import java.nio.file.Path;

/**
 * What {@link RealDataExports#exportOnlineRetail} wrote.
 *
 * @param outDir the output folder
 * @param data the adapted file (world, events, rejected rows, counts)
 * @param eventsWritten lines in {@code events/shop-orders.jsonl}
 * @param demandLines input lines counted as demand
 * @param productSeries series in {@code demand/daily_by_product.csv.gz}
 * @param productRows rows in it (zeros included)
 * @param productCountrySeries series in {@code demand/daily_by_product_country.csv.gz}
 * @param productCountryRows rows in it (zeros included)
 */
public record OnlineRetailExportSummary(
    Path outDir,
    OnlineRetailData data,
    long eventsWritten,
    long demandLines,
    int productSeries,
    long productRows,
    int productCountrySeries,
    long productCountryRows) {

  /** One line per figure, for a CLI to print. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("data lines: ").append(data.dataLines()).append('\n');
    s.append("sale lines accepted: ").append(data.saleLines());
    s.append(" (").append(data.saleUnits()).append(" units)\n");
    s.append("orders placed: ").append(data.placedOrders());
    s.append(" from ").append(data.saleInvoices()).append(" invoices, ");
    s.append(data.splitInvoices()).append(" split over suppliers\n");
    s.append("cancellations: ").append(data.cancellations()).append('\n');
    s.append("events written: ").append(eventsWritten).append('\n');
    data.rejected()
        .counts()
        .forEach(
            (reason, count) ->
                s.append("rejected ").append(reason).append(": ").append(count).append('\n'));
    s.append("world: ").append(data.world().regions().size()).append(" regions, ");
    s.append(data.world().shops().size()).append(" shops, ");
    s.append(data.world().skus().size()).append(" SKUs, ");
    s.append(data.world().suppliers().size()).append(" suppliers\n");
    s.append("demand series: ").append(productSeries).append(" products (");
    s.append(productRows).append(" rows), ").append(productCountrySeries);
    s.append(" product×country (").append(productCountryRows).append(" rows)\n");
    return s.toString();
  }
}
