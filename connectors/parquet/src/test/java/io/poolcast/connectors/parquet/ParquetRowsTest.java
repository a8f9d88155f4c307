package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRowsTest {
  @TempDir Path dir;

  @Test
  void readsAFileWrittenByDuckDbAsJavaValues() throws Exception {
    Path file = dir.resolve("typed.data"); // no .parquet suffix: detection is by content
    DuckDb.execute(
        "COPY (SELECT 'a' AS id, DATE '2024-03-01' AS d, TIMESTAMP '2024-03-02 10:00:00' AS t,"
            + " TIMESTAMPTZ '2024-03-03 00:00:00+00' AS tz, 12.50::DECIMAL(9,2) AS dec,"
            + " 3.25::DECIMAL(30,2) AS wide,"
            + " 7::INTEGER AS i, NULL::VARCHAR AS missing"
            + " UNION ALL SELECT 'b', NULL, NULL, NULL, NULL, NULL, NULL, 'x') TO "
            + DuckDb.literal(file)
            + " (FORMAT PARQUET)");
    List<String> columns = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    long count =
        ParquetRows.read(
            file,
            new ParquetRows.Visitor() {
              @Override
              public void columns(List<String> names) {
                columns.addAll(names);
              }

              @Override
              public void row(long number, Function<String, Object> values) {
                List<Object> row = new ArrayList<>();
                row.add(number);
                columns.forEach(c -> row.add(values.apply(c)));
                rows.add(row);
              }
            });
    assertThat(count).isEqualTo(2);
    assertThat(columns).containsExactly("id", "d", "t", "tz", "dec", "wide", "i", "missing");
    List<Object> first = rows.get(0);
    assertThat(first.get(0)).isEqualTo(1L);
    assertThat(first.get(1).toString()).isEqualTo("a");
    assertThat(first.get(2)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(first.get(3)).isEqualTo(LocalDateTime.of(2024, 3, 2, 10, 0));
    assertThat(first.get(4)).isEqualTo(Instant.parse("2024-03-03T00:00:00Z"));
    assertThat(first.get(5)).isEqualTo(new BigDecimal("12.50"));
    assertThat(first.get(6)).isEqualTo(new BigDecimal("3.25"));
    assertThat(first.get(7)).isEqualTo(7);
    assertThat(first.get(8)).isNull();
    assertThat(rows.get(1).get(0)).isEqualTo(2L);
    assertThat(rows.get(1).get(2)).isNull();
  }

  @Test
  void detectsParquetByItsMagicBytes() throws Exception {
    Path parquet = dir.resolve("x.csv");
    DuckDb.execute("COPY (SELECT 1 AS a) TO " + DuckDb.literal(parquet) + " (FORMAT PARQUET)");
    Path csv = dir.resolve("x.parquet");
    Files.writeString(csv, "a\n1\n");
    assertThat(ParquetRows.isParquet(parquet)).isTrue();
    assertThat(ParquetRows.isParquet(csv)).isFalse();
  }
}
