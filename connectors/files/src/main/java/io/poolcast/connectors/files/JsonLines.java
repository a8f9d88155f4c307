package io.poolcast.connectors.files;

import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON-lines event files: one JSON document per line, plain or gzip (by the {@code .gz} extension).
 * Reading is lazy, so files larger than memory stream through; close the returned streams
 * (try-with-resources) to release the file.
 */
public final class JsonLines {
  private JsonLines() {}

  /** A writer for {@code file}; parent directories are created. */
  public static <T> JsonLinesWriter<T> writer(Path file) {
    return new JsonLinesWriter<>(file);
  }

  /**
   * Every line of the file as an undecoded record: source = file name, partition = -1, offset =
   * 1-based line number, timestamp = 0, no key, payload = the line's bytes. Blank lines are kept
   * (as empty payloads) so that line numbers stay exact and the decoder reports them.
   */
  public static Stream<RawEvent> readRaw(Path file) {
    InputStream in = CompressedFiles.openInput(file);
    String source = file.getFileName().toString();
    Iterator<RawEvent> events = new NumberedLines(source, new ByteLines(in));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(new CloseInput(in));
  }

  /**
   * Every line decoded and validated with {@link EventJson#decode}. Never throws for bad content: a
   * bad line comes back refused, its detail prefixed with {@code <file>:<line>: }.
   */
  public static <T> Stream<Decoded<T>> read(Path file, Class<T> type) {
    return readRaw(file).map(raw -> decode(raw, type));
  }

  private static <T> Decoded<T> decode(RawEvent raw, Class<T> type) {
    Decoded<T> decoded = EventJson.decode(raw.payload(), type);
    if (decoded.isValid()) {
      return decoded;
    }
    return Decoded.refused(
        decoded.reason(), raw.source() + ":" + raw.offset() + ": " + decoded.detail());
  }

  /** Numbers lines from 1 and wraps them as raw file events. */
  private static final class NumberedLines implements Iterator<RawEvent> {
    private final String source;
    private final Iterator<byte[]> lines;
    private long lineNumber;

    NumberedLines(String source, Iterator<byte[]> lines) {
      this.source = source;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      return lines.hasNext();
    }

    @Override
    public RawEvent next() {
      byte[] payload = lines.next();
      lineNumber++;
      return new RawEvent(source, -1, lineNumber, 0L, null, payload);
    }
  }

  private record CloseInput(InputStream in) implements Runnable {
    @Override
    public void run() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
