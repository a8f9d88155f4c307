package io.poolcast.connectors.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads any Parquet file row by row as plain Java values, for inputs that are not one of our
 * records (e.g. long-format demand written by DuckDB or pandas). Top-level columns only. Values:
 * text as a {@link CharSequence}, numbers as their boxed type ({@code DECIMAL} as {@link
 * java.math.BigDecimal}), {@code DATE} as {@link java.time.LocalDate}, UTC-adjusted timestamps as
 * {@link java.time.Instant}, local timestamps as {@link java.time.LocalDateTime}, nulls as null.
 */
public final class ParquetRows {
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private ParquetRows() {}

  /** Receives the column names once, then every row with its 1-based number. */
  public interface Visitor {
    void columns(List<String> names);

    void row(long number, Function<String, Object> values);
  }

  /** Whether the file starts with Parquet's magic bytes {@code PAR1} (whatever its name). */
  public static boolean isParquet(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Streams every row to the visitor.
   *
   * @return the number of rows
   * @throws UncheckedIOException if the file cannot be read (e.g. not Parquet, or INT96 times)
   */
  public static long read(Path file, Visitor visitor) {
    LocalInputFile input = new LocalInputFile(file);
    try {
      MessageType schema = schema(input);
      visitor.columns(schema.getFields().stream().map(Type::getName).toList());
      Map<String, Integer> scales = integerDecimalScales(schema);
      long number = 0;
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(input, ParquetWriters.configuration())
              .withDataModel(logicalTypes())
              .build()) {
        for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
          number++;
          GenericRecord current = record;
          visitor.row(number, column -> value(current, column, scales));
        }
      }
      return number;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static MessageType schema(LocalInputFile input) throws IOException {
    try (ParquetFileReader footer =
        ParquetFileReader.open(
            input, ParquetReadOptions.builder(ParquetWriters.configuration()).build())) {
      return footer.getFooter().getFileMetaData().getSchema();
    }
  }

  /**
   * DECIMAL columns stored as INT32/INT64: Avro has no decimal int, so parquet-avro hands over the
   * unscaled number (12.50 would read as 1250); their scale is taken from the Parquet schema.
   */
  private static Map<String, Integer> integerDecimalScales(MessageType schema) {
    Map<String, Integer> scales = new HashMap<>();
    for (Type field : schema.getFields()) {
      if (field.isPrimitive()
          && field.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation decimal
          && field.asPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
          && field.asPrimitiveType().getPrimitiveTypeName()
              != PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
        scales.put(field.getName(), decimal.getScale());
      }
    }
    return scales;
  }

  private static Object value(GenericRecord record, String column, Map<String, Integer> scales) {
    Object value = record.get(column);
    Integer scale = scales.get(column);
    return scale != null && value instanceof Number unscaled
        ? BigDecimal.valueOf(unscaled.longValue(), scale)
        : value;
  }

  /** Java time and decimal values instead of Avro's raw ints, longs and bytes. */
  private static GenericData logicalTypes() {
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(new TimeConversions.DateConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
    model.addLogicalTypeConversion(new Conversions.DecimalConversion());
    return model;
  }
}
