package io.poolcast.forecasting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The long-format rules, whatever the file format: a reader hands over each row's values (text from
 * CSV, typed values from Parquet) and gets a {@link SeriesFrame}. Every violation throws {@link
 * InvalidInputException} naming the line or row and the value:
 *
 * <ul>
 *   <li>{@code y} must be a finite, non-negative number (any numeric type, or text that parses);
 *   <li>{@code ds} is a date: a date value, a timestamp (its UTC date; a local timestamp its own
 *       date) or ISO text ({@code 2024-03-01}; a time suffix such as {@code 2024-03-01 00:00:00} is
 *       ignored);
 *   <li>a ({@code unique_id}, {@code ds}) pair may appear only once;
 *   <li>the exogenous columns ({@link LongFormat#exogenous()}: price, promotion, stock-out) are
 *       read per day; a named column the input lacks is refused (the message lists the columns); an
 *       empty cell is a gap; a value must be a finite number, prices and stock-out flags not
 *       negative; gap days (empty cells and the zero-filled days below) follow {@link
 *       ExogenousColumn#fill}: price carried forward, promotion and stock-out 0;
 *   <li>every other column becomes a series attribute; the first row of a series sets them;
 *   <li>frequency is detected ({@link Frequency#detect}) unless given;
 *   <li><b>missing dates between a series' first and last date are explicit zeros</b>: in wholesale
 *       demand a day without an order line is a day without demand. Dates before a series' first
 *       row are not invented (a shop that opened later starts later).
 * </ul>
 */
public final class LongFormatRows implements LongFormatSink {
  private final LongFormat format;
  private final LongFormatCells cells;
  private final List<String> attributeColumns;
  private final Map<String, SeriesAccumulator> byId = new LinkedHashMap<>();
  private final WeekdayTracker weekdays = new WeekdayTracker();

  /**
   * @param columns the input's column names, in file order
   * @throws InvalidInputException if the id, date, value or an exogenous column is missing
   */
  public LongFormatRows(LongFormat format, List<String> columns, RowUnit unit) {
    this.format = format;
    this.cells = new LongFormatCells(format, unit);
    cells.requireColumns(columns, true);
    List<String> attributes = new ArrayList<>(columns);
    attributes.removeAll(List.of(format.idColumn(), format.dsColumn(), format.yColumn()));
    for (ExogenousColumn c : format.exogenous()) {
      if (!columns.contains(c.name())) {
        throw new InvalidInputException(
            unit,
            unit.headerPosition(),
            "unknown exogenous column '" + c.name() + "'; columns: " + String.join(", ", columns));
      }
      attributes.remove(c.name());
    }
    this.attributeColumns = List.copyOf(attributes);
  }

  @Override
  public void add(long position, Function<String, ?> values) {
    String id = cells.id(values.apply(format.idColumn()), position);
    LocalDate ds = cells.date(values.apply(format.dsColumn()), position);
    double y = cells.demand(values.apply(format.yColumn()), position);
    double[] exogenous = cells.exogenous(values, position);
    weekdays.add(ds);
    SeriesAccumulator acc = byId.get(id);
    if (acc == null) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String column : attributeColumns) {
        Object value = values.apply(column);
        attributes.put(column, value == null ? "" : LongFormatCells.text(value));
      }
      acc = new SeriesAccumulator(id, attributes, format.exogenous());
      byId.put(id, acc);
    }
    acc.add(ds.toEpochDay(), y, exogenous, position);
  }

  /** The series read so far, sorted, gaps filled with zeros. */
  public SeriesFrame frame() {
    if (byId.isEmpty()) {
      throw new InvalidInputException(cells.unit(), 0, "no data rows");
    }
    Frequency freq = format.frequency() != null ? format.frequency() : weekdays.frequency();
    List<Series> series = new ArrayList<>(byId.size());
    for (SeriesAccumulator acc : byId.values()) {
      series.add(acc.toSeries(freq, cells.unit()));
    }
    return new SeriesFrame(series);
  }
}
