package io.poolcast.forecasting.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Collects one series' rows in input order, then sorts, checks duplicates and zero-fills gaps
 * (exogenous gaps follow {@link ExogenousColumn#fill}).
 */
final class SeriesAccumulator {
  private final String id;
  private final Map<String, String> attributes;
  private final List<ExogenousColumn> exogenousColumns;
  private long[] days = new long[16];
  private double[] values = new double[16];
  private double[][] exogenous; // per row; null without exogenous columns (saves memory at M5 size)
  private long[] lines = new long[16];
  private int size;

  SeriesAccumulator(
      String id, Map<String, String> attributes, List<ExogenousColumn> exogenousColumns) {
    this.id = id;
    this.attributes = attributes;
    this.exogenousColumns = exogenousColumns;
    this.exogenous = exogenousColumns.isEmpty() ? null : new double[16][];
  }

  void add(long epochDay, double y, double[] exogenousValues, long line) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      values = Arrays.copyOf(values, size * 2);
      exogenous = exogenous == null ? null : Arrays.copyOf(exogenous, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
    }
    days[size] = epochDay;
    values[size] = y;
    if (exogenous != null) {
      exogenous[size] = exogenousValues;
    }
    lines[size] = line;
    size++;
  }

  Series toSeries(Frequency frequency, RowUnit unit) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // Sort by date, ties by line so the duplicate message names the later line.
    Arrays.sort(
        order,
        (a, b) ->
            days[a] != days[b] ? Long.compare(days[a], days[b]) : Long.compare(lines[a], lines[b]));
    long firstDay = days[order[0]];
    long lastDay = days[order[size - 1]];
    int step = frequency.stepDays();
    int length = Math.toIntExact((lastDay - firstDay) / step + 1);
    double[] y = new double[length]; // gaps stay 0: no order line means no demand
    double[][] exog = new double[exogenousColumns.size()][length];
    for (double[] column : exog) {
      Arrays.fill(column, Double.NaN); // gaps: filled by each column's rule below
    }
    for (int k = 0; k < size; k++) {
      int row = order[k];
      if (k > 0 && days[row] == days[order[k - 1]]) {
        throw new InvalidInputException(
            unit,
            lines[row],
            "duplicate (unique_id="
                + id
                + ", ds="
                + LocalDate.ofEpochDay(days[row])
                + "), first seen on "
                + unit.word()
                + " "
                + lines[order[k - 1]]);
      }
      long offset = days[row] - firstDay;
      if (offset % step != 0) {
        throw new InvalidInputException(
            unit,
            lines[row],
            "ds "
                + LocalDate.ofEpochDay(days[row])
                + " is not on the "
                + frequency
                + " grid of series "
                + id);
      }
      int index = (int) (offset / step);
      y[index] = values[row];
      for (int c = 0; c < exog.length; c++) {
        exog[c][index] = exogenous[row][c];
      }
    }
    for (int c = 0; c < exog.length; c++) {
      exogenousColumns.get(c).fill(exog[c]);
    }
    Exogenous covariates =
        exog.length == 0 ? Exogenous.NONE : new Exogenous(exogenousColumns, exog);
    return new Series(id, LocalDate.ofEpochDay(firstDay), frequency, y, attributes, covariates);
  }
}
