package io.poolcast.connectors.parquet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A test row with every component type {@link RecordAvroSchema} supports. */
public record AllTypes(
    String name,
    int count,
    Integer maybeCount,
    long listPriceCents,
    Long maybeCents,
    double share,
    Double maybeShare,
    boolean active,
    Boolean maybeActive,
    Instant eventTime,
    LocalDate deliveryDate,
    LocalTime cutoffTime,
    Color color,
    DayOfWeek deliveryDay,
    List<String> tags,
    List<Long> amounts,
    List<Color> colors,
    List<LocalDate> holidays,
    List<Line> lines,
    Line mainLine,
    Line otherLine) {

  public enum Color {
    RED,
    GREEN
  }

  public record Line(String sku, int quantity, long listPriceCents) {}
}
