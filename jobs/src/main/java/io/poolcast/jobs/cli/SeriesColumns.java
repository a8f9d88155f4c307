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
import java.util.Locale;
import picocli.CommandLine.Option;

/** The column names of a long-format series file, and reading one with them. */
final class SeriesColumns {
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

  /** These columns, with exogenous daily columns. */
  LongFormat format(List<ExogenousColumn> exogenous) {
    return new LongFormat(idColumn, dsColumn, yColumn, null, exogenous);
  }

  /** Reads long-format Parquet or CSV(.gz) with these columns; bad rows become one-line errors. */
  SeriesFrame read(Path input) {
    return read(input, format(List.of()));
  }

  /** Reads long-format Parquet or CSV(.gz) in {@code format}; bad rows become one-line errors. */
  SeriesFrame read(Path input, LongFormat format) {
    if (!Files.isRegularFile(input)) {
      throw new UserError("input file not found: " + input);
    }
    try {
      SeriesFrame frame = LongFormatInput.read(input, format);
      System.out.printf(
          Locale.ROOT,
          "%,d %s series from %s to %s%n",
          frame.size(),
          frame.frequency().name().toLowerCase(Locale.ROOT),
          frame.firstDate(),
          frame.lastDate());
      return frame;
    } catch (InvalidInputException | IllegalArgumentException | UncheckedIOException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
  }
}
