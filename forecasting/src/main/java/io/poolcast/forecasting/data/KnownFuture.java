package io.poolcast.forecasting.data;

import java.util.Locale;

/**
 * The history with its known future appended ({@link KnownFutureRows}) and what was skipped.
 *
 * @param frame the history series, their exogenous values running past their last date
 * @param seriesWithFuture series that got at least one future row
 * @param rowsUsed future rows appended
 * @param unknownSeriesRows rows of series that are not in the history (skipped)
 * @param unknownSeries how many such series
 * @param notAfterHistoryRows rows dated on or before their series' last date (skipped)
 */
public record KnownFuture(
    SeriesFrame frame,
    int seriesWithFuture,
    long rowsUsed,
    long unknownSeriesRows,
    int unknownSeries,
    long notAfterHistoryRows) {

  /** One line about the skipped rows, or null when none was skipped. */
  public String warning() {
    if (unknownSeriesRows == 0 && notAfterHistoryRows == 0) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "future file: skipped %,d rows of %,d series not in the input and %,d rows dated on or"
            + " before their series' last date",
        unknownSeriesRows,
        unknownSeries,
        notAfterHistoryRows);
  }
}
