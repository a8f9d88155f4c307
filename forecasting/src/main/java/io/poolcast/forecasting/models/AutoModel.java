package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a model per series:
 *
 * <ol>
 *   <li>degenerate series get a baseline with a note: all zeros → {@link ZeroForecast}, a single
 *       observation or a constant series → {@link Naive};
 *   <li>otherwise the series is classified ({@link DemandClass}) and that class's candidates are
 *       backtested on the series' <em>own last windows</em> — inside the history it was given, so a
 *       cross-validation or the final forecast window is never seen — and the lowest mean RMSSE
 *       wins (ties: the earlier candidate).
 * </ol>
 *
 * Tuning windows: {@code tuningWindows} consecutive windows of {@code min(tuningHorizon, n/4)}
 * steps, each keeping at least half the series as training. A series too short for one window gets
 * the first candidate of its class with a note.
 */
public final class AutoModel implements ForecastModel {
  private final int tuningHorizon;
  private final int tuningWindows;
  private final Map<DemandClass, List<ForecastModel>> candidates;

  public AutoModel() {
    this(28, 2);
  }

  public AutoModel(int tuningHorizon, int tuningWindows) {
    this(tuningHorizon, tuningWindows, defaultCandidates());
  }

  public AutoModel(
      int tuningHorizon, int tuningWindows, Map<DemandClass, List<ForecastModel>> candidates) {
    if (tuningHorizon < 1 || tuningWindows < 1) {
      throw new IllegalArgumentException("tuning horizon and windows must be >= 1");
    }
    for (DemandClass c : DemandClass.values()) {
      if (candidates.getOrDefault(c, List.of()).isEmpty()) {
        throw new IllegalArgumentException("no candidates for demand class " + c);
      }
    }
    this.tuningHorizon = tuningHorizon;
    this.tuningWindows = tuningWindows;
    this.candidates = new EnumMap<>(candidates);
  }

  /** Continuous demand: seasonal and level/trend models; intermittent: Croston family. */
  public static Map<DemandClass, List<ForecastModel>> defaultCandidates() {
    Map<DemandClass, List<ForecastModel>> map = new EnumMap<>(DemandClass.class);
    MovingAverage ma28 = new MovingAverage(28);
    map.put(
        DemandClass.SMOOTH,
        List.of(new SeasonalNaive(), Ets.dampedSeasonal(), Ets.nonSeasonal(), ma28));
    map.put(DemandClass.ERRATIC, List.of(new SeasonalNaive(), Ets.dampedSeasonal(), ma28));
    map.put(DemandClass.INTERMITTENT, List.of(Croston.sba(), Croston.classic(), new Tsb(), ma28));
    map.put(DemandClass.LUMPY, List.of(Croston.sba(), new Tsb(), ma28));
    return map;
  }

  @Override
  public String name() {
    return "Auto";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("tuningHorizon", tuningHorizon);
    h.put("tuningWindows", tuningWindows);
    h.put("selection", "lowest mean RMSSE over the tuning windows");
    Map<String, List<String>> names = new LinkedHashMap<>();
    candidates.forEach(
        (c, models) -> names.put(c.name(), models.stream().map(ForecastModel::name).toList()));
    h.put("candidates", names);
    return h;
  }

  @Override
  public AutoFit fit(Series series) {
    double[] y = series.y();
    for (double v : y) {
      if (!Double.isFinite(v)) {
        throw new ModelFailure("series has missing or non-finite values");
      }
    }
    Degenerate degenerate = Degenerate.of(y);
    if (degenerate != null) {
      ForecastModel baseline = degenerate.baseline();
      return new AutoFit(baseline, baseline.fit(series), null, degenerate.note());
    }
    DemandClass demandClass = DemandClass.classify(y);
    List<ForecastModel> pool = candidates.get(demandClass);
    CandidateScores scores = CandidateScores.backtest(series, pool, tuningHorizon, tuningWindows);
    ForecastModel chosen = scores.best();
    String note =
        scores.windows() == 0 ? "too short to backtest; first " + demandClass + " candidate" : null;
    return new AutoFit(chosen, chosen.fit(series), demandClass, note);
  }

  /** The selection for one series; forecasts with the chosen model's fit. */
  public record AutoFit(ForecastModel chosen, Fitted fitted, DemandClass demandClass, String note)
      implements Fitted {
    @Override
    public double[] predictMean(int h) {
      return fitted.predictMean(h);
    }

    @Override
    public String label() {
      return fitted.label();
    }

    @Override
    public String note() {
      return note;
    }

    @Override
    public ForecastModel calibrationModel(ForecastModel fittedBy) {
      return chosen;
    }
  }

  /** Series that need no model selection. */
  private enum Degenerate {
    ALL_ZERO("all-zero series: zero forecast"),
    SINGLE("single observation: naive forecast"),
    CONSTANT("constant series: naive forecast");

    private final String note;

    Degenerate(String note) {
      this.note = note;
    }

    static Degenerate of(double[] y) {
      boolean allZero = true;
      boolean constant = true;
      for (double v : y) {
        allZero &= v == 0;
        constant &= v == y[0];
      }
      if (allZero) {
        return ALL_ZERO;
      }
      if (y.length == 1) {
        return SINGLE;
      }
      return constant ? CONSTANT : null;
    }

    ForecastModel baseline() {
      return this == ALL_ZERO ? new ZeroForecast() : new Naive();
    }

    String note() {
      return note;
    }
  }
}
