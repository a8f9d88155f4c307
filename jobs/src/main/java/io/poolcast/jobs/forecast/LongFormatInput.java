package io.poolcast.jobs.forecast;

import io.poolcast.connectors.parquet.ParquetRows;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.LongFormatRows;
import io.poolcast.forecasting.data.RowUnit;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Long-format series from Parquet, CSV or gzipped CSV, told apart by content (Parquet files start
 * with {@code PAR1}, gzip with 1f 8b), not by name. Both go through forecasting's {@link
 * LongFormatRows}, so the rules and messages are the same; CSV errors name the line, Parquet errors
 * the 1-based data row.
 */
public final class LongFormatInput {
  private LongFormatInput() {}

  public static SeriesFrame read(Path file, LongFormat format) {
    return ParquetRows.isParquet(file)
        ? readParquet(file, format)
        : new LongFormatCsv(format).readFrame(file);
  }

  private static SeriesFrame readParquet(Path file, LongFormat format) {
    RowsVisitor visitor = new RowsVisitor(format);
    ParquetRows.read(file, visitor);
    return visitor.rows.frame();
  }

  private static final class RowsVisitor implements ParquetRows.Visitor {
    private final LongFormat format;
    private LongFormatRows rows;

    RowsVisitor(LongFormat format) {
      this.format = format;
    }

    @Override
    public void columns(List<String> names) {
      rows = new LongFormatRows(format, names, RowUnit.ROW);
    }

    @Override
    public void row(long number, Function<String, Object> values) {
      rows.add(number, values);
    }
  }
}
