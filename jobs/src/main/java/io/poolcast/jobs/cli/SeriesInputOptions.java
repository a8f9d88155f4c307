package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the daily (or weekly) series come from: long-format CSV or CSV.gz. */
final class SeriesInputOptions {
  @Option(
      names = "--input",
      required = true,
      description = "Long-format series: unique_id, ds, y (+ attribute columns); CSV or CSV.gz.")
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
    return read(input, idColumn, dsColumn, yColumn);
  }

  /** Reads a long-format file with these column names; bad rows become one-line errors. */
  static SeriesFrame read(Path input, String idColumn, String dsColumn, String yColumn) {
    if (!Files.isRegularFile(input)) {
      throw new UserError("input file not found: " + input);
    }
    try {
      SeriesFrame frame =
          LongFormatCsv.builder()
              .idColumn(idColumn)
              .dsColumn(dsColumn)
              .yColumn(yColumn)
              .build()
              .readFrame(input);
      System.out.printf(
          java.util.Locale.ROOT,
          "%,d %s series from %s to %s%n",
          frame.size(),
          frame.frequency().name().toLowerCase(java.util.Locale.ROOT),
          frame.firstDate(),
          frame.lastDate());
      return frame;
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
  }
}
