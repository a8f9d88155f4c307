package io.poolcast.forecasting.daily;

import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.SeriesFit;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast of one series when its day closes: one model, {@link #HORIZON} days, p10/p50/p90
 * from the library's conformal calibration (every value clamped at 0 and the quantiles sorted by
 * the library). Single-threaded on purpose: a streaming job refreshes many series in parallel
 * already, one per keyed operator instance.
 */
public final class SeriesRefresh {
  /** Days forecast after the closed day. */
  public static final int HORIZON = 30;

  private final Forecaster forecaster;
  private final String modelName;

  public SeriesRefresh(ForecastModel model, long seed) {
    this.forecaster = new Forecaster(List.of(model), Frequency.DAILY, seed, 1);
    this.modelName = model.name();
  }

  /** One forecast day: the step after the closed day (1 = the next day) and its quantiles. */
  public record Point(LocalDate ds, int step, double mean, double p10, double p50, double p90) {}

  /** The 30 days after the series' last day, with what was fitted and any fallback note. */
  public record Refreshed(String model, String fitted, String note, List<Point> points) {}

  public Refreshed forecast(Series series) {
    ForecastResult result =
        forecaster.forecast(new SeriesFrame(List.of(series)), HORIZON, QuantileLevels.DEFAULT);
    List<Point> points = new ArrayList<>(HORIZON);
    int step = 1;
    for (ForecastRow row : result.rows()) {
      double[] q = row.quantiles();
      points.add(new Point(row.ds(), step++, row.mean(), q[0], q[1], q[2]));
    }
    SeriesFit fit = result.fits().get(0);
    return new Refreshed(modelName, fit.label(), fit.reason(), points);
  }
}
