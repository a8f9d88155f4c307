package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of rows of one partition shares one path instance; a change of values starts a new one. */
class PartitionPathsTest {
  record Row(String day, String region, int units) {}

  private final PartitionPaths<Row> paths =
      new PartitionPaths<>(
          new HivePartitioner<>(
              List.of(
                  PartitionColumn.of("date", Row::day),
                  PartitionColumn.of("region", Row::region))));

  @Test
  void formatsAPathOncePerRunOfEqualValues() {
    String first = paths.of(new Row("2026-01-05", "east", 1));
    String sameRun = paths.of(new Row("2026-01-05", "east", 2));
    String next = paths.of(new Row("2026-01-05", "west", 3));
    String back = paths.of(new Row("2026-01-05", "east", 4));

    assertThat(first).isEqualTo("date=2026-01-05/region=east");
    assertThat(sameRun).isSameAs(first);
    assertThat(next).isEqualTo("date=2026-01-05/region=west");
    assertThat(back).isEqualTo(first).isNotSameAs(first);
  }
}
