package io.poolcast.forecasting.data;

import java.util.function.Function;

/**
 * Receives the rows of a long-format file, whatever its format: CSV hands over text, Parquet typed
 * values. {@link LongFormatRows} builds the history, {@link KnownFutureRows} the known future.
 */
public interface LongFormatSink {
  /**
   * One row at {@code position} (CSV line or 1-based Parquet row); {@code values} maps a column
   * name to its value (String, Number, LocalDate, LocalDateTime, Instant, OffsetDateTime or null).
   */
  void add(long position, Function<String, ?> values);
}
