package io.poolcast.forecasting.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 *   <li>every other column becomes a series attribute; the first row of a series sets them;
 *   <li>frequency is detected ({@link Frequency#detect}) unless given;
 *   <li><b>missing dates between a series' first and last date are explicit zeros</b>: in wholesale
 *       demand a day without an order line is a day without demand. Dates before a series' first
 *       row are not invented (a shop that opened later starts later).
 * </ul>
 */
public final class LongFormatRows {
  /** Distinct date texts remembered while reading (a daily file of 20 years has 7,300). */
  private static final int MAX_CACHED_DATES = 1 << 16;

  private final java.util.Map<String, LocalDate> seenDates = new java.util.HashMap<>();

  private final LongFormat format;
  private final RowUnit unit;
  private final List<String> attributeColumns;
  private final Map<String, SeriesAccumulator> byId = new LinkedHashMap<>();
  private final WeekdayTracker weekdays = new WeekdayTracker();

  /**
   * @param columns the input's column names, in file order
   * @throws InvalidInputException if the id, date or value column is missing
   */
  public LongFormatRows(LongFormat format, List<String> columns, RowUnit unit) {
    this.format = format;
    this.unit = unit;
    for (String required : List.of(format.idColumn(), format.dsColumn(), format.yColumn())) {
      if (!columns.contains(required)) {
        throw new InvalidInputException(
            unit, unit.headerPosition(), "missing column '" + required + "' in " + columns);
      }
    }
    List<String> attributes = new ArrayList<>(columns);
    attributes.removeAll(List.of(format.idColumn(), format.dsColumn(), format.yColumn()));
    this.attributeColumns = List.copyOf(attributes);
  }

  /**
   * One row. {@code values} maps a column name to its value: a String, a Number, a LocalDate, a
   * LocalDateTime, an Instant or OffsetDateTime, or null.
   */
  public void add(long position, Function<String, ?> values) {
    Object rawId = values.apply(format.idColumn());
    String id = rawId == null ? "" : text(rawId);
    if (id.isEmpty()) {
      throw new InvalidInputException(unit, position, "empty " + format.idColumn());
    }
    LocalDate ds = date(values.apply(format.dsColumn()), position);
    double y = demand(values.apply(format.yColumn()), position);
    weekdays.add(ds);
    SeriesAccumulator acc = byId.get(id);
    if (acc == null) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String column : attributeColumns) {
        Object value = values.apply(column);
        attributes.put(column, value == null ? "" : text(value));
      }
      acc = new SeriesAccumulator(id, attributes);
      byId.put(id, acc);
    }
    acc.add(ds.toEpochDay(), y, position);
  }

  /** The series read so far, sorted, gaps filled with zeros. */
  public SeriesFrame frame() {
    if (byId.isEmpty()) {
      throw new InvalidInputException(unit, 0, "no data rows");
    }
    Frequency freq = format.frequency() != null ? format.frequency() : weekdays.frequency();
    List<Series> series = new ArrayList<>(byId.size());
    for (SeriesAccumulator acc : byId.values()) {
      series.add(acc.toSeries(freq, unit));
    }
    return new SeriesFrame(series);
  }

  private static String text(Object value) {
    return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
  }

  private LocalDate date(Object raw, long position) {
    if (raw instanceof LocalDate d) {
      return d;
    }
    if (raw instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (raw instanceof Instant t) {
      return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    if (raw instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
    if (raw instanceof CharSequence s) {
      return parseDate(s.toString(), position);
    }
    throw new InvalidInputException(
        unit, position, format.dsColumn() + " is not a date: '" + raw + "'");
  }

  /** An ISO date, ignoring a time suffix ({@code 2024-03-01 00:00:00} or {@code …T…}). */
  static LocalDate isoDateText(String raw) {
    String text =
        raw.length() > 10 && (raw.charAt(10) == ' ' || raw.charAt(10) == 'T')
            ? raw.substring(0, 10)
            : raw;
    return LocalDate.parse(text);
  }

  /**
   * Parses a date once per distinct text: LocalDate.parse costs about a microsecond, a third of a
   * CSV row's reading time, and a long file repeats the same few thousand dates millions of times.
   */
  private LocalDate parseDate(String raw, long position) {
    LocalDate known = seenDates.get(raw);
    if (known != null) {
      return known;
    }
    LocalDate date = parseDateText(raw, position);
    if (seenDates.size() < MAX_CACHED_DATES) {
      seenDates.put(raw, date);
    }
    return date;
  }

  private LocalDate parseDateText(String raw, long position) {
    try {
      return isoDateText(raw);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          unit, position, format.dsColumn() + " is not an ISO date: '" + raw + "'");
    }
  }

  private double demand(Object raw, long position) {
    double y;
    if (raw instanceof Number n) {
      y = n.doubleValue();
    } else if (raw instanceof CharSequence s) {
      try {
        y = Double.parseDouble(s.toString());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            unit, position, format.yColumn() + " is not a number: '" + raw + "'");
      }
    } else {
      throw new InvalidInputException(
          unit, position, format.yColumn() + " is not a number: '" + raw + "'");
    }
    if (!Double.isFinite(y)) {
      throw new InvalidInputException(
          unit, position, format.yColumn() + " is not a finite number: '" + raw + "'");
    }
    if (y < 0) {
      throw new InvalidInputException(
          unit, position, format.yColumn() + " is negative: '" + raw + "'");
    }
    return y;
  }
}
