package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.EventJson;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.backfill.BackfillRange;
import io.poolcast.jobs.backfill.JsonLinesInput;
import io.poolcast.jobs.backfill.PoolingBackfill;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.jobs.testing.DuckDbRows;
import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pooling job through a real broker: a BATCH catch-up whose topics and Parquet files agree with
 * each other and with the pure domain, and a STREAMING run that is stopped with a savepoint and
 * resumed with more orders, without losing or duplicating a pooled line.
 */
class PoolingIntegrationTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(4)
              .build());

  private static EmbeddedKafkaBroker broker;
  private static World world;
  private static List<String> lines;
  private static List<ShopOrderEvent> events;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    broker = EmbeddedKafkaBroker.start(0, null);
    SampleWorldWriter.write(dir, Scale.SMALL, 23L, LocalDate.of(2026, 3, 2), 6, (p, d, t) -> {});
    world = WorldCsv.read(dir.resolve("world"));
    lines = Files.readAllLines(dir.resolve("events/shop-orders.jsonl"));
    events = lines.stream().map(l -> EventJson.fromJson(l, ShopOrderEvent.class)).toList();
  }

  @AfterAll
  static void tearDown() {
    broker.close();
  }

  /** A fresh set of topics per test, so the tests do not see each other's output. */
  private static KafkaConnection freshTopics(String prefix) {
    broker.createTopics(Map.of(prefix + Topics.SHOP_ORDERS, 4));
    return KafkaConnection.of(broker.bootstrapServers(), Map.of());
  }

  private static void publish(KafkaConnection kafka, String topic, List<String> payloads) {
    try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
      payloads.forEach(p -> publisher.publishRaw(topic, null, p));
      publisher.flush();
    }
  }

  @Test
  void batchCatchUpAgreesAcrossTopicsParquetAndTheDomain(@TempDir Path out) throws Exception {
    KafkaConnection kafka = freshTopics("");
    broker.createTopics(Topics.defaults());
    publish(kafka, Topics.SHOP_ORDERS, lines);
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    new PoolingJob(
            PoolingWiring.kafkaSource(kafka, true),
            PoolingWiring.sinks(kafka, out, "", true),
            world)
        .build(env);
    env.execute("pooling-batch-it");

    Duration t = Duration.ofSeconds(60);
    List<PooledOrderLine> pooled =
        TopicReader.readAll(kafka, Topics.POOLED_ORDERS, PooledOrderLine.class, t);
    List<PoolAllocation> allocations =
        TopicReader.readAll(kafka, Topics.POOL_ALLOCATIONS, PoolAllocation.class, t);
    List<PoolAllocation> expected = DomainReplay.allocations(events, PoolingReference.of(world));
    assertThat(allocations).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(pooled.stream().map(l -> l.poolId() + "/" + l.sku()).distinct().count())
        .isEqualTo(pooled.size());

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              totals(
                  sql,
                  "SELECT count(*), sum(quantity), sum(quantity * unit_price_cents) FROM read_parquet('"
                      + out.resolve("pooled_orders")
                      + "/**/*.parquet', hive_partitioning=true)"))
          .containsExactly(
              (long) pooled.size(),
              pooled.stream().mapToLong(PooledOrderLine::quantity).sum(),
              pooled.stream().mapToLong(PooledOrderLine::valueCents).sum());
      assertThat(
              totals(
                  sql,
                  "SELECT count(*), sum(quantity), sum(saving_cents) FROM read_parquet('"
                      + out.resolve("pool_allocations")
                      + "/**/*.parquet', hive_partitioning=true)"))
          .containsExactly(
              (long) allocations.size(),
              allocations.stream().mapToLong(PoolAllocation::quantity).sum(),
              allocations.stream().mapToLong(PoolAllocation::savingCents).sum());
    }
  }

  private static List<Long> totals(Statement sql, String query) throws Exception {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
    }
  }

  @Test
  void streamingRunResumesFromASavepointWithoutLossOrDuplicates(@TempDir Path dir)
      throws Exception {
    String p = "restart.";
    KafkaConnection kafka = freshTopics(p);
    broker.createTopics(
        Map.of(
            p + Topics.POOLED_ORDERS,
            4,
            p + Topics.POOL_ALLOCATIONS,
            4,
            p + Topics.POOL_PROGRESS,
            4,
            p + Topics.DEAD_LETTERS,
            1));
    int half = lines.size() / 2;
    publish(kafka, p + Topics.SHOP_ORDERS, lines.subList(0, half));

    // Pools are released once the watermark passes their cut-off; the last orders keep the
    // watermark 10 minutes behind them, so compare the pools whose cut-off is before that.
    Instant watermark =
        events.stream()
            .map(ShopOrderEvent::eventTime)
            .max(Instant::compareTo)
            .orElseThrow()
            .minus(Duration.ofMinutes(11));
    PoolingReference ref = PoolingReference.of(world);
    List<PoolAllocation> expected =
        DomainReplay.allocations(events, ref).stream()
            .filter(a -> cutoffOf(a.poolId(), ref).isBefore(watermark))
            .toList();

    Path savepoints = dir.resolve("savepoints");
    JobClient first = startStreaming(kafka, p, dir, null);
    waitForAllocations(kafka, p, 1);
    String savepoint =
        first
            .stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
            .get();

    publish(kafka, p + Topics.SHOP_ORDERS, lines.subList(half, lines.size()));
    JobClient second = startStreaming(kafka, p, dir, savepoint);
    List<PoolAllocation> got = waitForAllocations(kafka, p, expected.size());
    second.cancel().get();

    List<PoolAllocation> released =
        got.stream().filter(a -> cutoffOf(a.poolId(), ref).isBefore(watermark)).toList();
    assertThat(released).containsExactlyInAnyOrderElementsOf(expected);
    Map<String, Long> perLine = new HashMap<>();
    got.forEach(a -> perLine.merge(a.poolId() + "/" + a.orderId() + "/" + a.sku(), 1L, Long::sum));
    assertThat(perLine.values()).as("no allocation is published twice").allMatch(n -> n == 1L);

    List<PooledOrderLine> pooled =
        TopicReader.readAll(
            kafka, p + Topics.POOLED_ORDERS, PooledOrderLine.class, Duration.ofSeconds(30));
    assertBackfillGivesTheSameResults(dir, got, pooled, ref, watermark);
  }

  /**
   * The backfill of the same events (BATCH, from a JSON-lines export) writes, for every delivery
   * day the streaming run released completely, exactly the pooled order lines and allocations the
   * streaming job published through the broker (compared through DuckDB, every column).
   */
  private static void assertBackfillGivesTheSameResults(
      Path dir,
      List<PoolAllocation> streamed,
      List<PooledOrderLine> streamedLines,
      PoolingReference ref,
      Instant watermark)
      throws Exception {
    Map<LocalDate, Boolean> dayDone = new TreeMap<>();
    for (PoolAllocation a : DomainReplay.allocations(events, ref)) {
      LocalDate day = PoolKey.parse(a.poolId()).orElseThrow().deliveryDate();
      dayDone.merge(day, cutoffOf(a.poolId(), ref).isBefore(watermark), Boolean::logicalAnd);
    }
    List<LocalDate> done =
        dayDone.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    BackfillRange range = new BackfillRange(done.get(0), done.get(done.size() - 1), 28);
    Path eventsFile = dir.resolve("shop-orders.jsonl");
    Files.write(eventsFile, lines);
    Path backfillOut = dir.resolve("backfill-out");
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    new PoolingBackfill(range, world, ReleasePolicyFile.defaults(), backfillOut)
        .run(env, new JsonLinesInput(eventsFile), StreamExecutionEnvironment::execute);

    List<String> expected =
        streamed.stream()
            .filter(a -> range.containsDeliveryDay(PoolingWiring.deliveryDate(a)))
            .map(
                a ->
                    a.poolId()
                        + "|"
                        + a.orderId()
                        + "|"
                        + a.sku()
                        + "|"
                        + a.quantity()
                        + "|"
                        + a.unitPriceCents()
                        + "|"
                        + a.savingCents())
            .sorted()
            .toList();
    List<String> actual =
        duckDbRows(
            "SELECT concat_ws('|', pool_id, order_id, sku, quantity, unit_price_cents,"
                + " saving_cents) FROM read_parquet('"
                + backfillOut.resolve(PoolingWiring.POOL_ALLOCATIONS)
                + "/**/*.parquet')");
    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);

    List<String> expectedLines =
        streamedLines.stream()
            .filter(l -> range.containsDeliveryDay(l.deliveryDate()))
            .map(PoolingIntegrationTest::lineText)
            .sorted()
            .toList();
    List<String> actualLines =
        duckDbRows(
            "SELECT concat_ws('|', pool_id, supplier_id, region, delivery_date, sku, category,"
                + " quantity, list_price_cents, unit_price_cents, tier, category_tier, shop_count,"
                + " order_count, trucks, release_reason, epoch_ms(released_at))"
                + " FROM read_parquet('"
                + backfillOut.resolve(PoolingWiring.POOLED_ORDERS)
                + "/**/*.parquet', hive_partitioning = false)");
    assertThat(expectedLines).isNotEmpty();
    assertThat(actualLines).isEqualTo(expectedLines);
  }

  /** A pooled order line as the DuckDB query above prints it. */
  private static String lineText(PooledOrderLine l) {
    return String.join(
        "|",
        l.poolId(),
        l.supplierId(),
        l.region(),
        l.deliveryDate().toString(),
        l.sku(),
        l.category(),
        String.valueOf(l.quantity()),
        String.valueOf(l.listPriceCents()),
        String.valueOf(l.unitPriceCents()),
        String.valueOf(l.tier()),
        String.valueOf(l.categoryTier()),
        String.valueOf(l.shopCount()),
        String.valueOf(l.orderCount()),
        String.valueOf(l.trucks()),
        l.releaseReason().name(),
        String.valueOf(l.releasedAt().toEpochMilli()));
  }

  /** A DuckDB query's rows, sorted. */
  private static List<String> duckDbRows(String query) throws Exception {
    return DuckDbRows.of(query + " ORDER BY 1");
  }

  private static Instant cutoffOf(String poolId, PoolingReference ref) {
    PoolKey key = PoolKey.parse(poolId).orElseThrow();
    return ref.calendar(key).orElseThrow().cutoffOf(key.deliveryDate());
  }

  private static JobClient startStreaming(
      KafkaConnection kafka, String p, Path dir, String savepoint) throws Exception {
    Map<String, String> settings = FlinkEnvironments.baseSettings(Duration.ofMillis(500));
    settings.put("restart-strategy.type", "none");
    if (savepoint != null) {
      settings.put("execution.state-recovery.path", savepoint);
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    new PoolingJob(
            PoolingWiring.kafkaSource(kafka, false, p),
            PoolingWiring.sinks(kafka, dir.resolve("out"), p, false),
            world)
        .build(env);
    return env.executeAsync("pooling-restart-it");
  }

  private static List<PoolAllocation> waitForAllocations(
      KafkaConnection kafka, String p, int atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    List<PoolAllocation> got = List.of();
    while (System.nanoTime() < deadline) {
      got =
          TopicReader.readAll(
              kafka, p + Topics.POOL_ALLOCATIONS, PoolAllocation.class, Duration.ofSeconds(30));
      if (got.size() >= atLeast) {
        Thread.sleep(2_000); // let a late duplicate, if any, show up
        return TopicReader.readAll(
            kafka, p + Topics.POOL_ALLOCATIONS, PoolAllocation.class, Duration.ofSeconds(30));
      }
      Thread.sleep(500);
    }
    return got;
  }
}
