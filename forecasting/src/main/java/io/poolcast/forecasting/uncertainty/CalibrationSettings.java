package io.poolcast.forecasting.uncertainty;

/**
 * How conformal intervals are calibrated: {@code windows} rolling origins {@code stride} steps
 * apart at the end of each series' history, and at least {@code minPool} residuals per horizon step
 * (neighbouring steps are pooled until there are enough).
 */
public record CalibrationSettings(int windows, int stride, int minPool) {
  public static final CalibrationSettings DEFAULT = new CalibrationSettings(8, 7, 40);

  public CalibrationSettings {
    if (windows < 1 || stride < 1 || minPool < 1) {
      throw new IllegalArgumentException("windows, stride and minPool must be >= 1");
    }
  }
}
