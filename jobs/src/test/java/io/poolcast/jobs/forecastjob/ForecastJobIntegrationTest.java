package io.poolcast.jobs.forecastjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.PosSale;
import io.poolcast.events.RecordCsv;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.gbm.GbmSettings;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.publish.EventFilePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five weeks of POS sales through a real broker: the batch training step writes a model file, the
 * job loads it and publishes, for the last day, 30 days of forecasts per series — one row per
 * series and day, quantiles ordered, nothing negative — to the topic and to Parquet read back with
 * DuckDB in the documented schema.
 */
class ForecastJobIntegrationTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int DAYS = 35;
  private static final LocalDate LAST = ForecastTestWorld.START.plusDays(DAYS - 1);

  @Test
  void daysOfSalesGiveThirtyDaysOfForecastsPerSeries(@TempDir Path dir) throws Exception {
    List<PosSale> sales = ForecastTestWorld.sales(DAYS);
    Path salesFile = dir.resolve("pos-sales.jsonl");
    Files.write(salesFile, ForecastTestWorld.json(sales));
    ForecastTraining.Result trained =
        new ForecastTraining(RegionZones.of(ForecastTestWorld.WORLD), ForecastEligibility.DEFAULT)
            .read(salesFile)
            .train(LAST, GbmSettings.DEFAULT.withTrees(10).withMinOrigin(7), 42, salesFile, dir);
    ForecastModelSpec model = ForecastModelSpec.gbm(trained.saved().model());

    Path out = dir.resolve("out");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, null)) {
      broker.createTopics(Topics.defaults());
      KafkaConnection kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
      try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
        ForecastTestWorld.json(sales).forEach(p -> publisher.publishRaw(Topics.POS_SALES, null, p));
        publisher.publishRaw(Topics.POS_SALES, null, "{broken");
        publisher.flush();
      }
      Map<String, String> settings = FlinkEnvironments.boundedSettings();
      settings.put("restart-strategy.type", "none");
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
      env.setParallelism(2);
      new ForecastJob(
              ForecastWiring.kafkaSource(kafka, true),
              ForecastWiring.sinks(kafka, out, true),
              ForecastTestWorld.WORLD,
              new ForecastJob.Settings(model, ForecastEligibility.DEFAULT, LAST))
          .build(env);
      env.execute("forecast-it");

      List<DemandForecast> rows =
          TopicReader.readAll(
              kafka, Topics.FORECASTS, DemandForecast.class, Duration.ofSeconds(60));
      assertForecasts(rows, trained.saved().id());
      assertParquet(out, rows.size());
    }
  }

  private static void assertForecasts(List<DemandForecast> rows, String modelId) {
    // region: east sku-1/2, west sku-1/2/3; shop: shops 1-3 x sku-1/2, shop-3 x sku-3
    Set<String> series =
        rows.stream()
            .map(r -> r.level() + "/" + r.shopId() + "/" + r.region() + "/" + r.sku())
            .collect(Collectors.toSet());
    assertThat(series).hasSize(12);
    assertThat(rows).hasSize(12 * 30);
    assertThat(
            rows.stream()
                .map(r -> r.level() + r.shopId() + r.region() + r.sku() + r.ds())
                .distinct()
                .count())
        .as("one row per series and day")
        .isEqualTo(rows.size());
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.issuedOn()).isEqualTo(LAST);
              assertThat(r.ds()).isEqualTo(LAST.plusDays(r.step()));
              assertThat(r.step()).isBetween(1, 30);
              assertThat(r.p10()).isGreaterThanOrEqualTo(0);
              assertThat(r.p50()).isGreaterThanOrEqualTo(r.p10());
              assertThat(r.p90()).isGreaterThanOrEqualTo(r.p50());
              assertThat(r.mean()).isGreaterThanOrEqualTo(0);
              assertThat(r.modelCardId()).isEqualTo(modelId);
              assertThat(r.model()).isEqualTo("GBM");
              assertThat(r.supplierId()).isEqualTo(r.sku().equals("sku-3") ? "sup-b" : "sup-a");
            });
    // shop-3 sells sku-1 every day: a real forecast, not zeros
    assertThat(
            rows.stream()
                .filter(r -> "shop-3".equals(r.shopId()) && r.sku().equals("sku-1"))
                .mapToDouble(DemandForecast::p50)
                .sum())
        .isGreaterThan(30);
  }

  private static void assertParquet(Path out, int expectedRows) throws Exception {
    String table =
        "read_parquet('"
            + out.resolve(ForecastWiring.FORECASTS)
            + "/**/*.parquet', hive_partitioning=true)";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = sql.executeQuery("DESCRIBE SELECT * FROM " + table)) {
        while (rs.next()) {
          columns.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      assertThat(columns)
          .containsExactly(
              "level VARCHAR",
              "region VARCHAR",
              "sku VARCHAR",
              "shop_id VARCHAR",
              "supplier_id VARCHAR",
              "category VARCHAR",
              "issued_on DATE",
              "ds DATE",
              "step INTEGER",
              "p10 DOUBLE",
              "p50 DOUBLE",
              "p90 DOUBLE",
              "mean DOUBLE",
              "model VARCHAR",
              "fitted VARCHAR",
              "model_card_id VARCHAR",
              "note VARCHAR");
      assertThat(columns.stream().map(c -> c.split(" ")[0]).toList())
          .isEqualTo(
              Arrays.stream(DemandForecast.class.getRecordComponents())
                  .map(c -> RecordCsv.snakeCase(c.getName()))
                  .toList());
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT count(*), count(DISTINCT region), sum(CASE WHEN p10 > p50 OR p50 > p90"
                  + " OR p10 < 0 THEN 1 ELSE 0 END), min(issued_on) FROM "
                  + table)) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(expectedRows);
        assertThat(rs.getLong(2)).isEqualTo(2);
        assertThat(rs.getLong(3)).isZero();
        assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LAST);
      }
    }
  }
}
