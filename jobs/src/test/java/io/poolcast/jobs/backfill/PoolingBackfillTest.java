package io.poolcast.jobs.backfill;

import static io.poolcast.jobs.backfill.BackfillTestSupport.contents;
import static io.poolcast.jobs.backfill.BackfillTestSupport.env;
import static io.poolcast.jobs.backfill.BackfillTestSupport.plant;
import static io.poolcast.jobs.backfill.BackfillTestSupport.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.pooling.ReleasePolicyFile;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingPoolingSinks;
import io.poolcast.jobs.testing.CollectingSink;
import io.poolcast.jobs.testing.LoggedWarnings;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

  private PoolingBackfill.Summary backfill(Path input) throws Exception {
    return backfill(new JsonLinesInput(input));
  }

  private PoolingBackfill.Summary backfill(BackfillInput input) throws Exception {
    return new PoolingBackfill(RANGE, world, ReleasePolicyFile.defaults(), out)
        .run(env("BATCH", 2), input, StreamExecutionEnvironment::execute);
  }

  @Test
  void replacesOnlyItsRangeAndARerunWritesTheSameBytes() throws Exception {
    Path pooled = out.resolve(PoolingWiring.POOLED_ORDERS);
    plant(pooled, "delivery_date=2026-01-02/region=east-hz", "before the range");
    plant(pooled, "delivery_date=2026-01-09/region=gone", "stale, in the range");
    plant(pooled, "delivery_date=2026-02-01/region=east-hz", "after the range");

    PoolingBackfill.Summary first = backfill(events);
    Map<String, String> afterFirst = contents(out);
    PoolingBackfill.Summary second = backfill(events);

    assertThat(contents(out)).isEqualTo(afterFirst);
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
  void setsNoTimerTheEndOfItsInputWouldIgnore() throws Exception {
    // BATCH fires a key's timers at its end and ignores the ones set then, one warning each:
    // 176,000 lines for a month of the seed world, and none of them meant anything.
    try (LoggedWarnings warnings =
        LoggedWarnings.of(
            "org.apache.flink.streaming.api.operators.sorted.state.BatchExecutionInternalTimeService")) {
      PoolingBackfill.Summary summary = backfill(events);

      assertThat(summary.partitionsWritten()).isPositive();
      assertThat(warnings.messages()).isEmpty();
    }
  }

  @Test
  void givesTheStreamingJobsRowsForItsRange() throws Exception {
    StreamExecutionEnvironment streaming = env("STREAMING", 2);
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
  void aRangeTooLongToGatherInPlaceGathersItsRowsIntoOneFileAPartition(@TempDir Path other)
      throws Exception {
    backfill(events);
    new PoolingBackfill(RANGE, world, ReleasePolicyFile.defaults(), other, 2)
        .run(env("BATCH", 2), new JsonLinesInput(events), StreamExecutionEnvironment::execute);

    for (String table : List.of(PoolingWiring.POOLED_ORDERS, PoolingWiring.POOL_ALLOCATIONS)) {
      assertThat(fileNames(out.resolve(table)))
          .isNotEmpty()
          .allMatch(f -> f.startsWith("part-0000"));
      assertThat(fileNames(other.resolve(table))).isNotEmpty().containsOnly("part-00000.parquet");
      String sameRows =
          "SELECT count(*) FROM ((SELECT * FROM %1$s EXCEPT ALL SELECT * FROM %2$s)"
              + " UNION ALL (SELECT * FROM %2$s EXCEPT ALL SELECT * FROM %1$s))";
      assertThat(query(String.format(sameRows, rows(out, table), rows(other, table))))
          .containsExactly("0");
      assertThat(query("SELECT count(*) FROM " + rows(other, table)).get(0)).isNotEqualTo("0");
    }
  }

  /** The names of a table's files, over all its partitions. */
  private static List<String> fileNames(Path table) throws Exception {
    try (Stream<Path> files = Files.walk(table)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  private static String rows(Path out, String table) {
    return "read_parquet('" + out.resolve(table) + "/*/*/*.parquet', hive_partitioning = true)";
  }

  @Test
  void aBackfillThatFailsMidwayLeavesThePreviousPartitions() throws Exception {
    backfill(events);
    Map<String, String> before = contents(out);
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

    assertThat(contents(out)).isEqualTo(before);
    Files.deleteIfExists(broken);
  }

  @Test
  void readsTheParquetEventArchiveLikeTheJsonLines(@TempDir Path archiveOut) throws Exception {
    BackfillTestSupport.writeArchive(archiveOut, lines, List.of());

    PoolingBackfill.Summary json = backfill(events);
    Map<String, String> fromJson = contents(out);
    PoolingBackfill.Summary fromArchive =
        backfill(ArchiveInput.under(archiveOut, ArchiveInput.Table.SHOP_ORDERS));

    assertThat(contents(out)).isEqualTo(fromJson);
    // The same events in the window; the archive's folders after it are not read at all.
    assertThat(fromArchive.eventsRead() - fromArchive.eventsOutsideRange())
        .isEqualTo(json.eventsRead() - json.eventsOutsideRange());
    assertThat(fromArchive.eventsRead()).isLessThan(json.eventsRead());
  }
}
