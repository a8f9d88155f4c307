package io.poolcast.forecasting.models;

/** A model fitted to one series. */
public interface Fitted {
  /**
   * Point forecasts (the conditional mean) for the next {@code h} steps after the series end. May
   * be negative or non-finite; the forecaster checks and clamps.
   */
  double[] predictMean(int h);

  /**
   * What was actually fitted, e.g. {@code ETS(A,Ad,A)} or the model chosen by {@link AutoModel};
   * counted per series in the model card.
   */
  String label();

  /** A remark to keep with the result (e.g. why a baseline was chosen); null when none. */
  default String note() {
    return null;
  }

  /**
   * The model whose refits calibrate the intervals. For most models that is the model itself;
   * {@link AutoModel} returns the candidate it selected, so calibration does not re-run the
   * selection at every calibration origin.
   */
  default ForecastModel calibrationModel(ForecastModel fittedBy) {
    return fittedBy;
  }
}
