package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.SellThroughRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flat record written straight to Parquet gives the bytes parquet-avro gives. */
class RecordWriteSupportTest {
  /** Every flat type {@link RecordAvroSchema} supports. */
  public record Flat(
      String name,
      int count,
      Integer maybeCount,
      long cents,
      Long maybeCents,
      double share,
      Double maybeShare,
      boolean active,
      Boolean maybeActive,
      Instant eventTime,
      LocalDate deliveryDate,
      LocalTime cutoffTime,
      AllTypes.Color color,
      DayOfWeek deliveryDay) {}

  @TempDir Path dir;

  @Test
  void writesTheBytesParquetAvroWritesForEveryFlatType() throws Exception {
    List<Flat> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      boolean sparse = i % 3 == 0;
      rows.add(
          new Flat(
              "row-" + (i % 17),
              i,
              sparse ? null : i * 2,
              i * 1_000L,
              sparse ? null : -i * 7L,
              i / 7.0,
              sparse ? null : i / 3.0,
              i % 2 == 0,
              sparse ? null : i % 5 == 0,
              sparse ? null : Instant.ofEpochMilli(1_767_000_000_000L + i * 60_000L),
              sparse ? null : LocalDate.of(2026, 1, 1).plusDays(i % 40),
              sparse ? null : LocalTime.of(i % 24, i % 60, 0),
              sparse ? null : AllTypes.Color.values()[i % 2],
              sparse ? null : DayOfWeek.of(1 + i % 7)));
    }
    assertSameBytes(Flat.class, rows);
  }

  @Test
  void writesTheBytesParquetAvroWritesForSellThroughRows() throws Exception {
    List<SellThroughRow> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      rows.add(
          new SellThroughRow(
              i % 2 == 0 ? "shop_sku" : "region_sku",
              "east-hz",
              i % 2 == 0 ? "shop-" + i % 50 : null,
              "sup-" + i % 9,
              "drinks",
              "sku-" + i % 300,
              LocalDate.of(2026, 12, 8),
              i % 4,
              i * 250L,
              1,
              i % 4 > 0 ? 1 : 0,
              i % 4 > 0 ? 1.0 : 0.0,
              i % 11,
              i % 13,
              1,
              i / 7.0,
              i % 5 == 0 ? null : i / 11.0,
              i / 13.0,
              i % 6 == 0 ? null : i / 17.0,
              i % 13 == 0 ? 1 : 0,
              i % 13 == 0 ? 1.0 : 0.0,
              i % 2 == 0 ? null : "A",
              i % 2 == 0 ? null : "X",
              Instant.parse("2026-12-08T16:00:00Z")));
    }
    assertSameBytes(SellThroughRow.class, rows);
  }

  private <T extends Record> void assertSameBytes(Class<T> type, List<T> rows) throws Exception {
    Path direct = dir.resolve(type.getSimpleName() + "-direct.parquet");
    Path viaAvro = dir.resolve(type.getSimpleName() + "-avro.parquet");
    ParquetFiles.writeAtomically(direct, type, rows);
    RecordAvroSchema<T> schema = RecordAvroSchema.of(type);
    try (ParquetWriter<GenericRecord> writer =
        ParquetWriters.open(
            new LocalOutputFile(viaAvro), schema.schema(), CompressionCodecName.SNAPPY)) {
      for (T row : rows) {
        writer.write(schema.toAvro(row));
      }
    }
    assertThat(RecordWriteSupport.of(schema, ParquetWriters.configuration())).isPresent();
    assertThat(Files.readAllBytes(direct)).isEqualTo(Files.readAllBytes(viaAvro));
    assertThat(ParquetFiles.read(direct, type)).containsExactlyElementsOf(rows);
  }
}
