package io.poolcast.connectors.files;

import io.poolcast.events.EventJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes values as JSON lines (one {@link EventJson} document per line), gzip-compressed when the
 * file name ends in {@code .gz}.
 *
 * @param <T> the event type
 */
public final class JsonLinesWriter<T> implements AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private long written;

  public JsonLinesWriter(Path file) {
    this.file = file;
    this.out = new BufferedOutputStream(CompressedFiles.openOutput(file), 1 << 16);
  }

  public void write(T value) {
    try {
      out.write(EventJson.toBytes(value));
      out.write('\n');
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public void writeAll(Iterable<? extends T> values) {
    for (T value : values) {
      write(value);
    }
  }

  /** Lines written so far. */
  public long written() {
    return written;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
