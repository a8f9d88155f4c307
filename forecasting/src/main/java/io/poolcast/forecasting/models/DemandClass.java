package io.poolcast.forecasting.models;

/**
 * Syntetos-Boylan demand classes from the average demand interval ADI (periods per non-zero demand,
 * {@code n / count(y > 0)}) and the squared coefficient of variation CV² of the non-zero demand
 * sizes, with the classic cut-offs ADI = 1.32 and CV² = 0.49.
 */
public enum DemandClass {
  SMOOTH,
  ERRATIC,
  INTERMITTENT,
  LUMPY;

  public static final double ADI_CUTOFF = 1.32;
  public static final double CV2_CUTOFF = 0.49;

  public static DemandClass classify(double[] y) {
    int count = 0;
    double sum = 0;
    double sumSq = 0;
    for (double v : y) {
      if (v > 0) {
        count++;
        sum += v;
        sumSq += v * v;
      }
    }
    if (count == 0) {
      return LUMPY; // no demand at all; callers treat all-zero series separately
    }
    double adi = (double) y.length / count;
    double mean = sum / count;
    double variance = Math.max(0, sumSq / count - mean * mean);
    double cv2 = variance / (mean * mean);
    boolean frequent = adi < ADI_CUTOFF;
    boolean stable = cv2 < CV2_CUTOFF;
    if (frequent) {
      return stable ? SMOOTH : ERRATIC;
    }
    return stable ? INTERMITTENT : LUMPY;
  }
}
