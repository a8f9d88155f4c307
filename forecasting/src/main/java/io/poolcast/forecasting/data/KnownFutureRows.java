package io.poolcast.forecasting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a known-future file — the history's long format ({@code unique_id, ds}) with exogenous
 * columns only, dated after each series' last date: planned prices and promotions — and appends it
 * to the history's {@link Exogenous} values. Rules:
 *
 * <ul>
 *   <li>the file needs the id and date columns and at least one of the exogenous columns; an
 *       exogenous column it lacks, a missing day or an empty cell follow the column's rule ({@link
 *       ExogenousColumn#missing}: price the last known, promotion and stock-out 0);
 *   <li>any other column (even {@code y}) is not read, so no demand can enter through it;
 *   <li>rows of series not in the history, and rows on or before a series' last date, are counted
 *       and skipped ({@link KnownFuture#warning()}), not an error;
 *   <li>bad values, dates off the frequency grid and duplicate (id, ds) pairs are errors naming the
 *       line or row, as in the history.
 * </ul>
 */
public final class KnownFutureRows implements LongFormatSink {
  private final LongFormatCells cells;
  private final SeriesFrame history;
  private final List<ExogenousColumn> present = new ArrayList<>();
  private final Map<String, TreeMap<Integer, double[]>> rowsById = new HashMap<>();
  private final Map<String, Long> positions = new HashMap<>();
  private final TreeSet<String> unknownIds = new TreeSet<>();
  private long unknownRows;
  private long pastRows;
  private long usedRows;

  public KnownFutureRows(
      LongFormat format, List<String> columns, RowUnit unit, SeriesFrame history) {
    this.cells = new LongFormatCells(format, unit);
    this.history = history;
    cells.requireColumns(columns, false);
    for (ExogenousColumn c : format.exogenous()) {
      if (columns.contains(c.name())) {
        present.add(c);
      }
    }
    if (present.isEmpty()) {
      throw new InvalidInputException(
          unit,
          unit.headerPosition(),
          "the future file has none of the exogenous columns "
              + format.exogenous().stream().map(ExogenousColumn::name).toList()
              + "; columns: "
              + String.join(", ", columns));
    }
  }

  @Override
  public void add(long position, Function<String, ?> values) {
    String id = cells.id(values.apply(cells.format().idColumn()), position);
    Series series = history.get(id);
    if (series == null) {
      unknownRows++;
      unknownIds.add(id);
      return;
    }
    LocalDate ds = cells.date(values.apply(cells.format().dsColumn()), position);
    int step = series.frequency().stepDays();
    long days = ds.toEpochDay() - series.lastDate().toEpochDay();
    if (days <= 0) {
      pastRows++;
      return;
    }
    if (days % step != 0) {
      throw new InvalidInputException(
          cells.unit(),
          position,
          "ds " + ds + " is not on the " + series.frequency() + " grid of series " + id);
    }
    int offset = Math.toIntExact(days / step);
    double[] row = new double[cells.format().exogenous().size()];
    Arrays.fill(row, Double.NaN);
    for (ExogenousColumn c : present) {
      row[cells.format().exogenous().indexOf(c)] =
          cells.exogenous(c, values.apply(c.name()), position);
    }
    String key = id + "\u0000" + offset;
    Long first = positions.putIfAbsent(key, position);
    if (first != null) {
      throw new InvalidInputException(
          cells.unit(),
          position,
          "duplicate (unique_id="
              + id
              + ", ds="
              + ds
              + "), first seen on "
              + cells.unit().word()
              + " "
              + first);
    }
    rowsById.computeIfAbsent(id, k -> new TreeMap<>()).put(offset, row);
    usedRows++;
  }

  /** The history with every series' known future appended. */
  public KnownFuture result() {
    List<Series> out = new ArrayList<>(history.size());
    for (Series s : history.series()) {
      TreeMap<Integer, double[]> rows = rowsById.get(s.uniqueId());
      out.add(
          rows == null ? s : s.withExogenous(s.exogenous().withFuture(s.length(), future(rows))));
    }
    return new KnownFuture(
        new SeriesFrame(out), rowsById.size(), usedRows, unknownRows, unknownIds.size(), pastRows);
  }

  /** Column name to values on future days 1..last (index 0 = the day after the history). */
  private Map<String, double[]> future(TreeMap<Integer, double[]> rows) {
    List<ExogenousColumn> columns = cells.format().exogenous();
    int length = rows.lastKey();
    Map<String, double[]> byColumn = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      double[] values = new double[length];
      Arrays.fill(values, Double.NaN);
      for (Map.Entry<Integer, double[]> row : rows.entrySet()) {
        values[row.getKey() - 1] = row.getValue()[c];
      }
      byColumn.put(columns.get(c).name(), values);
    }
    return byColumn;
  }
}
