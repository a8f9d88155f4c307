package io.poolcast.jobs.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.demo.ExpectedOrderTotals;
import io.poolcast.jobs.demo.ExpectedOrderTotals.RegionTotals;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end: generated events go to a real broker with a plain producer, the
 * job runs on a MiniCluster with the production wiring (Kafka in, Kafka + Parquet out, exactly
 * once), and both outputs are read back with independent readers (a plain read_committed consumer
 * and DuckDB) and compared with totals computed directly from the generated events.
 */
class EventArchiveIntegrationTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static EmbeddedKafkaBroker broker;
  private static KafkaConnection kafka;

  @BeforeAll
  static void startBroker(@TempDir Path kafkaDir) {
    broker = EmbeddedKafkaBroker.start(0, kafkaDir);
    broker.createTopics(Topics.defaults());
    kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void archivesEverythingAndSumsOrdersPerRegionDay(@TempDir Path dir) throws Exception {
    Path world = dir.resolve("world");
    SampleWorldWriter.write(world, Scale.SMALL, 7L, LocalDate.of(2026, 1, 5), 3, (p, d, t) -> {});
    Path orders = world.resolve("events/shop-orders.jsonl");
    Path sales = world.resolve("events/pos-sales.jsonl");
    long orderEvents;
    long saleEvents;
    try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
      orderEvents = publisher.publish(orders, Topics.SHOP_ORDERS, "supplier_id", (r, b, t) -> {});
      saleEvents = publisher.publish(sales, Topics.POS_SALES, "shop_id", (r, b, t) -> {});
      publisher.publishRaw(Topics.SHOP_ORDERS, null, "this is not json");
      publisher.flush();
    }

    Path out = dir.resolve("out");
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    new EventArchiveJob(
            EventArchiveWiring.kafkaSources(kafka, true),
            EventArchiveWiring.sinks(kafka, out),
            RegionZones.of(WorldCsv.read(world.resolve("world"))))
        .build(env);
    env.execute("archive-integration-test");

    Map<String, RegionTotals> expected = ExpectedOrderTotals.fromFile(orders);
    assertThat(expected).isNotEmpty();

    List<RegionDailyOrderSummary> days =
        TopicReader.readAll(
            kafka,
            Topics.REGION_DAILY_ORDERS,
            RegionDailyOrderSummary.class,
            Duration.ofSeconds(30));
    Map<String, RegionTotals> fromTopic = ExpectedOrderTotals.fromSummaries(days);
    assertThat(fromTopic).isEqualTo(expected);
    assertThat(days).doesNotHaveDuplicates();

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      Map<String, RegionTotals> fromParquet = new TreeMap<>();
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT region, sum(placed_orders), sum(units), sum(list_value_cents) FROM read_parquet('"
                  + out.resolve("region_daily_orders")
                  + "/**/*.parquet', hive_partitioning=true) GROUP BY region")) {
        while (rs.next()) {
          fromParquet.put(
              rs.getString(1), new RegionTotals(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      assertThat(fromParquet).isEqualTo(expected);
      assertThat(count(sql, out.resolve("events/shop_orders"))).isEqualTo(orderEvents);
      assertThat(count(sql, out.resolve("events/pos_sales"))).isEqualTo(saleEvents);
    }

    List<DeadLetter> deadLetters =
        TopicReader.readAll(kafka, Topics.DEAD_LETTERS, DeadLetter.class, Duration.ofSeconds(30));
    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(DeadLetterReason.UNPARSEABLE);
              assertThat(d.sourceTopic()).isEqualTo(Topics.SHOP_ORDERS);
              assertThat(d.payload()).isEqualTo("this is not json");
            });
    assertThat(Files.exists(out.resolve("events/shop_orders"))).isTrue();
  }

  private static long count(Statement sql, Path base) throws Exception {
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT count(*) FROM read_parquet('"
                + base
                + "/**/*.parquet', hive_partitioning=true)")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
