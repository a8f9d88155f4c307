package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerialization;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class HivePartitionerTest {
  private final Delivery row = new Delivery("o-1", "east-hz", LocalDate.of(2026, 1, 5), 10L);

  @Test
  void joinsColumnsInOrderAsHiveDirectories() {
    HivePartitioner<Delivery> partitioner =
        new HivePartitioner<>(
            List.of(
                PartitionColumn.of("delivery_date", Delivery::deliveryDate),
                PartitionColumn.of("region", Delivery::regionId)));

    assertThat(partitioner.getBucketId(row, null))
        .isEqualTo("delivery_date=2026-01-05/region=east-hz");
  }

  @Test
  void keysRowsByPartitionWithoutTheColumnNames() {
    HivePartitioner<Delivery> partitioner =
        new HivePartitioner<>(
            List.of(
                PartitionColumn.of("delivery_date", Delivery::deliveryDate),
                PartitionColumn.of("region", Delivery::regionId)));
    Delivery sameDay = new Delivery("o-2", "east-hz", LocalDate.of(2026, 1, 5), 3L);
    Delivery otherRegion = new Delivery("o-3", "east-nb", LocalDate.of(2026, 1, 5), 3L);
    Delivery noRegion = new Delivery("o-4", null, LocalDate.of(2026, 1, 5), 3L);
    Delivery emptyRegion = new Delivery("o-5", "", LocalDate.of(2026, 1, 5), 3L);
    // A control character: escaped in the path, so it cannot pass for the separator.
    Delivery control = new Delivery("o-6", "a\u0000b", LocalDate.of(2026, 1, 5), 3L);

    assertThat(partitioner.partitionKey(row)).isEqualTo("2026-01-05\u0000east-hz");
    List<Delivery> rows = List.of(row, sameDay, otherRegion, noRegion, emptyRegion, control);
    for (Delivery a : rows) {
      for (Delivery b : rows) {
        assertThat(partitioner.partitionKey(a).equals(partitioner.partitionKey(b)))
            .as(a + " and " + b)
            .isEqualTo(partitioner.partitionPath(a).equals(partitioner.partitionPath(b)));
      }
    }
    assertThat(
            new HivePartitioner<>(List.of(PartitionColumn.of("region", Delivery::regionId)))
                .partitionKey(row))
        .isEqualTo("east-hz");
  }

  @Test
  void escapesReservedCharactersAndFormatsEnumsByName() {
    assertThat(HivePartitionPath.formatValue("a/b=c:d?e#f%g*h'i\"j\\k{l[m]n^o p"))
        .isEqualTo("a%2Fb%3Dc%3Ad%3Fe%23f%25g%2Ah%27i%22j%5Ck%7Bl%5Bm%5Dn%5Eo p");
    assertThat(HivePartitionPath.formatValue("tab\there")).isEqualTo("tab%09here");
    assertThat(HivePartitionPath.formatValue(DayOfWeek.MONDAY)).isEqualTo("MONDAY");
    assertThat(HivePartitionPath.formatValue(Instant.parse("2026-01-05T00:00:00Z")))
        .isEqualTo("2026-01-05T00%3A00%3A00Z");
    assertThat(HivePartitionPath.formatValue(null)).isEqualTo("__HIVE_DEFAULT_PARTITION__");
    assertThat(HivePartitionPath.formatValue("")).isEqualTo("__HIVE_DEFAULT_PARTITION__");
  }

  @Test
  void survivesJavaSerializationLikeFlinkShipsIt() throws Exception {
    HivePartitioner<Delivery> partitioner =
        new HivePartitioner<>(List.of(PartitionColumn.of("region", Delivery::regionId)));

    HivePartitioner<Delivery> shipped = InstantiationUtil.clone(partitioner);

    assertThat(shipped.partitionPath(row)).isEqualTo("region=east-hz");
    byte[] bucket =
        SimpleVersionedSerialization.writeVersionAndSerialize(
            shipped.getSerializer(), "region=east-hz");
    assertThat(
            SimpleVersionedSerialization.readVersionAndDeSerialize(shipped.getSerializer(), bucket))
        .isEqualTo("region=east-hz");
  }

  @Test
  void writerFactorySurvivesJavaSerialization() throws Exception {
    ParquetRecordWriterFactory<AllTypes> shipped =
        InstantiationUtil.clone(ParquetRecordWriterFactory.of(AllTypes.class));

    assertThat(shipped.type()).isEqualTo(AllTypes.class);
    assertThat(shipped.compression()).isEqualTo(ParquetFiles.DEFAULT_COMPRESSION);
  }
}
