package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.EventJson;
import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingSink;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same events give the same rows and findings in STREAMING (watermarks close the days one by
 * one) and in BATCH (every day closes at the end of input), on a MiniCluster.
 */
class SellThroughJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static World world;
  private static List<String> sales;
  private static List<String> orders;

  @BeforeAll
  static void generate(@TempDir Path dir) throws Exception {
    SampleWorldWriter.write(
        dir,
        new WorldSize(2, 20, 16, 150, 15, 40, 5),
        11L,
        LocalDate.of(2026, 1, 5),
        7, // region × SKU rows get ABC / XYZ classes on the 7th day
        false,
        (p, d, t) -> {});
    world = WorldCsv.read(dir.resolve("world"));
    sales = Files.readAllLines(dir.resolve(SampleWorldWriter.SALES_FILE));
    orders = Files.readAllLines(dir.resolve(SampleWorldWriter.ORDERS_FILE));
  }

  private record Run(List<String> rows, List<String> insights, List<DeadLetter> deadLetters) {}

  private static Run run(boolean batch) throws Exception {
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    if (!batch) {
      settings.put("execution.runtime-mode", "STREAMING");
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    // Streaming reads each file in event-time order with one reader, as a Kafka partition would be.
    env.setParallelism(batch ? 2 : 1);
    CollectingSink<SellThroughRow> topic = new CollectingSink<>();
    CollectingSink<SellThroughRow> files = new CollectingSink<>();
    CollectingSink<Insight> insights = new CollectingSink<>();
    CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    new SellThroughJob(
            new SellThroughJob.Sources(
                BoundedRawSource.of("poolcast.pos-sales", sales),
                BoundedRawSource.of("poolcast.shop-orders", orders)),
            new SellThroughJob.Sinks(topic, TableOutput.sink(files), insights, deadLetters),
            world)
        .build(env);
    env.execute("sell-through-" + (batch ? "batch" : "streaming"));
    assertThat(files.received()).containsExactlyInAnyOrderElementsOf(topic.received());
    return new Run(
        topic.received().stream().map(EventJson::toJson).sorted().toList(),
        insights.received().stream().map(EventJson::toJson).sorted().toList(),
        deadLetters.received());
  }

  @Test
  void streamingAndBatchAgree() throws Exception {
    Run streaming = run(false);
    Run batch = run(true);
    assertThat(streaming.deadLetters()).isEmpty();
    assertThat(batch.deadLetters()).isEmpty();
    assertThat(streaming.rows()).isNotEmpty().isEqualTo(batch.rows());
    assertThat(streaming.rows()).anyMatch(r -> r.contains("\"abc_class\":\"A\""));
    assertThat(streaming.rows()).anyMatch(r -> r.matches(".*\"turnover_days\":[0-9].*"));
    assertThat(streaming.insights()).isEqualTo(batch.insights());
  }
}
