package io.poolcast.forecasting.data;

import java.util.Objects;

/**
 * Which columns of a long-format input hold the series id, the date and the demand, and the
 * frequency (null: detect it). Shared by every reader (CSV, Parquet) so they apply one rule set,
 * {@link LongFormatRows}.
 */
public record LongFormat(String idColumn, String dsColumn, String yColumn, Frequency frequency) {
  public static final LongFormat DEFAULT = new LongFormat("unique_id", "ds", "y", null);

  public LongFormat {
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(dsColumn, "dsColumn");
    Objects.requireNonNull(yColumn, "yColumn");
    if (idColumn.equals(dsColumn) || idColumn.equals(yColumn) || dsColumn.equals(yColumn)) {
      throw new IllegalArgumentException("id, ds and y must be three different columns");
    }
  }

  /** The same columns with a forced frequency. */
  public LongFormat withFrequency(Frequency forced) {
    return new LongFormat(idColumn, dsColumn, yColumn, forced);
  }
}
