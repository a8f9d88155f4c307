package io.poolcast.forecasting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Aggregates window scores of one model (and attribute value); see {@link BacktestReport}. */
record GroupMetrics(
    int series,
    int windows,
    double mae,
    double rmse,
    double mase,
    double rmsse,
    double wrmsse,
    double pinball,
    double coverage,
    double below,
    double above,
    int undefined) {

  static GroupMetrics of(List<WindowScore> scores) {
    Set<String> ids = new HashSet<>();
    long points = 0;
    double sumAbs = 0;
    double sumSq = 0;
    double maseSum = 0;
    int maseCount = 0;
    double rmsseSum = 0;
    int rmsseCount = 0;
    double weighted = 0;
    double weights = 0;
    double pinballSum = 0;
    long below = 0;
    long above = 0;
    for (WindowScore w : scores) {
      ids.add(w.uniqueId());
      points += w.points();
      sumAbs += w.sumAbsError();
      sumSq += w.sumSquaredError();
      pinballSum += w.pinball() * w.points();
      below += w.below();
      above += w.above();
      if (Double.isFinite(w.mase())) {
        maseSum += w.mase();
        maseCount++;
      }
      if (Double.isFinite(w.rmsse())) {
        rmsseSum += w.rmsse();
        rmsseCount++;
        weighted += w.revenue() * w.rmsse();
        weights += w.revenue();
      }
    }
    return new GroupMetrics(
        ids.size(),
        scores.size(),
        sumAbs / points,
        Math.sqrt(sumSq / points),
        ratio(maseSum, maseCount),
        ratio(rmsseSum, rmsseCount),
        ratio(weighted, weights),
        pinballSum / points,
        1.0 - (double) (below + above) / points,
        (double) below / points,
        (double) above / points,
        scores.size() - rmsseCount);
  }

  private static double ratio(double sum, double count) {
    return count > 0 ? sum / count : Double.NaN;
  }
}
