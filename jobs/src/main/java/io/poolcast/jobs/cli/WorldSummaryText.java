package io.poolcast.jobs.cli;

import io.poolcast.world.GenerationStats;
import io.poolcast.world.SampleWorldSummary;
import io.poolcast.world.SampleWorldWriter;
import java.util.Locale;

/** One-paragraph description of a generated world for the console. */
final class WorldSummaryText {
  private WorldSummaryText() {}

  static String describe(SampleWorldSummary s) {
    GenerationStats g = s.stats();
    return String.format(
        Locale.ROOT,
        "%,d shops, %,d suppliers, %,d SKUs; %d days from %s: %,d order events (%,d placed,"
            + " %,d amended, %,d cancelled), %,d POS sales; stock-out rate %.1f%%; %,.1f MB",
        s.shops(),
        s.suppliers(),
        s.skus(),
        s.days(),
        s.start(),
        g.orderEvents(),
        g.ordersPlaced(),
        g.ordersAmended(),
        g.ordersCancelled(),
        g.saleEvents(),
        100 * g.stockOutRate(),
        s.totalBytes() / 1e6);
  }

  /** What a series-only run wrote: rows, and how much of it is zero days and stock-outs. */
  static String describeSeries(SampleWorldSummary s) {
    GenerationStats g = s.stats();
    long rows = g.activeShopSkuDays();
    return String.format(
        Locale.ROOT,
        "%s: %,d rows (shop × SKU × day); %.1f%% of them sold nothing; stock-out on %.1f%%,"
            + " %.1f%% of demand lost",
        SampleWorldWriter.SERIES_FILE,
        rows,
        rows == 0 ? 0 : 100.0 * (rows - g.saleEvents()) / rows,
        100 * g.stockOutRate(),
        100 * g.lostSalesRate());
  }
}
