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
