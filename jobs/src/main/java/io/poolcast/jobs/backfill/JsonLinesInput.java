package io.poolcast.jobs.backfill;

import io.poolcast.events.RawEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.nio.file.Path;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** A JSON-lines export of shop-order events ({@code .jsonl} or {@code .jsonl.gz}), read whole. */
public record JsonLinesInput(Path file) implements BackfillInput {
  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    FileSource<RawEvent> source =
        FileSource.forRecordStreamFormat(
                new JsonLinesEvents(file.getFileName().toString()),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
            .build();
    return env.fromSource(source, EventTimes.rawEvents(), "backfill shop-orders")
        .uid("backfill-source-shop-orders");
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
