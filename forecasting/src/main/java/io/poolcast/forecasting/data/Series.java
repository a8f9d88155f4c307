package io.poolcast.forecasting.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One regularly sampled demand series in long format: {@code y[i]} is the demand on {@code start +
 * i} steps. Immutable: the values are copied in and out. {@code attributes} carry the hierarchy
 * columns (sku, region, shop, category, ...) used to group metrics and, later, to reconcile. NaN
 * marks a missing value; models that cannot handle it fail and the forecaster falls back to a
 * baseline. {@link #exogenous()} holds daily covariates (price, promotion, stock-out) aligned with
 * {@code y}, possibly running past it into the known future; only the global GBM model reads them.
 */
public final class Series {
  private final String uniqueId;
  private final LocalDate start;
  private final Frequency frequency;
  private final double[] y;
  private final Map<String, String> attributes;
  private final Exogenous exogenous;

  public Series(
      String uniqueId,
      LocalDate start,
      Frequency frequency,
      double[] y,
      Map<String, String> attributes) {
    this(uniqueId, start, frequency, y, attributes, Exogenous.NONE);
  }

  public Series(
      String uniqueId,
      LocalDate start,
      Frequency frequency,
      double[] y,
      Map<String, String> attributes,
      Exogenous exogenous) {
    this.uniqueId = Objects.requireNonNull(uniqueId, "uniqueId");
    this.start = Objects.requireNonNull(start, "start");
    this.frequency = Objects.requireNonNull(frequency, "frequency");
    this.y = Objects.requireNonNull(y, "y").clone();
    if (this.y.length == 0) {
      throw new IllegalArgumentException("series " + uniqueId + " has no observations");
    }
    this.attributes =
        attributes == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    this.exogenous = Objects.requireNonNull(exogenous, "exogenous");
  }

  public static Series of(String uniqueId, LocalDate start, Frequency frequency, double... y) {
    return new Series(uniqueId, start, frequency, y, Map.of());
  }

  public String uniqueId() {
    return uniqueId;
  }

  public LocalDate start() {
    return start;
  }

  public Frequency frequency() {
    return frequency;
  }

  /** A copy of the values. */
  public double[] y() {
    return y.clone();
  }

  public double y(int index) {
    return y[index];
  }

  public int length() {
    return y.length;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  /** Daily covariates; {@link Exogenous#NONE} when the input named none. */
  public Exogenous exogenous() {
    return exogenous;
  }

  /** The same demand with other covariates (e.g. the known future appended). */
  public Series withExogenous(Exogenous values) {
    return new Series(uniqueId, start, frequency, y, attributes, values);
  }

  public LocalDate dateAt(int index) {
    return frequency.plus(start, index);
  }

  public LocalDate lastDate() {
    return dateAt(y.length - 1);
  }

  /**
   * The first {@code n} observations: the history as seen at a backtest cutoff. The exogenous
   * values are kept whole: after the cutoff they are the known future (planned prices and
   * promotions), never demand.
   */
  public Series head(int n) {
    if (n < 1 || n > y.length) {
      throw new IllegalArgumentException("head(" + n + ") of a series of length " + y.length);
    }
    return new Series(uniqueId, start, frequency, Arrays.copyOf(y, n), attributes, exogenous);
  }

  /** Values {@code [from, to)}: the actuals of a backtest window. */
  public double[] slice(int from, int to) {
    return Arrays.copyOfRange(y, from, to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && uniqueId.equals(s.uniqueId)
        && start.equals(s.start)
        && frequency == s.frequency
        && Arrays.equals(y, s.y)
        && attributes.equals(s.attributes)
        && exogenous.equals(s.exogenous);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uniqueId, start, frequency, Arrays.hashCode(y), attributes, exogenous);
  }

  @Override
  public String toString() {
    return "Series[" + uniqueId + ", " + start + ".." + lastDate() + ", " + frequency + "]";
  }
}
