package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Reads a long-format CSV(.gz) with these columns; bad rows become one-line errors. */
  SeriesFrame read(Path input) {
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
          Locale.ROOT,
          "%,d %s series from %s to %s%n",
          frame.size(),
          frame.frequency().name().toLowerCase(Locale.ROOT),
          frame.firstDate(),
          frame.lastDate());
      return frame;
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
  }
}
