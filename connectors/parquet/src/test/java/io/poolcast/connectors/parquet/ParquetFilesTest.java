package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReadsBackEveryType() {
    Path file = dir.resolve("nested/dir/rows.parquet");
    ParquetFiles.writeAtomically(
        file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL, RecordAvroSchemaTest.SPARSE));

    assertThat(ParquetFiles.read(file, AllTypes.class))
        .containsExactly(RecordAvroSchemaTest.FULL, RecordAvroSchemaTest.SPARSE);
  }

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"UNCOMPRESSED", "SNAPPY", "ZSTD", "GZIP"})
  void supportsTheDocumentedCodecs(CompressionCodecName codec) throws Exception {
    Path file = dir.resolve(codec + ".parquet");
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL), codec);

    assertThat(ParquetFiles.read(file, AllTypes.class)).containsExactly(RecordAvroSchemaTest.FULL);
    assertThat(
            DuckDb.single(
                "SELECT DISTINCT compression FROM parquet_metadata(" + DuckDb.literal(file) + ")"))
        .isEqualTo(codec.name());
  }

  @Test
  void duckDbReadsTheColumnsWithTheirTypes() throws Exception {
    Path file = dir.resolve("rows.parquet");
    ParquetFiles.writeAtomically(
        file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL, RecordAvroSchemaTest.SPARSE));

    List<List<Object>> rows =
        DuckDb.query(
            "SELECT name, list_price_cents, CAST(delivery_date AS VARCHAR),"
                + " epoch_ms(event_time), delivery_day, len(lines), lines[1].sku,"
                + " main_line.quantity, tags[2], CAST(CAST(cutoff_time AS TIME) AS VARCHAR)"
                + " FROM read_parquet("
                + DuckDb.literal(file)
                + ") ORDER BY list_price_cents DESC");

    assertThat(rows.get(0))
        .containsExactly(
            "shop-1",
            1299L,
            "2026-01-05",
            RecordAvroSchemaTest.FULL.eventTime().toEpochMilli(),
            "FRIDAY",
            2L,
            "sku-1",
            7,
            "b",
            "17:30:05.25");
    assertThat(rows.get(1)).containsExactly(null, 0L, null, null, null, 0L, null, null, null, null);
  }

  @Test
  void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("rows.parquet");
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL));

    Iterable<AllTypes> failing = () -> new FailingIterator(3);
    assertThatThrownBy(() -> ParquetFiles.writeAtomically(file, AllTypes.class, failing))
        .hasMessageContaining("source broke");

    assertThat(ParquetFiles.read(file, AllTypes.class)).containsExactly(RecordAvroSchemaTest.FULL);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailedFirstWriteLeavesNoFileAtAll() throws IOException {
    Path file = dir.resolve("rows.parquet");

    assertThatThrownBy(
            () -> ParquetFiles.writeAtomically(file, AllTypes.class, () -> new FailingIterator(2)))
        .hasMessageContaining("source broke");

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void replacesAnExistingFile() {
    Path file = dir.resolve("rows.parquet");
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL));
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.SPARSE));

    assertThat(ParquetFiles.read(file, AllTypes.class))
        .containsExactly(RecordAvroSchemaTest.SPARSE);
  }

  @Test
  void aRowFileAppearsWhenClosedWithItsRowsInSmallRowGroups() throws Exception {
    Path file = dir.resolve("date=2026-01-05/part-00001.parquet");
    ParquetFiles.RowFile<AllTypes> rows = ParquetFiles.openRowFile(file, AllTypes.class, 1);
    for (int i = 0; i < 300; i++) {
      rows.write(i % 2 == 0 ? RecordAvroSchemaTest.FULL : RecordAvroSchemaTest.SPARSE);
    }
    assertThat(file).doesNotExist(); // until closed, a reader sees no partial file
    rows.close();

    assertThat(rows.rows()).isEqualTo(300);
    assertThat(ParquetFiles.read(file, AllTypes.class)).hasSize(300);
    assertThat(ParquetFiles.read(file, AllTypes.class).subList(0, 2))
        .containsExactly(RecordAvroSchemaTest.FULL, RecordAvroSchemaTest.SPARSE);
    // Parquet checks the buffered size every 100 rows at the soonest: a group per check here.
    assertThat(
            ((Number)
                    DuckDb.single(
                        "SELECT count(DISTINCT row_group_id) FROM parquet_metadata("
                            + DuckDb.literal(file)
                            + ")"))
                .longValue())
        .isGreaterThan(1);
    assertThat(hiddenFiles()).isEmpty();
  }

  @Test
  void anAbortedRowFileLeavesTheOldFileAndNoTemporaryFile() {
    Path file = dir.resolve("rows.parquet");
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.SPARSE));
    ParquetFiles.RowFile<AllTypes> rows = ParquetFiles.openRowFile(file, AllTypes.class, 1 << 20);
    rows.write(RecordAvroSchemaTest.FULL);
    rows.abort();

    assertThat(ParquetFiles.read(file, AllTypes.class))
        .containsExactly(RecordAvroSchemaTest.SPARSE);
    assertThat(hiddenFiles()).isEmpty();
  }

  private List<Path> hiddenFiles() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Yields {@code good} rows, then fails like a broken upstream would. */
  private static final class FailingIterator implements Iterator<AllTypes> {
    private int left;

    FailingIterator(int good) {
      this.left = good;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public AllTypes next() {
      if (left-- > 0) {
        return RecordAvroSchemaTest.FULL;
      }
      throw new NoSuchElementException("source broke");
    }
  }
}
