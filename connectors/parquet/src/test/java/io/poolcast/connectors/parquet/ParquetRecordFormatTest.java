package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.connectors.parquet.RecordWriteSupportTest.Flat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read back as the records written: flat ones ({@link Flat}, as written by {@link
 * RecordWriteSupportTest}) straight from the columns, others via Avro.
 */
class ParquetRecordFormatTest {
  @TempDir Path dir;

  /** A record that names fewer columns than the file has, one of them absent from the file. */
  record Narrow(String name, long cents, String missing) {}

  /** A record whose count is a number where the file holds text. */
  record Mistyped(String name, int color) {}

  private static final Flat FULL =
      new Flat(
          "cola",
          3,
          4,
          1_250L,
          99L,
          0.25,
          0.5,
          true,
          false,
          Instant.parse("2026-11-25T10:15:30.123Z"),
          LocalDate.of(2026, 11, 25),
          LocalTime.of(14, 0),
          AllTypes.Color.GREEN,
          DayOfWeek.FRIDAY);
  private static final Flat NULLS =
      new Flat(
          "cola",
          0,
          null,
          -1L,
          null,
          -0.0,
          null,
          false,
          null,
          Instant.EPOCH,
          LocalDate.of(1999, 12, 31),
          LocalTime.MIDNIGHT,
          AllTypes.Color.RED,
          DayOfWeek.MONDAY);

  private static <T extends Record> List<T> readAll(Path file, Class<T> type) throws Exception {
    ParquetRecordFormat<T> format = new ParquetRecordFormat<>(type, TypeInformation.of(type));
    org.apache.flink.core.fs.Path path = new org.apache.flink.core.fs.Path(file.toUri());
    List<T> rows = new ArrayList<>();
    try (FSDataInputStream in = FileSystem.getLocalFileSystem().open(path);
        StreamFormat.Reader<T> reader =
            format.createReader(new Configuration(), in, Files.size(file), Files.size(file))) {
      for (T row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void readsAFlatRecordStraightFromItsColumnsNullsIncluded() throws Exception {
    Path file = dir.resolve("flat.parquet");
    ParquetFiles.writeAtomically(file, Flat.class, List.of(FULL, NULLS, FULL));

    List<Flat> rows = readAll(file, Flat.class);

    assertThat(rows).containsExactly(FULL, NULLS, FULL);
    // A dictionary-encoded column's value is converted once per row group, not once per row.
    assertThat(rows.get(2).name()).isSameAs(rows.get(0).name());
    assertThat(RecordReadSupport.of(RecordAvroSchema.of(Flat.class), footer(file))).isPresent();
  }

  @Test
  void readsOnlyTheColumnsTheRecordNamesAndNullForOneTheFileLacks() throws Exception {
    Path file = dir.resolve("flat.parquet");
    ParquetFiles.writeAtomically(file, Flat.class, List.of(FULL, NULLS));

    assertThat(readAll(file, Narrow.class))
        .containsExactly(new Narrow("cola", 1_250L, null), new Narrow("cola", -1L, null));
  }

  @Test
  void readsListsAndNestedRecordsThroughAvro() throws Exception {
    Path file = dir.resolve("all.parquet");
    ParquetFiles.writeAtomically(file, AllTypes.class, List.of(RecordAvroSchemaTest.FULL));

    assertThat(RecordReadSupport.of(RecordAvroSchema.of(AllTypes.class), footer(file))).isEmpty();
    assertThat(readAll(file, AllTypes.class)).containsExactly(RecordAvroSchemaTest.FULL);
  }

  @Test
  void leavesAColumnOfAnotherTypeToAvroAndAMissingPrimitiveIsAnError() throws Exception {
    Path file = dir.resolve("flat.parquet");
    ParquetFiles.writeAtomically(file, Flat.class, List.of(FULL));

    assertThat(RecordReadSupport.of(RecordAvroSchema.of(Mistyped.class), footer(file))).isEmpty();
    assertThatThrownBy(() -> readAll(file, Narrow2.class))
        .hasStackTraceContaining("column 'absent' of Narrow2 is missing or null");
  }

  /** A record with a primitive component the file has no column for. */
  record Narrow2(String name, long absent) {}

  private static MessageType footer(Path file) throws Exception {
    try (var reader =
        ParquetFileReader.open(
            new LocalInputFile(file),
            ParquetReadOptions.builder(ParquetWriters.configuration()).build())) {
      return reader.getFooter().getFileMetaData().getSchema();
    }
  }
}
