package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HivePartitionedWriterTest {
  static final List<PartitionColumn<Delivery>> BY_DATE_AND_REGION =
      List.of(
          PartitionColumn.of("delivery_date", Delivery::deliveryDate),
          PartitionColumn.of("region", Delivery::regionId));

  @TempDir Path base;

  @Test
  void writesOneFilePerPartitionInColumnOrder() {
    List<Delivery> rows = deliveries(60, "east-hz", "west-sh");

    Map<String, Long> written =
        HivePartitionedWriter.write(base, Delivery.class, rows, BY_DATE_AND_REGION);

    assertThat(written)
        .containsExactly(
            Map.entry("delivery_date=2026-01-05/region=east-hz", 15L),
            Map.entry("delivery_date=2026-01-05/region=west-sh", 15L),
            Map.entry("delivery_date=2026-01-06/region=east-hz", 15L),
            Map.entry("delivery_date=2026-01-06/region=west-sh", 15L));
    Path file = base.resolve("delivery_date=2026-01-06/region=west-sh/part-00000.parquet");
    assertThat(ParquetFiles.read(file, Delivery.class))
        .isNotEmpty()
        .allMatch(d -> d.regionId().equals("west-sh"))
        .allMatch(d -> d.deliveryDate().equals(LocalDate.of(2026, 1, 6)));
  }

  @Test
  void escapesPartitionValuesTheHiveWayAndDuckDbDecodesThem() throws Exception {
    List<Delivery> rows = deliveries(8, "north/west=1", "50% off");

    Map<String, Long> written =
        HivePartitionedWriter.write(base, Delivery.class, rows, BY_DATE_AND_REGION);

    assertThat(written.keySet())
        .contains(
            "delivery_date=2026-01-05/region=north%2Fwest%3D1",
            "delivery_date=2026-01-05/region=50%25 off");
    assertThat(
            DuckDb.query(
                "SELECT DISTINCT region FROM " + DuckDb.hiveTable(base) + " ORDER BY region"))
        .containsExactly(List.of("50% off"), List.of("north/west=1"));
  }

  @Test
  void duckDbReadsTheTableWithPartitionColumnsAlsoInsideTheFiles() throws Exception {
    List<Delivery> rows = deliveries(200, "east-hz", "west-sh", "south-gz");
    HivePartitionedWriter.write(base, Delivery.class, rows, BY_DATE_AND_REGION);

    List<List<Object>> perPartition =
        DuckDb.query(
            "SELECT CAST(delivery_date AS VARCHAR) || '/' || region, sum(amount_cents)"
                + " FROM "
                + DuckDb.hiveTable(base)
                + " GROUP BY ALL ORDER BY 1");

    assertThat(asMap(perPartition)).isEqualTo(expectedSums(rows));
    assertThat(
            DuckDb.single(
                "SELECT typeof(delivery_date) FROM " + DuckDb.hiveTable(base) + " LIMIT 1"))
        .isEqualTo("DATE");
    // The partition column kept inside the files is merged with the path's, not duplicated.
    assertThat(DuckDb.query("DESCRIBE SELECT * FROM " + DuckDb.hiveTable(base)))
        .extracting(column -> column.get(0))
        .containsExactly("order_id", "region_id", "delivery_date", "amount_cents", "region");
  }

  @Test
  void writesNullPartitionValuesToHivesDefaultPartition() {
    List<Delivery> rows = List.of(new Delivery("o-1", null, LocalDate.of(2026, 1, 5), 100L));

    Map<String, Long> written =
        HivePartitionedWriter.write(base, Delivery.class, rows, BY_DATE_AND_REGION);

    assertThat(written)
        .containsOnlyKeys("delivery_date=2026-01-05/region=__HIVE_DEFAULT_PARTITION__");
  }

  @Test
  void aRerunReplacesThePartitionsItWrites() throws Exception {
    HivePartitionedWriter.write(
        base, Delivery.class, deliveries(10, "east-hz"), BY_DATE_AND_REGION);
    HivePartitionedWriter.write(base, Delivery.class, deliveries(4, "east-hz"), BY_DATE_AND_REGION);

    assertThat(DuckDb.single("SELECT count(*) FROM " + DuckDb.hiveTable(base))).isEqualTo(4L);
    try (Stream<Path> files = Files.walk(base)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsOnly(HivePartitionedWriter.FILE_NAME);
    }
  }

  @Test
  void writesIntoTheBaseDirectoryWithoutPartitionColumns() {
    Map<String, Long> written =
        HivePartitionedWriter.write(base, Delivery.class, deliveries(3, "east-hz"), List.of());

    assertThat(written).containsExactly(Map.entry("", 3L));
    assertThat(base.resolve(HivePartitionedWriter.FILE_NAME)).isRegularFile();
  }

  @Test
  void refusesAColumnGivenTwice() {
    List<PartitionColumn<Delivery>> twice =
        List.of(
            PartitionColumn.of("region", Delivery::regionId),
            PartitionColumn.of("region", Delivery::orderId));

    assertThatThrownBy(
            () -> HivePartitionedWriter.write(base, Delivery.class, deliveries(1, "x"), twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'region' given twice");
  }

  /** {@code count} rows over two delivery days and the given regions, amounts 1..count. */
  static List<Delivery> deliveries(int count, String... regions) {
    List<Delivery> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(
          new Delivery(
              "o-" + i,
              regions[i % regions.length],
              LocalDate.of(2026, 1, 5).plusDays((i / regions.length) % 2),
              i + 1));
    }
    return rows;
  }

  static Map<String, Long> expectedSums(List<Delivery> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                d -> d.deliveryDate() + "/" + d.regionId(),
                TreeMap::new,
                Collectors.summingLong(Delivery::amountCents)));
  }

  static Map<String, Long> asMap(List<List<Object>> rows) {
    Map<String, Long> map = new TreeMap<>();
    for (List<Object> row : rows) {
      map.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return map;
  }
}
