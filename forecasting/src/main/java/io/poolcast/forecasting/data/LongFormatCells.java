package io.poolcast.forecasting.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Cell rules shared by the history reader ({@link LongFormatRows}) and the future reader ({@link
 * KnownFutureRows}): ids, dates, demand and exogenous values from text (CSV) or typed values
 * (Parquet), with errors naming the line or row and the value.
 */
final class LongFormatCells {
  private static final double[] NO_VALUES = new double[0];

  /** Distinct date texts remembered while reading (a daily file of 20 years has 7,300). */
  private static final int MAX_CACHED_DATES = 1 << 16;

  private final java.util.Map<String, LocalDate> seenDates = new java.util.HashMap<>();
  private final LongFormat format;
  private final RowUnit unit;

  LongFormatCells(LongFormat format, RowUnit unit) {
    this.format = format;
    this.unit = unit;
  }

  LongFormat format() {
    return format;
  }

  RowUnit unit() {
    return unit;
  }

  /** Refuses a missing id, ds (and y, when {@code withY}) column or exogenous column. */
  void requireColumns(List<String> columns, boolean withY) {
    List<String> required =
        withY
            ? List.of(format.idColumn(), format.dsColumn(), format.yColumn())
            : List.of(format.idColumn(), format.dsColumn());
    for (String name : required) {
      if (!columns.contains(name)) {
        throw new InvalidInputException(
            unit, unit.headerPosition(), "missing column '" + name + "' in " + columns);
      }
    }
  }

  String id(Object raw, long position) {
    String id = raw == null ? "" : text(raw);
    if (id.isEmpty()) {
      throw new InvalidInputException(unit, position, "empty " + format.idColumn());
    }
    return id;
  }

  static String text(Object value) {
    return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
  }

  LocalDate date(Object raw, long position) {
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

  double demand(Object raw, long position) {
    double y = number(format.yColumn(), raw, position);
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

  /** An exogenous cell: empty or null is NaN (a gap, filled by the column's rule). */
  double exogenous(ExogenousColumn column, Object raw, long position) {
    if (raw == null || (raw instanceof CharSequence s && s.toString().isBlank())) {
      return Double.NaN;
    }
    double v = number(column.name(), raw, position);
    String problem = column.problem(v);
    if (problem != null) {
      throw new InvalidInputException(
          unit, position, column.name() + " " + problem + ": '" + raw + "'");
    }
    return v;
  }

  /** The exogenous cells of one row, in column order; a column the file lacks is NaN. */
  double[] exogenous(Function<String, ?> values, long position) {
    if (format.exogenous().isEmpty()) {
      return NO_VALUES;
    }
    double[] out = new double[format.exogenous().size()];
    for (int c = 0; c < out.length; c++) {
      ExogenousColumn column = format.exogenous().get(c);
      out[c] = exogenous(column, values.apply(column.name()), position);
    }
    return out;
  }

  private double number(String column, Object raw, long position) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    if (raw instanceof CharSequence s) {
      try {
        return Double.parseDouble(s.toString());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new InvalidInputException(unit, position, column + " is not a number: '" + raw + "'");
  }
}
