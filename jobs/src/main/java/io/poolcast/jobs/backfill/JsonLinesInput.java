package io.poolcast.jobs.backfill;

import io.poolcast.events.RawEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A JSON-lines export of events ({@code .jsonl} or {@code .jsonl.gz}), read whole.
 *
 * @param stream which events, e.g. {@code shop-orders}: names the source operator (two inputs of
 *     one backfill must differ)
 */
public record JsonLinesInput(Path file, String stream) implements BackfillInput {
  /** Shop-order events. */
  public JsonLinesInput(Path file) {
    this(file, "shop-orders");
  }

  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    FileSource<RawEvent> source =
        FileSource.forRecordStreamFormat(
                new JsonLinesEvents(file.getFileName().toString()),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
            .build();
    return env.fromSource(source, EventTimes.rawEvents(), "backfill " + stream)
        .uid("backfill-source-" + stream);
  }

  /** Lines of the file (a fast byte scan; gzip is inflated). */
  @Override
  public long expectedEvents(BackfillRange range) {
    try (InputStream in = open()) {
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      return lines;
    } catch (IOException e) {
      return -1; // the job itself will report the unreadable file
    }
  }

  private InputStream open() throws IOException {
    InputStream raw = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
  }

  @Override
  public String describe() {
    return file.toString();
  }
}
