package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HiveParquetSinkTest {
  private static final int ROWS = 3_000;
  private static final int PARALLELISM = 2;

  /**
   * Flink 2.2 treats a LocalDate POJO field as a generic (Kryo) type; naming the field types keeps
   * the job runnable with generic types disabled.
   */
  private static final TypeInformation<Delivery> DELIVERY_TYPE =
      Types.POJO(
          Delivery.class,
          Map.of(
              "orderId", Types.STRING,
              "regionId", Types.STRING,
              "deliveryDate", Types.LOCAL_DATE,
              "amountCents", Types.LONG));

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(PARALLELISM)
              .build());

  @TempDir Path base;

  @Test
  void batchJobCommitsAllRowsAtTheEnd() throws Exception {
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.BATCH);
    List<Delivery> rows = LongStream.range(0, ROWS).mapToObj(Delivery::sample).toList();

    env.fromData(rows, DELIVERY_TYPE).sinkTo(sink()).name("deliveries-parquet");
    env.execute("parquet-batch");

    assertTableHoldsExactly(rows);
  }

  @Test
  void streamingJobCommitsAtCheckpointsAndReadersNeverSeeOpenFiles() throws Exception {
    StreamExecutionEnvironment env = environment(RuntimeExecutionMode.STREAMING);
    env.fromSource(
            new DataGeneratorSource<>(
                new DeliveryGenerator(), ROWS, RateLimiterStrategy.perSecond(1_500), DELIVERY_TYPE),
            WatermarkStrategy.noWatermarks(),
            "deliveries")
        .sinkTo(sink())
        .name("deliveries-parquet");

    JobClient job = env.executeAsync("parquet-streaming");
    long rowsSeenMidRun = readWhileOpenFilesExist(job);
    job.getJobExecutionResult().get();

    assertThat(rowsSeenMidRun)
        .as("committed rows visible while the job ran")
        .isBetween(1L, (long) ROWS - 1);
    assertTableHoldsExactly(LongStream.range(0, ROWS).mapToObj(Delivery::sample).toList());
    assertThat(maxFilesInOnePartition())
        .as("more than one commit per subtask, i.e. files rolled on checkpoints")
        .isGreaterThan(PARALLELISM);
  }

  @Test
  void refusesToBuildWithoutABasePath() {
    assertThatThrownBy(
            () ->
                HiveParquetSink.forRecord(Delivery.class)
                    .partitionBy("region", Delivery::regionId)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("basePath(...) is required");
  }

  private FileSink<Delivery> sink() {
    return HiveParquetSink.forRecord(Delivery.class)
        .basePath(base)
        .partitionBy("delivery_date", Delivery::deliveryDate)
        .partitionBy("region", Delivery::regionId)
        .build();
  }

  /**
   * Polls the table while the job runs; once committed and in-progress files exist side by side,
   * queries it with DuckDB, which must read only whole files.
   *
   * @return rows DuckDB saw mid-run, or 0 if the job ended first
   */
  private long readWhileOpenFilesExist(JobClient job) throws Exception {
    while (!job.getJobStatus().get().isGloballyTerminalState()) {
      List<Path> files = filesOrEmptyWhileRenaming();
      boolean open = files.stream().anyMatch(HiveParquetSinkTest::isHidden);
      boolean committed = files.stream().anyMatch(f -> !isHidden(f));
      if (open && committed) {
        return (Long) DuckDb.single("SELECT count(*) FROM " + DuckDb.hiveTable(base));
      }
      Thread.sleep(50);
    }
    return 0;
  }

  private void assertTableHoldsExactly(List<Delivery> sent) throws Exception {
    String table = DuckDb.hiveTable(base);
    assertThat(DuckDb.single("SELECT count(*) FROM " + table)).isEqualTo((long) sent.size());
    List<List<Object>> sums =
        DuckDb.query(
            "SELECT CAST(delivery_date AS VARCHAR) || '/' || region, sum(amount_cents)"
                + " FROM "
                + table
                + " GROUP BY ALL");
    assertThat(HivePartitionedWriterTest.asMap(sums))
        .isEqualTo(HivePartitionedWriterTest.expectedSums(sent))
        .hasSize(12);
    assertThat(DuckDb.single("SELECT count(DISTINCT order_id) FROM " + table))
        .isEqualTo((long) sent.size());
    assertThat(files())
        .isNotEmpty()
        .allMatch(
            f -> f.getFileName().toString().matches("part-.*\\.parquet"), "committed part file")
        .allMatch(
            f -> f.getParent().getFileName().toString().startsWith("region="), "partition dir");
  }

  private int maxFilesInOnePartition() throws IOException {
    Map<Path, Long> perDirectory =
        files().stream()
            .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.counting()));
    return perDirectory.values().stream().mapToInt(Long::intValue).max().orElse(0);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /** The sink renames files under our feet; a listing that trips over one is simply retried. */
  private List<Path> filesOrEmptyWhileRenaming() throws IOException {
    try {
      return files();
    } catch (UncheckedIOException e) {
      return List.of();
    }
  }

  private static boolean isHidden(Path file) {
    return file.getFileName().toString().startsWith(".");
  }

  private static StreamExecutionEnvironment environment(RuntimeExecutionMode mode) {
    Configuration conf = new Configuration();
    conf.set(ExecutionOptions.RUNTIME_MODE, mode);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(200));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(PARALLELISM);
    return env;
  }

  /** Row {@code i} of the generated stream; the same rows the assertions expect. */
  private static final class DeliveryGenerator implements GeneratorFunction<Long, Delivery> {
    @Override
    public Delivery map(Long index) {
      return Delivery.sample(index);
    }
  }
}
