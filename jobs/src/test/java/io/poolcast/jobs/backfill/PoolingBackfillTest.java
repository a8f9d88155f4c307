package io.poolcast.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.events.EventJson;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.pooling.ReleasePolicyFile;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingPoolingSinks;
import io.poolcast.jobs.testing.CollectingSink;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A backfill is the streaming pipeline on a bounded input, replacing exactly its range. */
class PoolingBackfillTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final LocalDate FROM = LocalDate.of(2026, 1, 8);
  private static final LocalDate TO = LocalDate.of(2026, 1, 10);
  private static final BackfillRange RANGE = new BackfillRange(FROM, TO, 28);

  static World world;
  static Path events;
  static List<String> lines;

  @TempDir Path out;

  @BeforeAll
  static void generate(@TempDir Path dir) throws Exception {
    SampleWorldWriter.write(dir, Scale.SMALL, 11L, LocalDate.of(2026, 1, 5), 8, (p, d, t) -> {});
    world = WorldCsv.read(dir.resolve("world"));
    events = dir.resolve("events/shop-orders.jsonl");
    lines = Files.readAllLines(events);
  }

  private static StreamExecutionEnvironment env(String runtimeMode) {
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("execution.runtime-mode", runtimeMode);
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    return env;
  }

  private PoolingBackfill.Summary backfill(Path input) throws Exception {
    return backfill(new JsonLinesInput(input));
  }

  private PoolingBackfill.Summary backfill(BackfillInput input) throws Exception {
    return new PoolingBackfill(RANGE, world, ReleasePolicyFile.defaults(), out)
        .run(env("BATCH"), input, StreamExecutionEnvironment::execute);
  }

  /** Every file under the output folder with its SHA-256, by relative path. */
  private Map<String, String> contents() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        files.put(out.relativize(p).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }

  private static void plant(Path table, String partition, String content) throws IOException {
    Path file = table.resolve(partition).resolve("part-00000.parquet");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static List<String> query(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(c > 1 ? "|" : "").append(rs.getString(c));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  @Test
  void replacesOnlyItsRangeAndARerunWritesTheSameBytes() throws Exception {
    Path pooled = out.resolve(PoolingWiring.POOLED_ORDERS);
    plant(pooled, "delivery_date=2026-01-02/region=east-hz", "before the range");
    plant(pooled, "delivery_date=2026-01-09/region=gone", "stale, in the range");
    plant(pooled, "delivery_date=2026-02-01/region=east-hz", "after the range");

    PoolingBackfill.Summary first = backfill(events);
    Map<String, String> afterFirst = contents();
    PoolingBackfill.Summary second = backfill(events);

    assertThat(contents()).isEqualTo(afterFirst);
    assertThat(second.partitionsWritten()).isEqualTo(first.partitionsWritten()).isPositive();
    assertThat(first.eventsRead()).isEqualTo(lines.size());
    assertThat(
            Files.readString(
                pooled.resolve("delivery_date=2026-01-02/region=east-hz/part-00000.parquet")))
        .isEqualTo("before the range");
    assertThat(
            Files.readString(
                pooled.resolve("delivery_date=2026-02-01/region=east-hz/part-00000.parquet")))
        .isEqualTo("after the range");
    assertThat(pooled.resolve("delivery_date=2026-01-09/region=gone")).doesNotExist();
    try (Stream<Path> partitions = Files.list(pooled)) {
      assertThat(partitions.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "delivery_date=2026-01-02",
              "delivery_date=2026-01-08",
              "delivery_date=2026-01-09",
              "delivery_date=2026-01-10",
              "delivery_date=2026-02-01");
    }
    List<String> days =
        query(
            "SELECT DISTINCT CAST(delivery_date AS VARCHAR) FROM read_parquet(['"
                + pooled
                + "/delivery_date=2026-01-0[89]/*/*.parquet', '"
                + pooled
                + "/delivery_date=2026-01-10/*/*.parquet'], hive_partitioning = true) ORDER BY 1");
    assertThat(days).containsExactly("2026-01-08", "2026-01-09", "2026-01-10");
    assertThat(out.resolve(".backfill-stage").resolve("pooling_" + RANGE.label())).doesNotExist();
  }

  @Test
  void givesTheStreamingJobsRowsForItsRange() throws Exception {
    StreamExecutionEnvironment streaming = env("STREAMING");
    CollectingPoolingSinks collected = new CollectingPoolingSinks();
    CollectingSink<PooledOrderLine> pooled = collected.pooled;
    CollectingSink<PoolAllocation> allocations = collected.allocations;
    new PoolingJob(BoundedRawSource.of("poolcast.shop-orders", lines), collected.sinks(), world)
        .build(streaming);
    streaming.execute("streaming pooling");

    backfill(events);

    List<String> expected =
        allocations.received().stream()
            .filter(a -> RANGE.containsDeliveryDay(PoolingWiring.deliveryDate(a)))
            .map(
                a ->
                    String.join(
                        "|",
                        a.poolId(),
                        a.orderId(),
                        a.sku(),
                        Long.toString(a.quantity()),
                        Long.toString(a.unitPriceCents()),
                        Long.toString(a.savingCents())))
            .sorted()
            .toList();
    List<String> actual =
        query(
            "SELECT pool_id, order_id, sku, quantity, unit_price_cents, saving_cents FROM"
                + " read_parquet('"
                + out.resolve(PoolingWiring.POOL_ALLOCATIONS)
                + "/*/*/*.parquet') ORDER BY 1, 2, 3");
    assertThat(expected).isNotEmpty();
    assertThat(actual.stream().sorted().toList()).isEqualTo(expected);
    long expectedLines =
        pooled.received().stream().filter(l -> RANGE.containsDeliveryDay(l.deliveryDate())).count();
    assertThat(
            query(
                "SELECT count(*) FROM read_parquet('"
                    + out.resolve(PoolingWiring.POOLED_ORDERS)
                    + "/*/*/*.parquet')"))
        .containsExactly(Long.toString(expectedLines));
  }

  @Test
  void aBackfillThatFailsMidwayLeavesThePreviousPartitions() throws Exception {
    backfill(events);
    Map<String, String> before = contents();
    // The first half of the events, then a gzip stream cut off in the middle: reading fails.
    Path broken = out.getParent().resolve(out.getFileName() + "-broken.jsonl.gz");
    byte[] gz;
    try (var bytes = new java.io.ByteArrayOutputStream();
        OutputStream zip = new GZIPOutputStream(bytes)) {
      for (String line : lines) {
        zip.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      zip.close();
      gz = bytes.toByteArray();
    }
    Files.write(broken, java.util.Arrays.copyOf(gz, gz.length / 2));

    assertThatThrownBy(() -> backfill(broken)).isInstanceOf(Exception.class);

    assertThat(contents()).isEqualTo(before);
    Files.deleteIfExists(broken);
  }

  @Test
  void readsTheParquetEventArchiveLikeTheJsonLines(@TempDir Path archiveOut) throws Exception {
    List<ShopOrderEvent> decoded =
        lines.stream().map(l -> EventJson.fromJson(l, ShopOrderEvent.class)).toList();
    HivePartitionedWriter.write(
        archiveOut.resolve("events/shop_orders"),
        ShopOrderEvent.class,
        decoded,
        EventArchiveWiring.shopOrderPartitions());

    backfill(events);
    Map<String, String> fromJson = contents();
    PoolingBackfill.Summary fromArchive = backfill(ArchiveInput.under(archiveOut));

    assertThat(contents()).isEqualTo(fromJson);
    assertThat(fromArchive.eventsRead()).isEqualTo(lines.size());
  }
}
