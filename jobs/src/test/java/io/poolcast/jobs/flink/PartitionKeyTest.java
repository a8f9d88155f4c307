package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.PartitionColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows of one partition share a key; a year of days × levels gets a key each. */
class PartitionKeyTest {
  record Row(String level, LocalDate date, long units) {}

  private static final PartitionKey<Row> KEY =
      new PartitionKey<>(
          List.of(
              PartitionColumn.of("level", Row::level),
              PartitionColumn.of("date", r -> r.date().toString())));

  @Test
  void rowsOfOnePartitionShareTheirKey() {
    LocalDate day = LocalDate.of(2026, 12, 8);
    assertThat(KEY.getKey(new Row("shop_sku", day, 1)))
        .isEqualTo(KEY.getKey(new Row("shop_sku", day, 7)));
  }

  @Test
  void partitionsOfAYearGetKeysOfTheirOwn() {
    Set<Long> keys = new HashSet<>();
    LocalDate first = LocalDate.of(2026, 1, 1);
    for (String level : List.of("shop_sku", "region_sku", "region_category", "supplier")) {
      for (int d = 0; d < 366; d++) {
        keys.add(KEY.getKey(new Row(level, first.plusDays(d), 0)));
      }
    }
    assertThat(keys).hasSize(4 * 366);
  }
}
