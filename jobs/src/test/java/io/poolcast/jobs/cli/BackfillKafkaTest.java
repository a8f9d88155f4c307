package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.EventJson;
import io.poolcast.events.SellThroughRow;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.jobs.testing.DuckDbRows;
import io.poolcast.jobs.testing.TestWorlds;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill against a real broker. With {@code --publish}, the topics get exactly the rows of the
 * range's replaced partitions, keyed as the live jobs key them and marked with the backfill header;
 * a backfill without {@code --publish}, or one that fails, publishes nothing. With {@code
 * --from-kafka}, the events read from the topics give the rows the same events give from files.
 */
class BackfillKafkaTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> TOPICS =
      List.of(Topics.POOLED_ORDERS, Topics.POOL_ALLOCATIONS, Topics.SELL_THROUGH, Topics.FORECASTS);

  private static EmbeddedKafkaBroker broker;
  private static KafkaConnection kafka;
  private static Path world;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void start(@TempDir Path dir) {
    TestWorlds.writeSmall(dir, LocalDate.of(2026, 1, 5), 16);
    world = dir;
    broker = EmbeddedKafkaBroker.start();
    broker.createTopics(Topics.defaults());
    kafka = broker.connection();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  private static int backfill(Path out, String from, String to, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backfill",
                "--input=" + world,
                "--out=" + out,
                "--from=" + from,
                "--to=" + to,
                "--parallelism=2"));
    args.addAll(Arrays.asList(more));
    return PoolcastCli.run(args.toArray(String[]::new));
  }

  private static Map<String, Map<TopicPartition, Long>> endOffsets() {
    Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
    TOPICS.forEach(t -> ends.put(t, TopicReader.endOffsets(kafka, t, TIMEOUT)));
    return ends;
  }

  @Test
  void publishesExactlyTheRangesRowsMarkedAsABackfill(@TempDir Path out) throws Exception {
    Map<String, Map<TopicPartition, Long>> before = endOffsets();
    // Without --publish: the tables get days on both sides of the range, the topics nothing.
    assertThat(backfill(out, "2026-01-11", "2026-01-18", "--jobs=pooling,sell-through")).isZero();
    assertThat(endOffsets()).isEqualTo(before);
    assertThat(out.resolve("pooled_orders")).isDirectoryContaining("glob:**/delivery_date=*-17");
    assertThat(out.resolve("sell_through/level=shop_sku"))
        .isDirectoryContaining("glob:**/date=2026-01-13");

    assertThat(
            backfill(
                out,
                "2026-01-14",
                "2026-01-16",
                "--jobs=pooling,sell-through,forecast",
                "--model=auto",
                "--publish",
                "--bootstrap-servers=" + broker.bootstrapServers()))
        .isZero();

    String marker = "|2026-01-14..2026-01-16";
    assertPublished(
        Topics.POOLED_ORDERS,
        rowsOfRange(
            out, "pooled_orders", "delivery_date", PooledOrderLine.class, l -> l.supplierId()),
        before,
        marker);
    assertPublished(
        Topics.POOL_ALLOCATIONS,
        rowsOfRange(
            out, "pool_allocations", "delivery_date", PoolAllocation.class, a -> a.shopId()),
        before,
        marker);
    assertPublished(
        Topics.SELL_THROUGH,
        rowsOfRange(out, "sell_through", "date", SellThroughRow.class, SellThroughRow::kafkaKey),
        before,
        marker);
    assertPublished(
        Topics.FORECASTS,
        rowsOfRange(out, "forecasts", "issued_on", DemandForecast.class, f -> f.supplierId()),
        before,
        marker);
    assertThat(console.stdout())
        .contains(
            "published with header poolcast-backfill=2026-01-14..2026-01-16: ",
            " rows to poolcast.pooled-orders, ",
            " rows to poolcast.sell-through",
            " rows to poolcast.forecasts in ",
            "Series forecast: ");
    assertThat(console.stderr()).contains("publish poolcast.pool-allocations");
  }

  @Test
  void aFailedBackfillPublishesNothing(@TempDir Path dir) throws Exception {
    // The shop orders, then a gzip stream cut off in the middle: reading fails.
    Path broken = dir.resolve("shop-orders.jsonl.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(Files.readAllBytes(world.resolve(SampleWorldWriter.ORDERS_FILE)));
    }
    byte[] gz = bytes.toByteArray();
    Files.write(broken, Arrays.copyOf(gz, gz.length / 2));
    Map<String, Map<TopicPartition, Long>> before = endOffsets();

    int code =
        PoolcastCli.run(
            "backfill",
            "--input=" + broken,
            "--world=" + world,
            "--out=" + dir.resolve("out"),
            "--from=2026-01-08",
            "--to=2026-01-10",
            "--parallelism=2",
            "--publish",
            "--bootstrap-servers=" + broker.bootstrapServers());

    assertThat(code).isEqualTo(1);
    assertThat(endOffsets()).isEqualTo(before);
    assertThat(console.stdout()).doesNotContain("published");
  }

  @Test
  void eventsReadFromTheTopicsGiveTheRowsTheirFilesGive(@TempDir Path dir) throws Exception {
    try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
      EventFilePublisher.Progress quiet = (records, bytes, total) -> {};
      publisher.publish(
          world.resolve(SampleWorldWriter.ORDERS_FILE), Topics.SHOP_ORDERS, "supplier_id", quiet);
      publisher.publish(
          world.resolve(SampleWorldWriter.SALES_FILE), Topics.POS_SALES, "shop_id", quiet);
    }
    Path files = dir.resolve("from-files");
    Path topics = dir.resolve("from-topics");
    String jobs = "--jobs=pooling,sell-through";

    assertThat(backfill(files, "2026-01-12", "2026-01-15", jobs)).isZero();
    assertThat(
            PoolcastCli.run(
                "backfill",
                "--from-kafka",
                "--bootstrap-servers=" + broker.bootstrapServers(),
                "--world=" + world,
                "--out=" + topics,
                "--from=2026-01-12",
                "--to=2026-01-15",
                "--parallelism=2",
                jobs))
        .isZero();

    assertThat(console.stdout())
        .contains("from Kafka topic poolcast.shop-orders at " + broker.bootstrapServers());
    for (String table : List.of("pooled_orders", "pool_allocations", "sell_through")) {
      List<String> expected = DuckDbRows.table(files, table);
      assertThat(expected).as(table).isNotEmpty();
      assertThat(DuckDbRows.table(topics, table)).as(table).isEqualTo(expected);
    }
  }

  /** What the topic got after {@code before}: key, JSON and backfill header of every record. */
  private static void assertPublished(
      String topic,
      List<String> expected,
      Map<String, Map<TopicPartition, Long>> before,
      String marker) {
    List<String> published =
        TopicReader.readAll(kafka, topic, TIMEOUT, BackfillKafkaTest::describe).stream()
            .filter(r -> r.offset() >= before.get(topic).getOrDefault(r.partition(), 0L))
            .map(Published::text)
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(published)
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> e + marker).toList());
  }

  private record Published(TopicPartition partition, long offset, String text) {}

  private static Published describe(ConsumerRecord<byte[], byte[]> r) {
    Header marker = r.headers().lastHeader("poolcast-backfill");
    return new Published(
        new TopicPartition(r.topic(), r.partition()),
        r.offset(),
        new String(r.key(), StandardCharsets.UTF_8)
            + "|"
            + new String(r.value(), StandardCharsets.UTF_8)
            + "|"
            + (marker == null ? "no header" : new String(marker.value(), StandardCharsets.UTF_8)));
  }

  /** Key and JSON of every row of the range's partitions, read back from the Parquet files. */
  private static <T extends Record> List<String> rowsOfRange(
      Path out, String table, String dateColumn, Class<T> type, Function<T, String> key)
      throws Exception {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out.resolve(table))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        String path = file.toString();
        if (Stream.of("14", "15", "16")
            .anyMatch(d -> path.contains("/" + dateColumn + "=2026-01-" + d + "/"))) {
          for (T row : ParquetFiles.read(file, type)) {
            rows.add(key.apply(row) + "|" + EventJson.toJson(row));
          }
        }
      }
    }
    return rows;
  }
}
