package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import io.poolcast.events.Insight;
import io.poolcast.events.PosSale;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.forecasting.insight.MoverClasses;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few days of a generated market through a real broker and the job in BATCH mode: one row per
 * series and day, nothing negative, every level adding up to the POS events, the Parquet files read
 * back by DuckDB with the documented schema, and bad input dead-lettered.
 */
class SellThroughIntegrationTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(4)
              .build());

  private static final WorldSize SIZE = new WorldSize(2, 30, 16, 200, 20, 60, 4);

  /** A week: region × SKU rows get their ABC / XYZ classes on the last day. */
  private static final int DAYS = MoverClasses.MIN_DAYS;

  @Test
  void posEventsBecomeDailyRowsOnTheTopicAndInParquet(@TempDir Path dir, @TempDir Path out)
      throws Exception {
    SampleWorldWriter.write(dir, SIZE, 7L, LocalDate.of(2026, 1, 5), DAYS, false, (p, d, t) -> {});
    World world = WorldCsv.read(dir.resolve("world"));
    List<String> sales = Files.readAllLines(dir.resolve(SampleWorldWriter.SALES_FILE));
    List<String> orders = Files.readAllLines(dir.resolve(SampleWorldWriter.ORDERS_FILE));
    String unknownShop =
        EventJson.toJson(
            new PosSale(
                "s-x",
                "shop-nowhere",
                "east-sh",
                "sku-000001",
                1,
                100,
                java.time.Instant.parse("2026-01-05T03:00:00Z")));

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, null)) {
      broker.createTopics(Topics.defaults());
      KafkaConnection kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
      try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
        sales.forEach(s -> publisher.publishRaw(Topics.POS_SALES, null, s));
        publisher.publishRaw(Topics.POS_SALES, null, "{not json");
        publisher.publishRaw(Topics.POS_SALES, null, unknownShop);
        orders.forEach(o -> publisher.publishRaw(Topics.SHOP_ORDERS, null, o));
        publisher.flush();
      }
      Map<String, String> settings = FlinkEnvironments.boundedSettings();
      settings.put("restart-strategy.type", "none");
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
      env.setParallelism(2);
      new SellThroughJob(
              SellThroughWiring.kafkaSources(kafka, true),
              SellThroughWiring.sinks(kafka, out, true),
              world)
          .build(env);
      env.execute("sell-through-it");

      Duration t = Duration.ofSeconds(60);
      List<SellThroughRow> rows =
          TopicReader.readAll(kafka, Topics.SELL_THROUGH, SellThroughRow.class, t);
      List<DeadLetter> deadLetters =
          TopicReader.readAll(kafka, Topics.DEAD_LETTERS, DeadLetter.class, t);
      List<Insight> insights = TopicReader.readAll(kafka, Topics.INSIGHTS, Insight.class, t);

      assertRowsAreWellFormed(rows, sales);
      assertThat(deadLetters)
          .extracting(DeadLetter::reason)
          .containsExactlyInAnyOrder(
              DeadLetterReason.UNPARSEABLE, DeadLetterReason.UNKNOWN_REFERENCE);
      assertThat(insights).allSatisfy(i -> assertThat(i.sentence()).isNotBlank());
      assertParquetMatches(out, rows);
    }
  }

  private static void assertRowsAreWellFormed(List<SellThroughRow> rows, List<String> salesJson) {
    assertThat(rows).isNotEmpty();
    // One row per series and day.
    assertThat(rows.stream().map(SellThroughTally::seriesKey).distinct().count())
        .isEqualTo(rows.size());
    // Nothing negative; rates are shares.
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.unitsSold()).isNotNegative();
              assertThat(r.valueCents()).isNotNegative();
              assertThat(r.estimatedStockUnits()).isNotNegative();
              assertThat(r.averageDailyUnits()).isNotNegative();
              assertThat(r.sellThroughRate()).isBetween(0.0, 1.0);
              assertThat(r.stockOutRate()).isBetween(0.0, 1.0);
              if (r.daysOfCover() != null) {
                assertThat(r.daysOfCover()).isNotNegative();
              }
            });
    // Turnover: stock over sales, both non-negative; null only for stock that did not move.
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.averageStockUnits()).isNotNegative();
              if (r.turnoverDays() != null) {
                assertThat(r.turnoverDays()).isNotNegative();
              } else {
                assertThat(r.averageDailyUnits()).isZero();
              }
            });
    assertClasses(rows);
    // Every level adds up to the POS events: all days closed.
    List<PosSale> sales =
        salesJson.stream().map(s -> EventJson.fromJson(s, PosSale.class)).toList();
    long units = sales.stream().mapToLong(PosSale::quantity).sum();
    long value = sales.stream().mapToLong(PosSale::valueCents).sum();
    Map<String, List<SellThroughRow>> byLevel =
        rows.stream().collect(Collectors.groupingBy(SellThroughRow::level));
    assertThat(byLevel).containsOnlyKeys("shop_sku", "region_sku", "region_category", "supplier");
    byLevel.forEach(
        (level, levelRows) -> {
          assertThat(levelRows.stream().mapToLong(SellThroughRow::unitsSold).sum())
              .as("units of %s", level)
              .isEqualTo(units);
          assertThat(levelRows.stream().mapToLong(SellThroughRow::valueCents).sum())
              .as("value of %s", level)
              .isEqualTo(value);
          assertThat(levelRows.stream().mapToLong(SellThroughRow::listedSkus).sum())
              .as("listings of %s", level)
              .isEqualTo(byLevel.get("shop_sku").size());
        });
    assertThat(byLevel.get("shop_sku").stream().map(SellThroughRow::date).distinct()).hasSize(DAYS);
  }

  /** Classes on every region × SKU row of the week's last day and on no other row. */
  private static void assertClasses(List<SellThroughRow> rows) {
    LocalDate last = rows.stream().map(SellThroughRow::date).max(LocalDate::compareTo).get();
    Map<Boolean, List<SellThroughRow>> classed =
        rows.stream()
            .collect(
                Collectors.partitioningBy(
                    r -> r.level().equals(SellThroughRow.REGION_SKU) && r.date().equals(last)));
    assertThat(classed.get(true))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.abcClass()).isIn("A", "B", "C");
              assertThat(r.xyzClass()).isIn("X", "Y", "Z");
            });
    assertThat(classed.get(false)).allSatisfy(r -> assertThat(r.abcClass()).isNull());
    assertThat(classed.get(true)).extracting(SellThroughRow::abcClass).contains("A", "C");
  }

  private static void assertParquetMatches(Path out, List<SellThroughRow> rows) throws Exception {
    String table =
        "read_parquet('"
            + out.resolve(SellThroughWiring.SELL_THROUGH)
            + "/**/*.parquet', hive_partitioning=true)";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      Map<String, String> schema = new LinkedHashMap<>();
      try (ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM " + table)) {
        while (rs.next()) {
          schema.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      assertThat(schema)
          .containsEntry("level", "VARCHAR")
          .containsEntry("region_id", "VARCHAR")
          .containsEntry("shop_id", "VARCHAR")
          .containsEntry("supplier_id", "VARCHAR")
          .containsEntry("category", "VARCHAR")
          .containsEntry("sku", "VARCHAR")
          .containsEntry("date", "DATE")
          .containsEntry("units_sold", "BIGINT")
          .containsEntry("value_cents", "BIGINT")
          .containsEntry("listed_skus", "BIGINT")
          .containsEntry("selling_skus", "BIGINT")
          .containsEntry("sell_through_rate", "DOUBLE")
          .containsEntry("delivered_units", "BIGINT")
          .containsEntry("estimated_stock_units", "BIGINT")
          .containsEntry("stock_known_skus", "BIGINT")
          .containsEntry("average_daily_units", "DOUBLE")
          .containsEntry("days_of_cover", "DOUBLE")
          .containsEntry("average_stock_units", "DOUBLE")
          .containsEntry("turnover_days", "DOUBLE")
          .containsEntry("stock_out_skus", "BIGINT")
          .containsEntry("stock_out_rate", "DOUBLE")
          .containsEntry("abc_class", "VARCHAR")
          .containsEntry("xyz_class", "VARCHAR");
      assertThat(schema.get("closed_at")).startsWith("TIMESTAMP");
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT count(*), sum(units_sold), sum(stock_out_skus), count(DISTINCT level),"
                  + " count(abc_class), count(turnover_days), round(sum(average_stock_units), 3)"
                  + " FROM "
                  + table)) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(rows.size());
        assertThat(rs.getLong(2))
            .isEqualTo(rows.stream().mapToLong(SellThroughRow::unitsSold).sum());
        assertThat(rs.getLong(3))
            .isEqualTo(rows.stream().mapToLong(SellThroughRow::stockOutSkus).sum());
        assertThat(rs.getLong(4)).isEqualTo(4);
        assertThat(rs.getLong(5))
            .isEqualTo(rows.stream().filter(r -> r.abcClass() != null).count());
        assertThat(rs.getLong(6))
            .isEqualTo(rows.stream().filter(r -> r.turnoverDays() != null).count());
        assertThat(rs.getDouble(7))
            .isCloseTo(
                rows.stream().mapToDouble(SellThroughRow::averageStockUnits).sum(),
                org.assertj.core.api.Assertions.within(1e-3));
      }
    }
  }
}
