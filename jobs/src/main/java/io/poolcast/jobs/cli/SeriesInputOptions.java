package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Path;
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

  SeriesFrame read() {
    return columns.read(input);
  }
}
