package io.poolcast.connectors.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Plain (non-Flink) Parquet files of Java records, for command-line tools and tests.
 *
 * <p>Writes are atomic: rows go to a hidden temporary file in the target directory, which is then
 * renamed over the target in one step. A reader sees the old file or the complete new one, never a
 * partial file; a failed write leaves the old file untouched and no temporary file behind.
 */
public final class ParquetFiles {
  /** The codec every writer of this module uses unless told otherwise; see the module README. */
  public static final CompressionCodecName DEFAULT_COMPRESSION = CompressionCodecName.SNAPPY;

  private ParquetFiles() {}

  /**
   * Writes {@code rows} to {@code file} atomically with the default codec.
   *
   * @return the number of rows written
   * @see #writeAtomically(Path, Class, Iterable, CompressionCodecName)
   */
  public static <T extends Record> long writeAtomically(
      Path file, Class<T> type, Iterable<T> rows) {
    return writeAtomically(file, type, rows, DEFAULT_COMPRESSION);
  }

  /**
   * Writes {@code rows} to {@code file} atomically, creating missing parent directories and
   * replacing an existing file.
   *
   * @return the number of rows written
   * @throws UncheckedIOException if writing fails; any exception (also one thrown by {@code rows})
   *     leaves the previous file as it was
   */
  public static <T extends Record> long writeAtomically(
      Path file, Class<T> type, Iterable<T> rows, CompressionCodecName compression) {
    RowFile<T> out = openRowFile(file, type, compression, ParquetWriter.DEFAULT_BLOCK_SIZE);
    boolean written = false;
    try {
      for (T row : rows) {
        out.write(row);
      }
      out.close();
      written = true;
      return out.rows();
    } finally {
      if (!written) {
        out.abort();
      }
    }
  }

  /**
   * Opens {@code file} to be written row by row: the rows go to a hidden temporary file next to it,
   * which {@link RowFile#close} renames into place (creating missing parent directories; an
   * existing file is replaced). Row groups are closed at about {@code rowGroupBytes} of buffered
   * data: a writer holds its row group in memory, and a task writing many files at once must bound
   * their sum.
   *
   * @throws UncheckedIOException if the file cannot be created
   */
  public static <T extends Record> RowFile<T> openRowFile(
      Path file, Class<T> type, long rowGroupBytes) {
    return openRowFile(file, type, DEFAULT_COMPRESSION, rowGroupBytes);
  }

  private static <T extends Record> RowFile<T> openRowFile(
      Path file, Class<T> type, CompressionCodecName compression, long rowGroupBytes) {
    Path target = file.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      return new RowFile<>(
          target,
          temp,
          ParquetWriters.openRecords(
              new LocalOutputFile(temp), RecordAvroSchema.of(type), compression, rowGroupBytes));
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot open " + target, e);
    }
  }

  /** A Parquet file being written row by row ({@link #openRowFile}). */
  public static final class RowFile<T extends Record> {
    private final Path target;
    private final Path temp;
    private final ParquetWriters.RecordWriter<T> writer;
    private long rows;

    private RowFile(Path target, Path temp, ParquetWriters.RecordWriter<T> writer) {
      this.target = target;
      this.temp = temp;
      this.writer = writer;
    }

    /** Appends a row. */
    public void write(T row) {
      try {
        writer.write(row);
        rows++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
    }

    /** The rows written so far. */
    public long rows() {
      return rows;
    }

    /** Finishes the file and renames it into place; on failure nothing is left behind. */
    public void close() {
      try {
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        deleteQuietly(temp);
        throw new UncheckedIOException("cannot write " + target, e);
      }
    }

    /** Drops the file: the temporary file is removed, the target left as it was. */
    public void abort() {
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        // Dropped anyway: the error that made the caller abort is the one worth reporting.
      }
      deleteQuietly(temp);
    }
  }

  /**
   * Reads every row of a Parquet file written by this module (or any file whose columns match the
   * record's snake_case component names).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T extends Record> List<T> read(Path file, Class<T> type) {
    RecordAvroSchema<T> schema = RecordAvroSchema.of(type);
    List<T> rows = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.genericRecordReader(
            new LocalInputFile(file), ParquetWriters.configuration())) {
      for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
        rows.add(schema.fromAvro(record));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }

  /** The number of rows of a Parquet file, from its footer (the data is not read). */
  public static long rowCount(Path file) {
    try (ParquetFileReader reader =
        // Plain configuration: the default builder loads Hadoop's XML configuration for every file,
        // which made counting an archive's thousands of files take longer than reading a footer.
        ParquetFileReader.open(
            new LocalInputFile(file),
            ParquetReadOptions.builder(ParquetWriters.configuration()).build())) {
      return reader.getRecordCount();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the footer of " + file, e);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write already failed with a more useful exception; a leftover hidden file is harmless.
    }
  }
}
