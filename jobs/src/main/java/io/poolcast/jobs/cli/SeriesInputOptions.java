package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the daily (or weekly) series come from: long-format Parquet, CSV or CSV.gz. */
final class SeriesInputOptions {
  @Option(
      names = "--input",
      required = true,
      description =
          "Long-format series: unique_id, ds, y (+ attribute columns); Parquet, CSV or CSV.gz"
              + " (told apart by content). In Parquet, ds may be a DATE, a timestamp or ISO text"
              + " and y any numeric type; errors name the data row.")
  Path input;

  @Mixin SeriesColumns columns;

  @Option(
      names = "--exog",
      split = ",",
      paramLabel = "COLUMN[:KIND]",
      description =
          "Numeric columns that vary per day (e.g. price,promo,stockout), read per day instead of"
              + " as series attributes. KIND is price, event or stockout; by default a name with"
              + " 'price' is a price, one with 'stock' or 'oos' a stock-out flag, anything else an"
              + " event (promotion). Gap days: price carried forward, event and stock-out 0."
              + " Only the gbm model uses them (statistical models ignore them); stock-out days"
              + " are left out of its demand history. In a backtest the held-out days' actual"
              + " values are the known future (planned prices and promotions); demand never is.")
  List<String> exog = List.of();

  /** The column mapping, with the --exog columns. */
  LongFormat format() {
    try {
      return columns.format(ExogenousColumn.parseAll(exog));
    } catch (IllegalArgumentException e) {
      throw new UserError("--exog: " + e.getMessage(), e);
    }
  }

  SeriesFrame read() {
    SeriesFrame frame = columns.read(input, format());
    if (!exog.isEmpty()) {
      System.out.println("exogenous columns: " + frame.exogenousColumns());
    }
    return frame;
  }
}
