package io.poolcast.connectors.files;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the UCI Online Retail file into PoolCast's world and shop-order events. The mapping rules
 * are documented in the module README; in short: each country is a region, each CustomerID a shop,
 * each StockCode a SKU, each category belongs to one of four synthetic suppliers, each sale invoice
 * becomes one order per supplier, and cancellation invoices amend or cancel the orders they match.
 * Every row that is not used is counted in {@link OnlineRetailData#rejected()}.
 */
public final class OnlineRetailAdapter {
  private OnlineRetailAdapter() {}

  public static OnlineRetailData read(Path csvOrCsvGz) {
    return fromRows(OnlineRetailFile.read(csvOrCsvGz));
  }

  public static OnlineRetailData fromRows(OnlineRetailRows input) {
    RejectedRows.Tally rejected = new RejectedRows.Tally(input.malformed());
    List<RetailRow> sales = new ArrayList<>();
    List<RetailRow> cancellations = new ArrayList<>();
    for (RetailRow row : input.rows()) {
      RejectReason reason = RetailRowRules.check(row);
      if (reason != null) {
        rejected.add(reason, row.lineNumber(), RetailRowRules.describe(row));
      } else if (row.isCancellation()) {
        cancellations.add(row);
      } else {
        sales.add(row);
      }
    }
    sales.sort(Comparator.comparing(RetailRow::invoiceTime));

    RetailCatalogue catalogue = RetailCatalogue.of(sales);
    RetailShops shops = RetailShops.of(sales);
    TreeSet<String> countries = new TreeSet<>();
    sales.forEach(r -> countries.add(r.country()));
    cancellations.forEach(r -> countries.add(r.country()));
    Map<String, Region> regions = RetailWorldBuilder.regions(countries);
    World world = RetailWorldBuilder.build(regions, shops, catalogue);

    RetailOrderBook book = new RetailOrderBook(catalogue, world.cutoffCalendars());
    List<List<RetailRow>> invoices = invoicesInTimeOrder(sales, cancellations);
    long saleInvoices = 0;
    for (List<RetailRow> invoice : invoices) {
      if (invoice.get(0).isCancellation()) {
        book.cancel(invoice, rejected);
      } else {
        book.place(invoice);
        saleInvoices++;
      }
    }
    List<ShopOrderEvent> events = new ArrayList<>(book.events());
    events.sort(Comparator.comparing(ShopOrderEvent::eventTime));

    return new OnlineRetailData(
        world,
        events,
        rejected.build(),
        input.dataLines(),
        sales.size(),
        sales.stream().mapToLong(RetailRow::quantity).sum(),
        cancellations.size(),
        saleInvoices,
        book.placedOrders(),
        book.splitInvoices(),
        shops.customersInSeveralCountries(),
        countries.stream().filter(c -> !CountryZones.isKnown(c)).toList(),
        book.cancellationStats());
  }

  /**
   * Accepted lines grouped by InvoiceNo, invoices ordered by the time of their first line; ties
   * keep file order, so a cancellation only matches orders the file lists before it.
   */
  private static List<List<RetailRow>> invoicesInTimeOrder(
      List<RetailRow> sales, List<RetailRow> cancellations) {
    List<RetailRow> all = new ArrayList<>(sales.size() + cancellations.size());
    all.addAll(sales);
    all.addAll(cancellations);
    all.sort(Comparator.comparing(RetailRow::invoiceTime).thenComparingLong(RetailRow::lineNumber));
    Map<String, List<RetailRow>> byInvoice = new LinkedHashMap<>();
    for (RetailRow row : all) {
      byInvoice.computeIfAbsent(row.invoiceNo(), n -> new ArrayList<>()).add(row);
    }
    return new ArrayList<>(byInvoice.values());
  }
}
