package io.poolcast.jobs.backfill;

import io.poolcast.events.RawEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.nio.file.Path;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A CSV export of events ({@code .csv} or {@code .csv.gz}; the columns {@link CsvEventRows}
 * describes), read whole.
 *
 * @param table which events, e.g. shop orders: names the source operator (two inputs of one
 *     backfill must differ) and gives the columns
 */
public record CsvInput(Path file, ArchiveInput.Table table) implements BackfillInput {
  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    FileSource<RawEvent> source =
        FileSource.forRecordStreamFormat(
                new CsvEvents(file.getFileName().toString(), table.type()),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
            .build();
    return env.fromSource(source, EventTimes.rawEvents(), "backfill csv " + table.stream())
        .uid("backfill-source-csv-" + table.stream());
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
