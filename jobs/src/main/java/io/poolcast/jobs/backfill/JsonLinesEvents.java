package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.RawEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a JSON-lines export (one event per line, as {@code poolcast generate} and {@code poolcast
 * import} write them; {@code .gz} is decompressed by the file source) as raw events, so a backfill
 * decodes them exactly as the streaming job decodes Kafka records. A dead letter names the file and
 * the line: {@code source_topic} is the file name, {@code source_offset} the 1-based line number.
 */
public final class JsonLinesEvents extends SimpleStreamFormat<RawEvent> {
  private static final long serialVersionUID = 1L;

  private final String sourceName;

  /**
   * @param sourceName what dead letters give as their source, e.g. {@code shop-orders.jsonl}
   */
  public JsonLinesEvents(String sourceName) {
    this.sourceName = sourceName;
  }

  @Override
  public StreamFormat.Reader<RawEvent> createReader(
      Configuration config, FSDataInputStream stream) {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    return new Reader(lines, sourceName);
  }

  @Override
  public TypeInformation<RawEvent> getProducedType() {
    return EventTypes.of(RawEvent.class);
  }

  private static final class Reader implements StreamFormat.Reader<RawEvent> {
    private final BufferedReader lines;
    private final String sourceName;
    private long lineNumber;

    Reader(BufferedReader lines, String sourceName) {
      this.lines = lines;
      this.sourceName = sourceName;
    }

    @Override
    public RawEvent read() throws IOException {
      String line = lines.readLine();
      while (line != null && line.isBlank()) {
        lineNumber++;
        line = lines.readLine();
      }
      if (line == null) {
        return null;
      }
      lineNumber++;
      return new RawEvent(
          sourceName, 0, lineNumber, 0L, null, line.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
