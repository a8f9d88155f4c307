package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.models.Naive;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.models.ZeroForecast;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Runs a model on one series and never lets it crash the run: if fitting or predicting throws, or
 * the forecast has NaN/infinite values, a baseline is used instead — zeros for an all-zero series,
 * SeasonalNaive when the series holds a full season, Naive otherwise — computed on the series with
 * missing (non-finite) values read as 0. The reason is logged and kept in the result. Forecasts are
 * clamped at 0 (demand cannot be negative).
 */
final class BaselineFallback {
  private static final System.Logger LOG = System.getLogger(BaselineFallback.class.getName());

  private BaselineFallback() {}

  static Outcome run(ForecastModel model, Series series, int h) {
    return run(model, () -> model.fit(series), series, h);
  }

  static Outcome run(ForecastModel model, Supplier<Fitted> fit, Series series, int h) {
    String reason;
    try {
      Fitted fitted = fit.get();
      double[] mean = fitted.predictMean(h);
      reason = problem(mean, h);
      if (reason == null) {
        return new Outcome(
            clamp(mean), fitted.label(), fitted.note(), fitted.calibrationModel(model));
      }
    } catch (RuntimeException e) {
      reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return baseline(model.name() + " failed (" + reason + ")", series, h);
  }

  private static Outcome baseline(String why, Series series, int h) {
    Series clean = withoutMissing(series);
    ForecastModel baseline = chooseBaseline(clean);
    String reason = why + "; fell back to " + baseline.name();
    LOG.log(Level.WARNING, "{0}: {1}", series.uniqueId(), reason);
    double[] mean = clamp(baseline.fit(clean).predictMean(h));
    return new Outcome(mean, baseline.name(), reason, baseline);
  }

  private static ForecastModel chooseBaseline(Series clean) {
    boolean allZero = true;
    for (int i = 0; i < clean.length(); i++) {
      allZero &= clean.y(i) == 0;
    }
    if (allZero) {
      return new ZeroForecast();
    }
    return clean.length() >= clean.frequency().seasonLength() ? new SeasonalNaive() : new Naive();
  }

  private static String problem(double[] mean, int h) {
    if (mean == null || mean.length != h) {
      return "returned " + (mean == null ? "null" : mean.length + " values") + " for h=" + h;
    }
    for (int i = 0; i < h; i++) {
      if (!Double.isFinite(mean[i])) {
        return "returned " + mean[i] + " at step " + (i + 1);
      }
    }
    return null;
  }

  private static Series withoutMissing(Series series) {
    double[] y = series.y();
    boolean changed = false;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i])) {
        y[i] = 0;
        changed = true;
      }
    }
    return changed
        ? new Series(series.uniqueId(), series.start(), series.frequency(), y, series.attributes())
        : series;
  }

  private static double[] clamp(double[] mean) {
    double[] out = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      out[i] = Math.max(0.0, mean[i]);
    }
    return out;
  }
}
