package io.poolcast.forecasting.gbm;

/**
 * A range of forecast steps {@code [from, to]} served by one direct model. Its lag features are
 * whole weeks at least {@code to} steps back, so every lag is observed at the forecast origin for
 * every step of the bucket (no recursion, no leakage).
 */
public record HorizonBucket(int from, int to) implements java.io.Serializable {
  public HorizonBucket {
    if (from < 1 || to < from) {
      throw new IllegalArgumentException("bad horizon bucket [" + from + ", " + to + "]");
    }
  }

  /**
   * Three weekly lags: the first whole week at or past {@code to}, one week and three weeks more.
   */
  public int[] lags() {
    int first = 7 * (int) Math.ceil(to / 7.0);
    return new int[] {first, first + 7, first + 21};
  }

  public boolean contains(int step) {
    return step >= from && step <= to;
  }
}
