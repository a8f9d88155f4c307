package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.KnownFuture;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.jobs.forecast.LongFormatInput;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --future FILE}: planned prices and promotions for the forecast horizon. */
final class KnownFutureOption {
  @Option(
      names = "--future",
      paramLabel = "FILE",
      description =
          "Known-future covariates for the horizon (planned prices and promotions): unique_id, ds"
              + " and --exog columns, dated after each series' last date; Parquet, CSV or CSV.gz."
              + " Days it does not cover (and every day without it): price = the last known"
              + " price, event and stock-out = 0. Other columns (even y) are not read. Rows of"
              + " series not in --input or not after their last date are skipped with one"
              + " warning line.")
  Path future;

  /** The history with the future file appended, or unchanged without --future. */
  SeriesFrame appendTo(SeriesFrame history, SeriesInputOptions input) {
    if (future == null) {
      return history;
    }
    if (input.exog.isEmpty()) {
      throw new UserError("--future needs --exog naming its columns");
    }
    if (!Files.isRegularFile(future)) {
      throw new UserError("future file not found: " + future);
    }
    try {
      KnownFuture known = LongFormatInput.readFuture(future, input.format(), history);
      System.out.printf(
          Locale.ROOT,
          "known future: %,d rows for %,d series%n",
          known.rowsUsed(),
          known.seriesWithFuture());
      if (known.warning() != null) {
        System.out.println("warning: " + known.warning());
      }
      return known.frame();
    } catch (InvalidInputException | IllegalArgumentException | UncheckedIOException e) {
      throw new UserError(future + ": " + e.getMessage(), e);
    }
  }
}
