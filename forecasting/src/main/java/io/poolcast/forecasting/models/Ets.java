package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Exponential smoothing with additive errors, additive damped trend and (optionally) additive
 * seasonality: Holt-Winters ETS(A,Ad,A), or ETS(A,Ad,N) without a season.
 *
 * <p>Season: the frequency's natural season (7 for daily, 52 for weekly), used only when the series
 * holds at least two full seasons (so weekly data needs two years); otherwise the non-seasonal
 * variant is fitted. Smoothing parameters minimise the in-sample one-step SSE with BOBYQA
 * (commons-math3) in a unit box: {@code alpha in [0,1]}, {@code beta = b*alpha}, {@code gamma =
 * g*(1-alpha)} (the usual admissible region) and {@code phi = 0.8 + 0.2*p}, so {@code phi = 1} (an
 * undamped linear trend) is reachable. Initial states are the classical heuristic (first-season
 * mean and the slope between the first two seasons), which reproduces a pure linear trend or a pure
 * seasonal pattern exactly.
 */
public final class Ets implements ForecastModel {
  private static final int MAX_EVALUATIONS = 2000;
  private final boolean seasonal;

  private Ets(boolean seasonal) {
    this.seasonal = seasonal;
  }

  /** ETS(A,Ad,A) when the series is long enough for its season, ETS(A,Ad,N) otherwise. */
  public static Ets dampedSeasonal() {
    return new Ets(true);
  }

  /** ETS(A,Ad,N): level and damped trend, for short series or series without a weekly cycle. */
  public static Ets nonSeasonal() {
    return new Ets(false);
  }

  @Override
  public String name() {
    return seasonal ? "ETS" : "ETSNonSeasonal";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of(
        "trend",
        "additive damped, phi in [0.8,1]",
        "season",
        seasonal ? "frequency season when >= 2 seasons of data" : "none",
        "optimizer",
        "BOBYQA on in-sample one-step SSE",
        "maxEvaluations",
        MAX_EVALUATIONS);
  }

  @Override
  public EtsFit fit(Series series) {
    double[] y = series.y();
    int m = series.frequency().seasonLength();
    int season = seasonal && y.length >= 2 * m ? m : 0;
    if (y.length < 3 || (season > 0 && y.length < 2 * season)) {
      throw new ModelFailure("ETS needs at least 3 observations, series has " + y.length);
    }
    double[] best = optimise(y, season);
    EtsState state = EtsState.filter(y, season, EtsParameters.fromUnitBox(best));
    return new EtsFit(EtsParameters.fromUnitBox(best), season, state);
  }

  private static double[] optimise(double[] y, int season) {
    int d = season > 0 ? 4 : 3;
    double[] start = d == 4 ? new double[] {0.3, 0.1, 0.1, 0.9} : new double[] {0.3, 0.1, 0.9};
    double[] lower = new double[d];
    double[] upper = new double[d];
    java.util.Arrays.fill(upper, 1.0);
    BestPoint tracker = new BestPoint(y, season);
    try {
      new BOBYQAOptimizer(2 * d + 1, 0.2, 1e-6)
          .optimize(
              new MaxEval(MAX_EVALUATIONS),
              new ObjectiveFunction(tracker),
              GoalType.MINIMIZE,
              new InitialGuess(start),
              new SimpleBounds(lower, upper));
    } catch (TooManyEvaluationsException e) {
      // keep the best point seen so far: good enough for a forecast, and deterministic
    }
    if (tracker.point == null) {
      throw new ModelFailure("ETS objective is not finite anywhere");
    }
    return tracker.point;
  }

  /** The objective; remembers the best point so a stopped optimiser still yields an answer. */
  private static final class BestPoint
      implements org.apache.commons.math3.analysis.MultivariateFunction {
    private final double[] y;
    private final int season;
    private double[] point;
    private double sse = Double.POSITIVE_INFINITY;

    BestPoint(double[] y, int season) {
      this.y = y;
      this.season = season;
    }

    @Override
    public double value(double[] x) {
      double value = EtsState.filter(y, season, EtsParameters.fromUnitBox(x)).sse();
      if (!Double.isFinite(value)) {
        return Double.MAX_VALUE;
      }
      if (value < sse) {
        sse = value;
        point = x.clone();
      }
      return value;
    }
  }

  /** A fitted ETS model: parameters, season (0 = none) and final states. */
  public record EtsFit(EtsParameters parameters, int season, EtsState state) implements Fitted {
    @Override
    public double[] predictMean(int h) {
      return state.forecast(h, parameters.phi());
    }

    @Override
    public String label() {
      return season > 0 ? "ETS(A,Ad,A)" : "ETS(A,Ad,N)";
    }
  }
}
