package io.poolcast.connectors.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a byte stream into lines without decoding them, so a line of invalid UTF-8 reaches the
 * decoder (and the dead-letter payload) byte for byte. A trailing {@code \r} is removed; a final
 * newline does not start an extra empty line.
 */
final class ByteLines implements Iterator<byte[]> {
  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
  private byte[] next;
  private boolean ended;

  ByteLines(InputStream in) {
    this.in = in;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public byte[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    byte[] result = next;
    next = null;
    return result;
  }

  private byte[] readLine() {
    line.reset();
    try {
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          return withoutCarriageReturn(line.toByteArray());
        }
        line.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ended = true;
    return line.size() == 0 ? null : withoutCarriageReturn(line.toByteArray());
  }

  private static byte[] withoutCarriageReturn(byte[] bytes) {
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      byte[] trimmed = new byte[n - 1];
      System.arraycopy(bytes, 0, trimmed, 0, n - 1);
      return trimmed;
    }
    return bytes;
  }
}
