package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.models.GlobalForecastModel;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import io.poolcast.forecasting.uncertainty.ConformalQuantiles;
import io.poolcast.forecasting.uncertainty.HistoryForecast;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import io.poolcast.forecasting.uncertainty.Residuals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entry point, in the shape of Nixtla's StatsForecast: a list of models and a frequency; {@link
 * #forecast} returns one frame with a row per series x date x model, {@link #crossValidation} the
 * same rows plus the actual {@code y} for each rolling cutoff.
 *
 * <p>Series are processed in parallel on {@code threads} workers, but every value depends only on
 * the series' own data (local models) or on the frame and the seed (global models), and rows are
 * sorted (unique_id, model order, ds): the same input and seed give identical output on any number
 * of threads.
 */
public final class Forecaster {
  private final List<ForecastModel> models;
  private final Frequency frequency;
  private final long seed;
  private final int threads;
  private CalibrationSettings calibration = CalibrationSettings.DEFAULT;
  private ProgressListener progress = ProgressListener.NONE;

  public Forecaster(List<ForecastModel> models, Frequency frequency, long seed, int threads) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("at least one model is needed");
    }
    Set<String> names = new HashSet<>();
    for (ForecastModel m : models) {
      if (!names.add(m.name())) {
        throw new IllegalArgumentException("two models are named " + m.name());
      }
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    this.models = List.copyOf(models);
    this.frequency = Objects.requireNonNull(frequency, "frequency");
    this.seed = seed;
    this.threads = threads;
  }

  public Forecaster withCalibration(CalibrationSettings settings) {
    this.calibration = Objects.requireNonNull(settings);
    return this;
  }

  public Forecaster withProgress(ProgressListener listener) {
    this.progress = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * A copy for backtest residuals of the point forecast (e.g. MinT's covariance): same models, seed
   * and threads, but intervals calibrated on one origin instead of {@code windows} — the means are
   * the same, a run costs about 2 fits per series and model instead of 1 + windows.
   */
  public Forecaster forPointResiduals(ProgressListener listener) {
    return new Forecaster(models, frequency, seed, threads)
        .withCalibration(new CalibrationSettings(1, calibration.stride(), 1))
        .withProgress(listener);
  }

  public List<ForecastModel> models() {
    return models;
  }

  public Frequency frequency() {
    return frequency;
  }

  public long seed() {
    return seed;
  }

  public CalibrationSettings calibration() {
    return calibration;
  }

  /** Forecasts with the default quantiles p10, p50, p90. */
  public ForecastResult forecast(SeriesFrame frame, int h) {
    return forecast(frame, h, QuantileLevels.DEFAULT);
  }

  /** {@code h} steps after each series' last date, for every model, with the given quantiles. */
  public ForecastResult forecast(SeriesFrame frame, int h, double[] quantiles) {
    double[] levels = QuantileLevels.validate(quantiles);
    checkFrame(frame, h);
    List<SeriesForecast> forecasts = run(frame, h, levels, new AtomicLong(), frame.size());
    return ForecastResult.of(forecasts, levels, modelNames(), h);
  }

  /**
   * Rolling-origin cross-validation: {@code windows} cutoffs {@code step} steps apart, the last
   * window ending at each series' last observation. Each cutoff is forecast exactly as {@link
   * #forecast} would from the history up to it (model selection and interval calibration included)
   * and compared with the actual values. Series too short for a cutoff (fewer than 2 points of
   * history) skip it; the result lists them.
   */
  public CrossValidationResult crossValidation(
      SeriesFrame frame, int h, int windows, int step, double[] quantiles) {
    double[] levels = QuantileLevels.validate(quantiles);
    checkFrame(frame, h);
    if (windows < 1 || step < 1) {
      throw new IllegalArgumentException("windows and step must be >= 1");
    }
    List<SeriesForecast> all = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    for (int w = 0; w < windows; w++) {
      int offset = h + (windows - 1 - w) * step;
      List<Series> histories = new ArrayList<>();
      for (Series s : frame.series()) {
        if (s.length() - offset >= 2) {
          histories.add(s.head(s.length() - offset));
        } else {
          skipped.add(
              s.uniqueId()
                  + ": window "
                  + (w + 1)
                  + " needs "
                  + (offset + 2)
                  + " observations, has "
                  + s.length());
        }
      }
      if (!histories.isEmpty()) {
        all.addAll(run(new SeriesFrame(histories), h, levels, done, (long) windows * frame.size()));
      }
    }
    return CrossValidationResult.of(frame, all, levels, modelNames(), h, skipped);
  }

  private List<SeriesForecast> run(
      SeriesFrame frame, int h, double[] levels, AtomicLong done, long total) {
    Map<String, GlobalFits> global = new LinkedHashMap<>();
    for (ForecastModel m : models) {
      if (m instanceof GlobalForecastModel g) {
        global.put(m.name(), new GlobalFits(g, frame, h, calibration, seed));
      }
    }
    SeriesTask task = new SeriesTask(h, levels, global, done, total);
    if (threads == 1) {
      // on the caller's thread: a job refreshing one series at a time would otherwise start and
      // stop a worker thread for every series
      return flatten(frame.series().stream().map(task::forecast).toList());
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return flatten(
          pool.submit(() -> frame.series().parallelStream().map(task::forecast).toList()).get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("forecast interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("forecast failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static List<SeriesForecast> flatten(List<List<SeriesForecast>> perSeries) {
    List<SeriesForecast> flat = new ArrayList<>();
    perSeries.forEach(flat::addAll);
    return flat;
  }

  /** All models on one series: point forecast with fallback, then conformal quantiles. */
  private final class SeriesTask {
    private final int h;
    private final double[] levels;
    private final Map<String, GlobalFits> global;
    private final AtomicLong done;
    private final long total;

    SeriesTask(
        int h, double[] levels, Map<String, GlobalFits> global, AtomicLong done, long total) {
      this.h = h;
      this.levels = levels;
      this.global = global;
      this.done = done;
      this.total = total;
    }

    List<SeriesForecast> forecast(Series series) {
      List<SeriesForecast> out = new ArrayList<>(models.size());
      for (ForecastModel model : models) {
        out.add(forecast(series, model));
      }
      progress.progress(done.incrementAndGet(), total);
      return out;
    }

    private SeriesForecast forecast(Series series, ForecastModel model) {
      GlobalFits fits = global.get(model.name());
      Outcome outcome;
      HistoryForecast calibrationRefits;
      if (fits != null) {
        outcome = BaselineFallback.run(model, () -> fits.fitted(series.uniqueId(), 0), series, h);
        calibrationRefits =
            outcome.reason() != null && outcome.reason().contains("fell back")
                ? new LocalHistoryForecast(outcome.calibrationModel())
                : new GlobalFits.ForSeries(fits, series);
      } else {
        outcome = BaselineFallback.run(model, series, h);
        calibrationRefits = new LocalHistoryForecast(outcome.calibrationModel());
      }
      Residuals residuals = Residuals.collect(series, h, calibration, calibrationRefits);
      double[][] quantiles = ConformalQuantiles.of(outcome.mean(), residuals, levels, calibration);
      String reason = outcome.reason();
      if (residuals.isEmpty()) {
        String note = "intervals not calibrated: history too short";
        reason = reason == null ? note : reason + "; " + note;
      }
      return new SeriesForecast(series, model.name(), outcome, quantiles, reason);
    }
  }

  private void checkFrame(SeriesFrame frame, int h) {
    if (h < 1) {
      throw new IllegalArgumentException("horizon must be >= 1");
    }
    if (frame.frequency() != frequency) {
      throw new IllegalArgumentException(
          "frame is " + frame.frequency() + " but the forecaster is " + frequency);
    }
  }

  private List<String> modelNames() {
    return models.stream().map(ForecastModel::name).toList();
  }
}
