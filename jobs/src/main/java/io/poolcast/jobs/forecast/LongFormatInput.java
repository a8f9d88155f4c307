package io.poolcast.jobs.forecast;

import io.poolcast.connectors.parquet.ParquetRows;
import io.poolcast.forecasting.data.KnownFuture;
import io.poolcast.forecasting.data.KnownFutureRows;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.LongFormatRows;
import io.poolcast.forecasting.data.LongFormatSink;
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
        ? readParquet(file, columns -> new LongFormatRows(format, columns, RowUnit.ROW)).frame()
        : new LongFormatCsv(format).readFrame(file);
  }

  /** A known-future file (id, ds, exogenous columns) appended to {@code history}. */
  public static KnownFuture readFuture(Path file, LongFormat format, SeriesFrame history) {
    return ParquetRows.isParquet(file)
        ? readParquet(file, columns -> new KnownFutureRows(format, columns, RowUnit.ROW, history))
            .result()
        : new LongFormatCsv(format).readFuture(file, history);
  }

  private static <T extends LongFormatSink> T readParquet(
      Path file, Function<List<String>, T> sinkOf) {
    RowsVisitor<T> visitor = new RowsVisitor<>(sinkOf);
    ParquetRows.read(file, visitor);
    return visitor.sink;
  }

  private static final class RowsVisitor<T extends LongFormatSink> implements ParquetRows.Visitor {
    private final Function<List<String>, T> sinkOf;
    private T sink;

    RowsVisitor(Function<List<String>, T> sinkOf) {
      this.sinkOf = sinkOf;
    }

    @Override
    public void columns(List<String> names) {
      sink = sinkOf.apply(names);
    }

    @Override
    public void row(long number, Function<String, Object> values) {
      sink.add(number, values);
    }
  }
}
