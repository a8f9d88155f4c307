package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.GlobalForecastModel;
import io.poolcast.forecasting.models.ModelFailure;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import io.poolcast.forecasting.uncertainty.HistoryForecast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fits of one global model: once on the whole frame (offset 0) and once per calibration origin,
 * on every series truncated {@code h + k*stride} steps before its end. Lookups by series and
 * offset; a failed global fit becomes a per-series failure (and so a baseline fallback).
 */
final class GlobalFits {
  private final GlobalForecastModel model;
  private final Map<Integer, Map<String, Fitted>> byOffset = new LinkedHashMap<>();
  private final Map<Integer, String> failures = new LinkedHashMap<>();

  GlobalFits(
      GlobalForecastModel model, SeriesFrame frame, int h, CalibrationSettings cal, long seed) {
    this.model = model;
    fitAt(frame, 0, seed);
    for (int k = 0; k < cal.windows(); k++) {
      int offset = h + k * cal.stride();
      List<Series> truncated = new ArrayList<>();
      for (Series s : frame.series()) {
        if (s.length() - offset >= Math.max(2, s.length() / 2)) {
          truncated.add(s.head(s.length() - offset));
        }
      }
      if (!truncated.isEmpty()) {
        fitAt(new SeriesFrame(truncated), offset, seed);
      }
    }
  }

  private void fitAt(SeriesFrame frame, int offset, long seed) {
    try {
      byOffset.put(offset, model.fitGlobal(frame, seed));
    } catch (RuntimeException e) {
      failures.put(offset, e.getClass().getSimpleName() + ": " + e.getMessage());
      byOffset.put(offset, Map.of());
    }
  }

  Fitted fitted(String uniqueId, int offset) {
    Fitted f = byOffset.getOrDefault(offset, Map.of()).get(uniqueId);
    if (f == null) {
      String why = failures.get(offset);
      throw new ModelFailure(
          model.name()
              + (why != null ? " global fit failed: " + why : " has no fit for " + uniqueId));
    }
    return f;
  }

  boolean hasOffset(int offset) {
    return byOffset.containsKey(offset);
  }

  /** Calibration forecasts of one series, looked up by how far the history stops before its end. */
  record ForSeries(GlobalFits fits, Series full) implements HistoryForecast {
    @Override
    public double[] forecast(Series history, int h) {
      int offset = full.length() - history.length();
      if (!fits.hasOffset(offset)) {
        return null;
      }
      return BaselineFallback.run(
              fits.model, () -> fits.fitted(full.uniqueId(), offset), history, h)
          .mean();
    }
  }
}
