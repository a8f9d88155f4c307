package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.gbm.GbmSettings;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.forecastjob.ForecastJob;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import io.poolcast.jobs.forecastjob.ForecastTraining;
import io.poolcast.jobs.forecastjob.ForecastWiring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The demo's forecast block: train the GBM on the world's POS sales (the batch step), then run the
 * forecast job on the published sales and print where the forecasts of the last day went. The demo
 * prints the step's header.
 */
final class DemoForecasts {
  /** A few weeks of data: training origins keep one week of history. */
  private static final int DEMO_MIN_ORIGIN = 7;

  private DemoForecasts() {}

  static void run(
      KafkaConnection kafka,
      World world,
      Path worldDir,
      Path out,
      int parallelism,
      ConsoleProgress progress)
      throws Exception {
    long started = System.nanoTime();
    Path sales = worldDir.resolve("events/pos-sales.jsonl");
    ForecastTraining training =
        new ForecastTraining(RegionZones.of(world), ForecastEligibility.DEFAULT).read(sales);
    LocalDate lastDay = training.lastDay().orElseThrow(() -> new UserError("no POS sales"));
    ForecastTraining.Result trained =
        training.train(
            lastDay,
            GbmSettings.DEFAULT.withMinOrigin(DEMO_MIN_ORIGIN),
            ForecastModelSpec.SEED,
            sales,
            out.resolve("models"));
    System.out.printf(
        Locale.ROOT,
        "      GBM trained on %,d series through %s: %s%n",
        trained.series(),
        lastDay,
        out.relativize(trained.saved().model()));

    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    ForecastModelSpec model = ForecastModelSpec.gbm(trained.saved().model());
    new ForecastJob(
            ForecastWiring.kafkaSource(kafka, true),
            ForecastWiring.sinks(kafka, out, true),
            world,
            new ForecastJob.Settings(model, ForecastEligibility.DEFAULT, lastDay))
        .build(env);
    JobExecutionResult result = FlinkRun.withProgress(env, "poolcast-demo-forecast", progress);
    System.out.println("      " + RefreshSummary.of(result));
    System.out.println(
        "      issued on "
            + lastDay
            + " ("
            + ForecastEligibility.DEFAULT.describe()
            + "); model card "
            + model.cardId()
            + " on every row");
    System.out.println("  forecasts (topic)              " + Topics.FORECASTS);
    System.out.println("  forecasts (Parquet)            " + out.resolve(ForecastWiring.FORECASTS));
    System.out.println("  model file and card            " + trained.saved().card().getParent());
    System.out.println(
        "  SELECT region, ds, sum(p50) FROM read_parquet('"
            + out.resolve(ForecastWiring.FORECASTS)
            + "/**/*.parquet', hive_partitioning=true) WHERE level='region_sku' GROUP BY ALL");
    System.out.printf(
        Locale.ROOT,
        "      forecast block took %d s%n",
        (System.nanoTime() - started) / 1_000_000_000L);
  }
}
