package io.poolcast.jobs.backfill;

import static io.poolcast.jobs.backfill.BackfillTestSupport.contents;
import static io.poolcast.jobs.backfill.BackfillTestSupport.env;
import static io.poolcast.jobs.backfill.BackfillTestSupport.plant;
import static io.poolcast.jobs.backfill.BackfillTestSupport.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.EventJson;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.archive.EventArchiveJob;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.jobs.sellthrough.SellThroughJob;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import io.poolcast.world.SampleWorldWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/**
 * A sell-through backfill is the streaming job's pipeline on bounded files: the same rows for the
 * range's days as the streaming job fed through a broker, from JSON lines and from the Parquet
 * event archive alike, only the range's partitions replaced, the same bytes on a rerun, and nothing
 * changed by a run that fails.
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
  private static final int DAYS = 10;
  private static final LocalDate LAST_DAY = START.plusDays(DAYS - 1);
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
    world = BackfillTestSupport.sampleWorld(dir, START, DAYS);
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
    return backfill(
        new JsonLinesInput(salesInput, "pos-sales"), new JsonLinesInput(ordersFile, "shop-orders"));
  }

  private StagedBackfill.Summary backfill(BackfillInput salesInput, BackfillInput ordersInput)
      throws Exception {
    return new SellThroughBackfill(RANGE, world, out)
        .run(env("BATCH", 2), salesInput, ordersInput, StreamExecutionEnvironment::execute);
  }

  private static String table(Path dir) {
    return "read_parquet('"
        + dir.resolve(SellThroughWiring.SELL_THROUGH)
        + "/*/*/*.parquet', hive_partitioning = false)";
  }

  /**
   * The production jobs over all ten days through a real broker: the generated events published as
   * {@code poolcast publish} does (sales keyed by shop, orders by supplier), the streaming
   * sell-through job (STREAMING, checkpoints committing its Parquet files, bounded Kafka sources so
   * that it ends) writing {@code sell_through/} under {@code streamed}, and the archive job (BATCH)
   * writing the Parquet event archive under {@code archive}.
   */
  private static void throughTheBroker(Path streamed, Path archive) throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, null)) {
      broker.createTopics(Topics.defaults());
      KafkaConnection kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
      try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
        publisher.publish(salesFile, Topics.POS_SALES, "shop_id", (r, b, t) -> {});
        publisher.publish(ordersFile, Topics.SHOP_ORDERS, "supplier_id", (r, b, t) -> {});
      }
      Map<String, String> settings = FlinkEnvironments.baseSettings(Duration.ofMillis(200));
      settings.put("execution.runtime-mode", "STREAMING");
      settings.put("restart-strategy.type", "none");
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
      env.setParallelism(2);
      // The input ends with a watermark at +infinity, which closes a shop's days only through its
      // own last event: whether the quiet shop's days after FROM close before that depended on a
      // periodic watermark landing between the last records and the end (CI once saw 2,008 rows
      // streamed against 2,044 backfilled). A live job's watermark would pass every day of the
      // input, so the run names the input's last day, as the backfill names TO.
      new SellThroughJob(
              SellThroughWiring.kafkaSources(kafka, true),
              SellThroughWiring.sinks(kafka, streamed, false),
              world)
          .closingDaysThrough(LAST_DAY)
          .build(env);
      env.execute("streaming sell-through through the broker");

      StreamExecutionEnvironment batch = env("BATCH", 2);
      new EventArchiveJob(
              EventArchiveWiring.kafkaSources(kafka, true),
              EventArchiveWiring.sinks(kafka, archive),
              RegionZones.of(world))
          .build(batch);
      batch.execute("archive");

      assertThat(
              TopicReader.readAll(
                  kafka, Topics.DEAD_LETTERS, DeadLetter.class, Duration.ofSeconds(30)))
          .isEmpty();
    }
  }

  /**
   * The check: the same generated events through the streaming job (via the broker) and
   * through the backfill, from JSON lines and from the archive job's Parquet archive, give the same
   * sell-through rows for the range's days (compared through DuckDB, every column). The window (63
   * days before {@code FROM}) reaches back to the first event, so the backfill's stock estimates
   * start at 0 on the same day as the streaming job's and must match too.
   */
  @Test
  void givesTheStreamingJobsRowsThroughTheBrokerForItsDays(
      @TempDir Path streamed, @TempDir Path archive) throws Exception {
    throughTheBroker(streamed, archive);

    String inRange = " WHERE date BETWEEN DATE '" + FROM + "' AND DATE '" + TO + "'";
    String expected = "SELECT * FROM " + table(streamed) + inRange;
    assertThat(query("SELECT count(*) FROM (" + expected + ")").get(0)).isNotEqualTo("0");

    StagedBackfill.Summary fromJson = backfill(salesFile);
    assertSameRows(expected, "SELECT * FROM " + table(out));
    assertThat(query("SELECT DISTINCT level FROM " + table(out) + " ORDER BY 1"))
        .containsExactly("region_category", "region_sku", "shop_sku", "supplier");
    assertThat(fromJson.eventsRead()).isEqualTo(sales.size() + orders.size());
    assertThat(fromJson.deadLettersByReason()).isEmpty();

    StagedBackfill.Summary fromArchive =
        backfill(
            ArchiveInput.under(archive, ArchiveInput.Table.POS_SALES),
            ArchiveInput.under(archive, ArchiveInput.Table.SHOP_ORDERS));
    assertSameRows(expected, "SELECT * FROM " + table(out));
    assertThat(inWindow(fromArchive)).isEqualTo(inWindow(fromJson));
    assertThat(fromArchive.deadLettersByReason()).isEmpty();
  }

  /** Events read in the range's event window (an archive skips the days after it). */
  private static long inWindow(StagedBackfill.Summary summary) {
    return summary.eventsRead() - summary.eventsOutsideRange();
  }

  private static void assertSameRows(String expected, String actual) throws Exception {
    assertThat(query("SELECT count(*) FROM (" + actual + ")"))
        .isEqualTo(query("SELECT count(*) FROM (" + expected + ")"));
    assertThat(query(expected + " EXCEPT ALL " + actual)).isEmpty();
    assertThat(query(actual + " EXCEPT ALL " + expected)).isEmpty();
    // From the 7th day (2026-01-11) region × SKU rows carry classes, which must agree as well.
    assertThat(query("SELECT count(abc_class) FROM (" + actual + ")").get(0)).isNotEqualTo("0");
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
    // Shop rows are written by the shop stage's two subtasks, a file each; roll-ups by the
    // classes' stage, a file per subtask that had a supplier × region with rows that day.
    assertThat(fileNames(shopRows.resolve("date=2026-01-10")))
        .containsExactly("part-00000.parquet", "part-00001.parquet");
    assertThat(
            fileNames(
                out.resolve(SellThroughWiring.SELL_THROUGH)
                    .resolve("level=region_sku/date=2026-01-10")))
        .isNotEmpty()
        .isSubsetOf("part-00000.parquet", "part-00001.parquet");
    assertThat(first.tables().get(SellThroughWiring.SELL_THROUGH).removed()).isEqualTo(1);
    assertThat(out.resolve(".backfill-stage").resolve("sell-through_" + RANGE.label()))
        .doesNotExist();
  }

  @Test
  void aRangeTooLongToWriteInPlaceGathersItsRowsIntoOneFileAPartition(@TempDir Path other)
      throws Exception {
    backfill(salesFile);
    new SellThroughBackfill(RANGE, world, other, 2)
        .run(
            env("BATCH", 2),
            new JsonLinesInput(salesFile, "pos-sales"),
            new JsonLinesInput(ordersFile, "shop-orders"),
            StreamExecutionEnvironment::execute);

    Path shopRows = other.resolve(SellThroughWiring.SELL_THROUGH).resolve("level=shop_sku");
    assertThat(fileNames(shopRows.resolve("date=2026-01-10")))
        .containsExactly("part-00000.parquet");
    assertThat(
            fileNames(
                other
                    .resolve(SellThroughWiring.SELL_THROUGH)
                    .resolve("level=region_sku/date=2026-01-10")))
        .containsExactly("part-00000.parquet");
    String sameRows =
        "SELECT count(*) FROM ((SELECT * FROM %s EXCEPT ALL SELECT * FROM %s)"
            + " UNION ALL (SELECT * FROM %s EXCEPT ALL SELECT * FROM %s))";
    assertThat(query(String.format(sameRows, table(out), table(other), table(other), table(out))))
        .containsExactly("0");
    assertThat(query("SELECT count(*) FROM " + table(other)).get(0)).isNotEqualTo("0");
  }

  private static List<String> fileNames(Path partition) throws IOException {
    try (Stream<Path> files = Files.list(partition)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
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

  @Test
  void readsTheParquetEventArchiveLikeTheJsonLines(@TempDir Path archive) throws Exception {
    BackfillTestSupport.writeArchive(archive, orders, sales);

    StagedBackfill.Summary json = backfill(salesFile);
    Map<String, String> fromJson = contents(out);
    StagedBackfill.Summary fromArchive =
        backfill(
            ArchiveInput.under(archive, ArchiveInput.Table.POS_SALES),
            ArchiveInput.under(archive, ArchiveInput.Table.SHOP_ORDERS));

    // The same files byte for byte, hence the same rows.
    assertThat(contents(out)).isEqualTo(fromJson);
    assertThat(query("SELECT count(*) FROM " + table(out)).get(0)).isNotEqualTo("0");
    assertThat(inWindow(fromArchive)).isEqualTo(inWindow(json));
    // Only the event_date folders of the window are read: not the last day's (after TO + 1).
    assertThat(fromArchive.eventsRead()).isLessThan(json.eventsRead());
    assertThat(fromArchive.deadLettersByReason()).isEmpty();
  }
}
