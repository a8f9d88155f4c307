package io.poolcast.forecasting.data;

import java.util.List;
import java.util.Objects;

/**
 * Which columns of a long-format input hold the series id, the date and the demand, the frequency
 * (null: detect it) and the exogenous daily columns (price, promotion, stock-out; read per day
 * instead of as series attributes). Shared by every reader (CSV, Parquet) so they apply one rule
 * set, {@link LongFormatRows}.
 */
public record LongFormat(
    String idColumn,
    String dsColumn,
    String yColumn,
    Frequency frequency,
    List<ExogenousColumn> exogenous) {
  public static final LongFormat DEFAULT = new LongFormat("unique_id", "ds", "y", null);

  public LongFormat(String idColumn, String dsColumn, String yColumn, Frequency frequency) {
    this(idColumn, dsColumn, yColumn, frequency, List.of());
  }

  public LongFormat {
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(dsColumn, "dsColumn");
    Objects.requireNonNull(yColumn, "yColumn");
    if (idColumn.equals(dsColumn) || idColumn.equals(yColumn) || dsColumn.equals(yColumn)) {
      throw new IllegalArgumentException("id, ds and y must be three different columns");
    }
    exogenous = List.copyOf(exogenous);
    for (ExogenousColumn c : exogenous) {
      if (List.of(idColumn, dsColumn, yColumn).contains(c.name())) {
        throw new IllegalArgumentException(c.name() + " cannot be both exogenous and id, ds or y");
      }
    }
  }

  /** The same columns with a forced frequency. */
  public LongFormat withFrequency(Frequency forced) {
    return new LongFormat(idColumn, dsColumn, yColumn, forced, exogenous);
  }

  /** The same columns with these exogenous daily columns. */
  public LongFormat withExogenous(List<ExogenousColumn> columns) {
    return new LongFormat(idColumn, dsColumn, yColumn, frequency, columns);
  }
}
