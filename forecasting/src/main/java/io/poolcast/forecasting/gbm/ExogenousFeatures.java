package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Exogenous;
import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * GBM features of the exogenous columns, appended after {@link FeatureBuilder#NAMES}. Values at the
 * <b>target day</b> are known-future covariates (a planned price or promotion); everything else
 * reads only the 28 days before the origin:
 *
 * <ul>
 *   <li>price {@code p}: {@code p} at the target day and {@code p_rel} = that price / the series'
 *       mean price over the 28 days before the origin (a cut below the usual price is what moves
 *       demand, not the price level of one product against another);
 *   <li>event {@code e} (promotion): {@code e} at the target day and {@code e_share_28}, its mean
 *       over the 28 days before the origin (how much of the recent level the promotions made);
 *   <li>stock-out {@code s}: {@code s_share_28}, the share of stock-out days before the origin.
 *       Stock-out days are <b>removed from the demand history</b> ({@link #demand}: NaN), so they
 *       are neither training targets nor part of any lag or rolling statistic: sales on a day
 *       without stock are a floor, not the demand, and as targets they would teach the model that
 *       demand was zero. The stock-out flag at the target day is not a feature: such days are never
 *       targets, so the model could not learn from it.
 * </ul>
 *
 * <p>A series without a column of the frame gets {@link FeatureBuilder#UNKNOWN} for its features.
 */
final class ExogenousFeatures {
  static final int TRAILING = 28;
  static final ExogenousFeatures NONE = new ExogenousFeatures(List.of());

  private final List<ExogenousColumn> columns;
  private final List<String> names;

  ExogenousFeatures(List<ExogenousColumn> columns) {
    this.columns = List.copyOf(columns);
    List<String> n = new ArrayList<>();
    for (ExogenousColumn c : columns) {
      switch (c.kind()) {
        case PRICE -> n.addAll(List.of(c.name(), c.name() + "_rel"));
        case EVENT -> n.addAll(List.of(c.name(), c.name() + "_share_" + TRAILING));
        case STOCKOUT -> n.add(c.name() + "_share_" + TRAILING);
      }
    }
    this.names = List.copyOf(n);
  }

  List<ExogenousColumn> columns() {
    return columns;
  }

  List<String> names() {
    return names;
  }

  /** Demand as the model sees it: stock-out days (flag > 0) are unknown (NaN), see above. */
  static double[] demand(Series s) {
    return demand(s, 0);
  }

  /** {@link #demand(Series)} from day {@code from} on (a fit keeps only the tail). */
  static double[] demand(Series s, int from) {
    double[] y = s.slice(from, s.length());
    Exogenous exog = s.exogenous();
    for (int c = 0; c < exog.columns().size(); c++) {
      if (exog.columns().get(c).kind() == ExogenousColumn.Kind.STOCKOUT) {
        for (int i = 0; i < y.length; i++) {
          if (exog.value(c, from + i) > 0) {
            y[i] = Double.NaN;
          }
        }
      }
    }
    return y;
  }

  /** Writes this column set's features from {@code out[at]} on; returns the next index. */
  int fill(Exogenous exog, int origin, int target, float[] out, int at) {
    int i = at;
    for (ExogenousColumn c : columns) {
      int index = exog.indexOf(c.name());
      switch (c.kind()) {
        case PRICE -> {
          double price = index < 0 ? Double.NaN : exog.value(index, target);
          double usual = trailingMean(exog, index, origin);
          out[i++] = known(price);
          out[i++] = usual > 0 ? known(price / usual) : FeatureBuilder.UNKNOWN;
        }
        case EVENT -> {
          out[i++] = index < 0 ? FeatureBuilder.UNKNOWN : known(exog.value(index, target));
          out[i++] = known(trailingMean(exog, index, origin));
        }
        case STOCKOUT -> out[i++] = known(trailingShare(exog, index, origin));
      }
    }
    return i;
  }

  private static float known(double v) {
    return Double.isFinite(v) ? (float) v : FeatureBuilder.UNKNOWN;
  }

  /** Mean of the finite values over the 28 days before the origin; NaN if none. */
  private static double trailingMean(Exogenous exog, int column, int origin) {
    if (column < 0) {
      return Double.NaN;
    }
    double sum = 0;
    int count = 0;
    for (int d = Math.max(0, origin - TRAILING); d < origin; d++) {
      double v = exog.value(column, d);
      if (Double.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double trailingShare(Exogenous exog, int column, int origin) {
    if (column < 0 || origin < 1) {
      return Double.NaN;
    }
    int from = Math.max(0, origin - TRAILING);
    int flagged = 0;
    for (int d = from; d < origin; d++) {
      flagged += exog.value(column, d) > 0 ? 1 : 0;
    }
    return flagged / (double) (origin - from);
  }
}
