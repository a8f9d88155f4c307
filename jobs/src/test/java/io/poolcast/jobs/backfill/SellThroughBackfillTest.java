package io.poolcast.jobs.backfill;

import static io.poolcast.jobs.backfill.BackfillTestSupport.contents;
import static io.poolcast.jobs.backfill.BackfillTestSupport.env;
import static io.poolcast.jobs.backfill.BackfillTestSupport.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.EventJson;
import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.jobs.sellthrough.SellThroughJob;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingSink;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sell-through backfill is the streaming job's pipeline on bounded files: the same rows for the
 * range's days as the job in STREAMING mode, only the range's partitions replaced, the same bytes
 * on a rerun, and nothing changed by a run that fails.
 */
class SellThroughBackfillTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate FROM = LocalDate.of(2026, 1, 10);
  private static final LocalDate TO = LocalDate.of(2026, 1, 12);
  private static final BackfillRange RANGE =
      new BackfillRange(FROM, TO, SellThroughBackfill.DEFAULT_LOOKBACK_DAYS);

  static World world;
  static Path salesFile;
  static Path ordersFile;
  static List<String> sales;
  static List<String> orders;

  @TempDir Path out;

  @BeforeAll
  static void generate(@TempDir Path dir) throws Exception {
    // Ten days: five before the range (stock and listings warm up), three in it, two after.
    SampleWorldWriter.write(
        dir, new WorldSize(2, 20, 16, 150, 15, 40, 5), 11L, START, 10, false, (p, d, t) -> {});
    world = WorldCsv.read(dir.resolve("world"));
    salesFile = dir.resolve(SampleWorldWriter.SALES_FILE);
    ordersFile = dir.resolve(SampleWorldWriter.ORDERS_FILE);
    // One shop goes quiet inside the range: its days must still close through TO, as the
    // streaming job's watermark closes them.
    String quiet = world.shops().get(0).shopId();
    sales = withoutEventsFrom(Files.readAllLines(salesFile), quiet, FROM.plusDays(1));
    orders = withoutEventsFrom(Files.readAllLines(ordersFile), quiet, FROM.plusDays(1));
    Files.write(salesFile, sales);
    Files.write(ordersFile, orders);
  }

  private static List<String> withoutEventsFrom(List<String> lines, String shop, LocalDate day) {
    Instant cut = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return lines.stream()
        .filter(
            l ->
                !l.contains("\"shop_id\":\"" + shop + "\"")
                    || EventJson.eventTimeOf(l.getBytes(StandardCharsets.UTF_8))
                        .orElseThrow()
                        .isBefore(cut))
        .toList();
  }

  private StagedBackfill.Summary backfill(Path salesInput) throws Exception {
    return new SellThroughBackfill(RANGE, world, out)
        .run(
            env("BATCH", 2),
            new JsonLinesInput(salesInput, "pos-sales"),
            new JsonLinesInput(ordersFile, "shop-orders"),
            StreamExecutionEnvironment::execute);
  }

  private static void plant(Path table, String partition, String content) throws IOException {
    Path file = table.resolve(partition).resolve(HivePartitionedWriter.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static String table(Path dir) {
    return "read_parquet('"
        + dir.resolve(SellThroughWiring.SELL_THROUGH)
        + "/*/*/*.parquet', hive_partitioning = false)";
  }

  /** The streaming job over all ten days, its rows written as a table under {@code dir}. */
  private static void streaming(Path dir) throws Exception {
    StreamExecutionEnvironment env = env("STREAMING", 1);
    // Watermarks after (almost) every record, as a live topic gives them: days close as the input
    // moves on, not all at once at its end (which would close a quiet shop's days only through
    // its own last event, unlike a live job).
    env.getConfig().setAutoWatermarkInterval(1);
    CollectingSink<SellThroughRow> rows = new CollectingSink<>();
    CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    new SellThroughJob(
            new SellThroughJob.Sources(
                BoundedRawSource.of("poolcast.pos-sales", sales),
                BoundedRawSource.of("poolcast.shop-orders", orders)),
            new SellThroughJob.Sinks(
                new CollectingSink<>(),
                TableOutput.sink(rows),
                new CollectingSink<Insight>(),
                deadLetters),
            world)
        .build(env);
    env.execute("streaming sell-through");
    assertThat(deadLetters.received()).isEmpty();
    HivePartitionedWriter.write(
        dir.resolve(SellThroughWiring.SELL_THROUGH),
        SellThroughRow.class,
        rows.received(),
        SellThroughWiring.partitions());
  }

  @Test
  void givesTheStreamingJobsRowsForItsDays(@TempDir Path streamed) throws Exception {
    streaming(streamed);

    StagedBackfill.Summary summary = backfill(salesFile);

    String inRange = " WHERE date BETWEEN DATE '" + FROM + "' AND DATE '" + TO + "'";
    String expected = "SELECT * FROM " + table(streamed) + inRange;
    String actual = "SELECT * FROM " + table(out);
    assertThat(query("SELECT count(*) FROM (" + expected + ")").get(0)).isNotEqualTo("0");
    assertThat(query("SELECT count(*) FROM (" + actual + ")"))
        .isEqualTo(query("SELECT count(*) FROM (" + expected + ")"));
    assertThat(query(expected + " EXCEPT ALL " + actual)).isEmpty();
    assertThat(query(actual + " EXCEPT ALL " + expected)).isEmpty();
    // From the 7th day (2026-01-11) region × SKU rows carry classes, which must agree as well.
    assertThat(query("SELECT count(abc_class) FROM (" + actual + ")").get(0)).isNotEqualTo("0");
    assertThat(query("SELECT DISTINCT level FROM " + table(out) + " ORDER BY 1"))
        .containsExactly("region_category", "region_sku", "shop_sku", "supplier");
    assertThat(summary.eventsRead()).isEqualTo(sales.size() + orders.size());
    assertThat(summary.deadLettersByReason()).isEmpty();
  }

  @Test
  void replacesOnlyItsRangeAndARerunWritesTheSameBytes() throws Exception {
    Path shopRows = out.resolve(SellThroughWiring.SELL_THROUGH).resolve("level=shop_sku");
    plant(shopRows, "date=2026-01-09", "before the range");
    plant(shopRows, "date=2026-01-11", "stale, in the range");
    plant(shopRows, "date=2026-01-13", "after the range");
    plant(
        out.resolve(SellThroughWiring.SELL_THROUGH).resolve("level=gone"), "date=2026-01-10", "x");

    StagedBackfill.Summary first = backfill(salesFile);
    Map<String, String> afterFirst = contents(out);
    StagedBackfill.Summary second = backfill(salesFile);

    assertThat(contents(out)).isEqualTo(afterFirst);
    assertThat(second.partitionsWritten()).isEqualTo(first.partitionsWritten()).isEqualTo(4 * 3);
    assertThat(Files.readString(shopRows.resolve("date=2026-01-09/part-00000.parquet")))
        .isEqualTo("before the range");
    assertThat(Files.readString(shopRows.resolve("date=2026-01-13/part-00000.parquet")))
        .isEqualTo("after the range");
    assertThat(out.resolve(SellThroughWiring.SELL_THROUGH).resolve("level=gone/date=2026-01-10"))
        .doesNotExist();
    try (Stream<Path> partitions = Files.list(shopRows)) {
      assertThat(partitions.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "date=2026-01-09",
              "date=2026-01-10",
              "date=2026-01-11",
              "date=2026-01-12",
              "date=2026-01-13");
    }
    assertThat(
            query(
                "SELECT DISTINCT CAST(date AS VARCHAR) FROM read_parquet('"
                    + shopRows
                    + "/date=2026-01-1[012]/*.parquet') ORDER BY 1"))
        .containsExactly("2026-01-10", "2026-01-11", "2026-01-12");
    assertThat(first.tables().get(SellThroughWiring.SELL_THROUGH).removed()).isEqualTo(1);
    assertThat(out.resolve(".backfill-stage").resolve("sell-through_" + RANGE.label()))
        .doesNotExist();
  }

  @Test
  void aBackfillThatFailsMidwayLeavesThePreviousPartitions() throws Exception {
    backfill(salesFile);
    Map<String, String> before = contents(out);
    // The sales, gzipped and cut off in the middle: reading fails after part of the input.
    Path broken = out.getParent().resolve(out.getFileName() + "-pos-sales.jsonl.gz");
    byte[] gz;
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream zip = new GZIPOutputStream(bytes)) {
      for (String line : sales) {
        zip.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      zip.close();
      gz = bytes.toByteArray();
    }
    Files.write(broken, Arrays.copyOf(gz, gz.length / 2));

    assertThatThrownBy(() -> backfill(broken)).isInstanceOf(Exception.class);

    assertThat(contents(out)).isEqualTo(before);
    Files.deleteIfExists(broken);
  }
}
