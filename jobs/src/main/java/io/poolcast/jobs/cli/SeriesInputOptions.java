package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.jobs.forecast.LongFormatInput;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Option(
      names = "--id-col",
      defaultValue = "unique_id",
      description = "Series id column (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(
      names = "--ds-col",
      defaultValue = "ds",
      description = "Date column (default: ${DEFAULT-VALUE}).")
  String dsColumn;

  @Option(
      names = "--y-col",
      defaultValue = "y",
      description = "Value column (default: ${DEFAULT-VALUE}).")
  String yColumn;

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
      return new LongFormat(idColumn, dsColumn, yColumn, null, ExogenousColumn.parseAll(exog));
    } catch (IllegalArgumentException e) {
      throw new UserError("--exog: " + e.getMessage(), e);
    }
  }

  SeriesFrame read() {
    if (!Files.isRegularFile(input)) {
      throw new UserError("input file not found: " + input);
    }
    LongFormat format = format();
    try {
      SeriesFrame frame = LongFormatInput.read(input, format);
      System.out.printf(
          java.util.Locale.ROOT,
          "%,d %s series from %s to %s%n",
          frame.size(),
          frame.frequency().name().toLowerCase(java.util.Locale.ROOT),
          frame.firstDate(),
          frame.lastDate());
      if (!exog.isEmpty()) {
        System.out.println("exogenous columns: " + frame.exogenousColumns());
      }
      return frame;
    } catch (InvalidInputException | IllegalArgumentException | UncheckedIOException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
  }
}
