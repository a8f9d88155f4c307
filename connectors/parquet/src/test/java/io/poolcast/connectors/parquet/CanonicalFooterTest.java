package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.io.PositionOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet files list their encodings in a fixed order, so the same rows give the same bytes in
 * every JVM; the held-back tail changes nothing else.
 */
class CanonicalFooterTest {
  private static final int ROWS = 5_000;

  @Test
  void twoJvmsWithDifferentIdentityHashesWriteTheSameBytes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.parquet");
    Path b = dir.resolve("b.parquet");
    writeInChildJvm(a, "-XX:hashCode=5"); // HotSpot's default: per-thread random identity hashes
    writeInChildJvm(b, "-XX:hashCode=2"); // every identity hash is 1: HashSets iterate otherwise

    assertThat(sha256(b)).as("SHA-256 of the second file").isEqualTo(sha256(a));
    assertThat(ParquetFiles.read(a, Delivery.class)).hasSize(ROWS);
  }

  @Test
  void everyColumnListsItsEncodingsInAscendingOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("d.parquet");
    ParquetFiles.writeAtomically(file, Delivery.class, rows());

    List<List<Encoding>> lists = encodingLists(file);
    assertThat(lists).isNotEmpty();
    for (List<Encoding> encodings : lists) {
      assertThat(encodings).hasSizeGreaterThan(1).isSortedAccordingTo(byValue());
    }
  }

  @Test
  void theTailIsHeldBackButNoByteIsLostOrMoved() throws IOException {
    byte[] data = new byte[3 * CanonicalFooter.TAIL_BYTES + 12_345];
    new Random(7).nextBytes(data);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    var stream = new CanonicalFooterFile.TailHoldingStream(new ByteSink(sink));
    Random chunks = new Random(11);
    int at = 0;
    while (at < data.length) {
      int n = Math.min(data.length - at, chunks.nextInt(2 * CanonicalFooter.TAIL_BYTES + 100));
      stream.write(data, at, n);
      at += n;
      assertThat(stream.getPos()).isEqualTo(at);
      assertThat(sink.size()).isGreaterThanOrEqualTo(at - 2 * CanonicalFooter.TAIL_BYTES);
    }
    stream.write(42);
    stream.close();

    byte[] expected = new byte[data.length + 1];
    System.arraycopy(data, 0, expected, 0, data.length);
    expected[data.length] = 42;
    assertThat(sink.toByteArray()).isEqualTo(expected); // not a Parquet footer: left as it is
  }

  /** Entry point of the child JVMs: writes the sample rows to the file named by args[0]. */
  public static void main(String[] args) {
    ParquetFiles.writeAtomically(Path.of(args[0]), Delivery.class, rows());
  }

  private static void writeInChildJvm(Path file, String hashCodeMode) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-XX:+UnlockExperimentalVMOptions",
                hashCodeMode,
                "-cp",
                System.getProperty("java.class.path"),
                CanonicalFooterTest.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    assertThat(child.exitValue()).as("child JVM exit code").isZero();
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static List<Delivery> rows() {
    return LongStream.range(0, ROWS).mapToObj(Delivery::sample).toList();
  }

  private static List<List<Encoding>> encodingLists(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int footerLength =
        java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .getInt();
    FileMetaData footer;
    try (InputStream in =
        new java.io.ByteArrayInputStream(bytes, bytes.length - 8 - footerLength, footerLength)) {
      footer = Util.readFileMetaData(in);
    }
    List<List<Encoding>> lists = new ArrayList<>();
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        lists.add(chunk.getMeta_data().getEncodings());
      }
    }
    return lists;
  }

  private static Comparator<Encoding> byValue() {
    return Comparator.comparingInt(Encoding::getValue);
  }

  /** A position stream over a byte array. */
  private static final class ByteSink extends PositionOutputStream {
    private final ByteArrayOutputStream out;

    ByteSink(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public long getPos() {
      return out.size();
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(b, off, len);
    }
  }
}
