package io.poolcast.forecasting;

/** What one model did for one series: the fitted label and the fallback/selection note. */
public record SeriesFit(String uniqueId, String model, String label, String reason) {
  /** True when the model failed and a baseline was used. */
  public boolean fellBack() {
    return reason != null && reason.contains("fell back to");
  }
}
