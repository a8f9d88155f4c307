package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores forecast files against actual values with the backtest's own metrics: the forecasts are
 * joined to their actuals and handed to {@link BacktestReport} as one cross-validation window per
 * series and model, so MAE, RMSE, MASE, RMSSE, WRMSSE, pinball and coverage mean exactly what they
 * mean in {@code poolcast backtest}.
 *
 * <p>A window's cutoff is the day before its first forecast date; the scaled measures take their
 * scale from the history up to it (from the history frame when given, else from the actuals
 * themselves). If the history ends earlier, its last date is the cutoff. Rows that cannot be scored
 * are counted, never fatal: a date without an actual value, a series the actuals do not know, a
 * series with no history before its forecast.
 */
public final class ForecastScoring {
  private final CrossValidationResult cv;
  private final Counts counts;

  /** How many forecast rows were scored and why the others were not. */
  public record Counts(int scored, int missingActual, int unknownSeries, int noHistory, int blank) {
    public String describe() {
      return String.format(
          Locale.ROOT,
          "scored %,d forecast rows; left out: %,d without an actual value, %,d of series not in"
              + " the actuals, %,d of series without history before the forecast, %,d with a blank"
              + " number",
          scored,
          missingActual,
          unknownSeries,
          noHistory,
          blank);
    }
  }

  private ForecastScoring(CrossValidationResult cv, Counts counts) {
    this.cv = cv;
    this.counts = counts;
  }

  /**
   * @param history the series before the forecasts, or null to take it from {@code actuals}
   * @throws IllegalArgumentException when the files disagree on quantile levels or name the same
   *     model
   */
  public static ForecastScoring score(
      List<ForecastFile> files, SeriesFrame actuals, SeriesFrame history) {
    double[] levels = commonLevels(files);
    Map<String, Map<String, List<ForecastRow>>> byModel = groupByModel(files);
    SeriesFrame scale = history != null ? history : actuals;
    List<CvRow> rows = new ArrayList<>();
    LeftOut left = new LeftOut();
    int horizon = 0;
    for (Map<String, List<ForecastRow>> bySeries : byModel.values()) {
      for (List<ForecastRow> window : bySeries.values()) {
        horizon = Math.max(horizon, window.size());
        join(window, actuals, scale, rows, left);
      }
    }
    int blank = files.stream().mapToInt(ForecastFile::blankRows).sum();
    CrossValidationResult cv =
        CrossValidationResult.ofRows(
            scale, rows, levels, List.copyOf(byModel.keySet()), horizon, List.of());
    return new ForecastScoring(
        cv, new Counts(rows.size(), left.missingActual, left.unknownSeries, left.noHistory, blank));
  }

  /** Tallies of the forecast rows that could not be scored, by reason. */
  private static final class LeftOut {
    int missingActual;
    int unknownSeries;
    int noHistory;
  }

  /** Joins one series x model window to its actuals, or counts why it cannot be. */
  private static void join(
      List<ForecastRow> window,
      SeriesFrame actuals,
      SeriesFrame scale,
      List<CvRow> out,
      LeftOut left) {
    window.sort(Comparator.comparing(ForecastRow::ds));
    String id = window.get(0).uniqueId();
    Series actual = actuals.get(id);
    Series history = scale.get(id);
    if (actual == null) {
      left.unknownSeries += window.size();
      return;
    }
    LocalDate firstDay = window.get(0).ds();
    LocalDate cutoff = firstDay.minusDays(actual.frequency().stepDays());
    if (history == null || history.start().isAfter(cutoff)) {
      left.noHistory += window.size();
      return;
    }
    cutoff = history.lastDate().isBefore(cutoff) ? history.lastDate() : cutoff;
    for (ForecastRow f : window) {
      int index = index(actual, f.ds());
      if (index < 0) {
        left.missingActual++;
      } else {
        int step =
            (int) ((f.ds().toEpochDay() - firstDay.toEpochDay()) / actual.frequency().stepDays());
        out.add(
            new CvRow(
                id,
                cutoff,
                f.ds(),
                step,
                f.model(),
                actual.y(index),
                f.mean(),
                f.quantiles(),
                f.fallbackReason()));
      }
    }
  }

  /** The position of {@code ds} in the series, or -1 when it is outside it or off its grid. */
  private static int index(Series series, LocalDate ds) {
    long days = ds.toEpochDay() - series.start().toEpochDay();
    int step = series.frequency().stepDays();
    if (days < 0 || days % step != 0 || days / step >= series.length()) {
      return -1;
    }
    return (int) (days / step);
  }

  private static double[] commonLevels(List<ForecastFile> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no forecast file to score");
    }
    double[] levels = files.get(0).levels();
    for (ForecastFile f : files) {
      if (!Arrays.equals(levels, f.levels())) {
        throw new IllegalArgumentException(
            f.path()
                + " has quantiles "
                + labels(f.levels())
                + ", "
                + files.get(0).path()
                + " has "
                + labels(levels)
                + ": score them separately");
      }
    }
    return levels;
  }

  /** model → unique_id → rows, models in file order; the same model in two files is an error. */
  private static Map<String, Map<String, List<ForecastRow>>> groupByModel(
      List<ForecastFile> files) {
    Map<String, Map<String, List<ForecastRow>>> byModel = new LinkedHashMap<>();
    Map<String, ForecastFile> source = new LinkedHashMap<>();
    for (ForecastFile file : files) {
      for (ForecastRow row : file.rows()) {
        ForecastFile first = source.putIfAbsent(row.model(), file);
        if (first != null && first != file) {
          throw new IllegalArgumentException(
              "model '" + row.model() + "' is in both " + first.path() + " and " + file.path());
        }
        byModel
            .computeIfAbsent(row.model(), m -> new LinkedHashMap<>())
            .computeIfAbsent(row.uniqueId(), id -> new ArrayList<>())
            .add(row);
      }
    }
    return byModel;
  }

  private static String labels(double[] levels) {
    return String.join(",", Arrays.stream(levels).mapToObj(QuantileLevels::label).toList());
  }

  /** The joined rows, as {@code poolcast backtest} writes them. */
  public CrossValidationResult joined() {
    return cv;
  }

  /** The metric table, one row per model (empty when nothing could be scored). */
  public BacktestReport report() {
    return BacktestReport.of(cv);
  }

  public Counts counts() {
    return counts;
  }
}
