package io.poolcast.forecasting.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exogenous columns of one series: per column a day-indexed array aligned with {@code y} (index
 * 0 = the series' start). An array may run <b>past</b> the demand history: those days are the known
 * future (planned prices and promotions from a future file, or — in a backtest — the actual
 * held-out rows, since {@link Series#head} keeps them). Days past an array's end follow the
 * column's {@link ExogenousColumn#missing} rule. Immutable; gaps are already filled.
 */
public final class Exogenous {
  public static final Exogenous NONE = new Exogenous(List.of(), new double[0][]);

  private final List<ExogenousColumn> columns;
  private final double[][] values;

  public Exogenous(List<ExogenousColumn> columns, double[][] values) {
    if (columns.size() != values.length) {
      throw new IllegalArgumentException(columns.size() + " columns, " + values.length + " arrays");
    }
    this.columns = List.copyOf(columns);
    this.values = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      this.values[c] = Objects.requireNonNull(values[c]).clone();
    }
  }

  public List<ExogenousColumn> columns() {
    return columns;
  }

  public boolean isEmpty() {
    return columns.isEmpty();
  }

  /** Index of the named column, or -1. */
  public int indexOf(String name) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).name().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  /** Days the column has values for, counted from the series' start (history + known future). */
  public int knownLength(int column) {
    return values[column].length;
  }

  /**
   * The value of a column on day {@code index} (0 = series start): the given value, or past the
   * known days the column's rule (price: the last known price; event, stock-out: 0). NaN before the
   * start.
   */
  public double value(int column, int index) {
    double[] v = values[column];
    if (index < 0) {
      return Double.NaN;
    }
    if (index < v.length) {
      return v[index];
    }
    return columns.get(column).missing(v.length == 0 ? Double.NaN : v[v.length - 1]);
  }

  /** The days from {@code from} on (what a fitted model keeps of a long series). */
  public Exogenous from(int from) {
    double[][] out = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      out[c] = Arrays.copyOfRange(values[c], Math.min(from, values[c].length), values[c].length);
    }
    return new Exogenous(columns, out);
  }

  /**
   * These values with the known future appended: {@code future} maps a column name to its values on
   * days {@code historyLength, historyLength + 1, ...} (NaN = not given, filled by the rule).
   */
  public Exogenous withFuture(int historyLength, Map<String, double[]> future) {
    double[][] out = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      double[] f = future.get(columns.get(c).name());
      int length = historyLength + (f == null ? 0 : f.length);
      out[c] = Arrays.copyOf(values[c], Math.max(length, 0));
      Arrays.fill(out[c], Math.min(values[c].length, out[c].length), out[c].length, Double.NaN);
      if (f != null) {
        System.arraycopy(f, 0, out[c], historyLength, f.length);
      }
      columns.get(c).fill(out[c]);
    }
    return new Exogenous(columns, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exogenous e
        && columns.equals(e.columns)
        && Arrays.deepEquals(values, e.values);
  }

  @Override
  public int hashCode() {
    return 31 * columns.hashCode() + Arrays.deepHashCode(values);
  }
}
