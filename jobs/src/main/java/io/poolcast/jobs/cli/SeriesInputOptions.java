package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.jobs.forecast.LongFormatInput;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  SeriesFrame read() {
    if (!Files.isRegularFile(input)) {
      throw new UserError("input file not found: " + input);
    }
    try {
      SeriesFrame frame =
          LongFormatInput.read(input, new LongFormat(idColumn, dsColumn, yColumn, null));
      System.out.printf(
          java.util.Locale.ROOT,
          "%,d %s series from %s to %s%n",
          frame.size(),
          frame.frequency().name().toLowerCase(java.util.Locale.ROOT),
          frame.firstDate(),
          frame.lastDate());
      return frame;
    } catch (InvalidInputException | IllegalArgumentException | UncheckedIOException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
  }
}
