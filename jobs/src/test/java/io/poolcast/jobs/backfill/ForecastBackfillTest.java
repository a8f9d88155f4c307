package io.poolcast.jobs.backfill;

import static io.poolcast.jobs.backfill.BackfillTestSupport.contents;
import static io.poolcast.jobs.backfill.BackfillTestSupport.env;
import static io.poolcast.jobs.backfill.BackfillTestSupport.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.connectors.parquet.PartitionRangeReplace;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.jobs.forecastjob.ForecastJob;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import io.poolcast.jobs.forecastjob.ForecastWiring;
import io.poolcast.world.SampleWorldWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A forecast backfill replaces exactly its issue days, with the forecast job's rows. */
class ForecastBackfillTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate FROM = LocalDate.of(2026, 1, 14);
  private static final LocalDate TO = LocalDate.of(2026, 1, 15);

  private static final BackfillRange RANGE =
      new BackfillRange(FROM, TO, ForecastBackfill.DEFAULT_LOOKBACK_DAYS);

  static World world;
  static Path sales;

  @BeforeAll
  static void generate(@TempDir Path dir) throws Exception {
    world = BackfillTestSupport.sampleWorld(dir, START, 12);
    sales = dir.resolve(SampleWorldWriter.SALES_FILE);
  }

  private static StagedBackfill.Summary backfill(BackfillInput input, Path out) throws Exception {
    return new ForecastBackfill(RANGE, world, ForecastModelSpec.auto(), out)
        .run(env("BATCH", 2), input, StreamExecutionEnvironment::execute);
  }

  private static String forecasts(Path out) {
    return "read_parquet('"
        + out.resolve(ForecastWiring.FORECASTS)
        + "/*/*/*.parquet', hive_partitioning = false)";
  }

  @Test
  void replacesItsIssueDaysWithTheJobsForecasts(@TempDir Path out, @TempDir Path job)
      throws Exception {
    Path table = out.resolve(ForecastWiring.FORECASTS);
    for (String partition :
        List.of("issued_on=2026-01-13/region=r", "issued_on=2026-01-14/region=gone")) {
      Files.createDirectories(table.resolve(partition));
      Files.writeString(table.resolve(partition).resolve(HivePartitionedWriter.FILE_NAME), "old");
    }

    StagedBackfill.Summary summary = backfill(new JsonLinesInput(sales, "pos-sales"), out);

    assertThat(table.resolve("issued_on=2026-01-13/region=r/part-00000.parquet")).hasContent("old");
    assertThat(table.resolve("issued_on=2026-01-14/region=gone")).doesNotExist();
    assertThat(
            query(
                "SELECT DISTINCT CAST(issued_on AS VARCHAR) FROM read_parquet('"
                    + table
                    + "/issued_on=2026-01-1[45]/*/*.parquet') ORDER BY 1"))
        .containsExactly("2026-01-14", "2026-01-15");
    assertThat(summary.tables().get(ForecastWiring.FORECASTS))
        .isEqualTo(new PartitionRangeReplace.Outcome(1, 1, 0));
    assertThat(summary.partitionsWritten()).isPositive();

    // The forecast job itself over the whole file, publishing from FROM on: same rows in range.
    StreamExecutionEnvironment env = env("BATCH", 2);
    new ForecastJob(
            ForecastWiring.fileSource(sales),
            ForecastWiring.fileSinks(job),
            world,
            new ForecastJob.Settings(ForecastModelSpec.auto(), ForecastEligibility.DEFAULT, FROM))
        .build(env);
    env.execute("forecast job");
    String expected = "SELECT * FROM " + forecasts(job) + " WHERE issued_on <= DATE '" + TO + "'";
    String actual =
        "SELECT * FROM read_parquet('"
            + table
            + "/issued_on=2026-01-1[45]/*/*.parquet', hive_partitioning = false)";
    assertThat(query("SELECT count(*) FROM (" + actual + ")"))
        .isEqualTo(query("SELECT count(*) FROM (" + expected + ")"))
        .doesNotContain("0");
    assertThat(query("SELECT count(*) FROM (" + expected + " EXCEPT ALL " + actual + ")"))
        .containsExactly("0");
  }

  @Test
  void readsTheParquetEventArchiveLikeTheJsonLines(
      @TempDir Path archive, @TempDir Path fromJson, @TempDir Path fromArchive) throws Exception {
    BackfillTestSupport.writeArchive(archive, List.of(), Files.readAllLines(sales));

    StagedBackfill.Summary json = backfill(new JsonLinesInput(sales, "pos-sales"), fromJson);
    StagedBackfill.Summary summary =
        backfill(ArchiveInput.under(archive, ArchiveInput.Table.POS_SALES), fromArchive);

    // The same files byte for byte, hence the same forecasts.
    assertThat(contents(fromArchive)).isEqualTo(contents(fromJson));
    assertThat(query("SELECT count(*) FROM " + forecasts(fromArchive)).get(0)).isNotEqualTo("0");
    assertThat(summary.eventsRead() - summary.eventsOutsideRange())
        .isEqualTo(json.eventsRead() - json.eventsOutsideRange())
        .isPositive();
  }
}
