package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.RawEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a CSV export of events (a header row, then rows as {@link CsvEventRows} describes; {@code
 * .gz} is decompressed by the file source) as raw events in the JSON the streaming job decodes, so
 * a backfill decodes and validates them as it does Kafka records. A dead letter names the file and
 * the event's first data row ({@code source_offset}, 1-based). A file that stops being CSV (a quote
 * never closed) ends there with one dead letter saying so: the rows after it cannot be told apart.
 */
public final class CsvEvents extends SimpleStreamFormat<RawEvent> {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final Class<? extends Record> type;

  /**
   * @param sourceName what dead letters give as their source, e.g. {@code shop-orders.csv}
   * @param type the events' record, e.g. {@code ShopOrderEvent}
   */
  public CsvEvents(String sourceName, Class<? extends Record> type) {
    this.sourceName = sourceName;
    this.type = type;
  }

  @Override
  public StreamFormat.Reader<RawEvent> createReader(Configuration config, FSDataInputStream stream)
      throws IOException {
    BufferedReader text =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    CSVParser parser =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(text);
    return new Reader(parser, CsvEventRows.of(type), sourceName);
  }

  @Override
  public TypeInformation<RawEvent> getProducedType() {
    return EventTypes.of(RawEvent.class);
  }

  private static final class Reader implements StreamFormat.Reader<RawEvent> {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvEventRows rows;
    private final String sourceName;
    private Map<String, String> pending;
    private long pendingNumber;
    private RawEvent unreadable;
    private boolean done;

    Reader(CSVParser parser, CsvEventRows rows, String sourceName) {
      this.parser = parser;
      this.records = parser.iterator();
      this.rows = rows;
      this.sourceName = sourceName;
    }

    @Override
    public RawEvent read() {
      if (pending == null && !done) {
        done = !tryNext();
      }
      if (pending == null) {
        // The end; first, once, the dead letter of a row that is not CSV, if there was one.
        RawEvent last = unreadable;
        unreadable = null;
        return last;
      }
      long first = pendingNumber;
      List<Map<String, String>> event = new ArrayList<>();
      event.add(pending);
      pending = null;
      while (!done) {
        done = !tryNext();
        if (done || !rows.sameEvent(event.get(0), pending)) {
          break;
        }
        event.add(pending);
        pending = null;
      }
      return raw(first, rows.toJson(event));
    }

    /**
     * {@link #next()}, a row that is not CSV noted as the one dead letter {@link #read} gives after
     * the event it was reading (whose rows before it are whole).
     */
    private boolean tryNext() {
      try {
        return next();
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = "unreadable CSV after data row " + pendingNumber + ": " + e.getMessage();
        unreadable = raw(pendingNumber + 1, why.getBytes(StandardCharsets.UTF_8));
        return false;
      }
    }

    /** Reads the next row into {@link #pending}; false at the end. */
    private boolean next() {
      if (!records.hasNext()) {
        return false;
      }
      CSVRecord record = records.next();
      pending = record.toMap();
      pendingNumber = record.getRecordNumber();
      return true;
    }

    private RawEvent raw(long row, byte[] payload) {
      return new RawEvent(sourceName, 0, row, 0L, null, payload);
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
