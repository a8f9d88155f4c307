package io.poolcast.connectors.files;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opens plain or gzip files, chosen by the {@code .gz} extension, always as UTF-8. */
public final class CompressedFiles {
  private static final int BUFFER = 1 << 16;

  private CompressedFiles() {}

  public static boolean isGzip(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }

  /** A buffered byte stream of the file's uncompressed content. */
  public static InputStream openInput(Path file) {
    try {
      InputStream raw = Files.newInputStream(file);
      InputStream in = isGzip(file) ? new GZIPInputStream(raw, BUFFER) : raw;
      return new BufferedInputStream(in, BUFFER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
  }

  public static Reader openReader(Path file) {
    return new InputStreamReader(openInput(file), StandardCharsets.UTF_8);
  }

  /** Creates (or truncates) the file, creating its parent directories first. */
  public static OutputStream openOutput(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      OutputStream raw = Files.newOutputStream(file);
      return isGzip(file) ? new GZIPOutputStream(raw, BUFFER) : raw;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  public static Writer openWriter(Path file) {
    return new BufferedWriter(
        new OutputStreamWriter(openOutput(file), StandardCharsets.UTF_8), BUFFER);
  }
}
