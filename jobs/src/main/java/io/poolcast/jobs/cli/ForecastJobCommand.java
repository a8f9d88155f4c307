package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.forecastjob.DailyForecastFunction;
import io.poolcast.jobs.forecastjob.ForecastJob;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import io.poolcast.jobs.forecastjob.ForecastWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the 30-day forecast job against Kafka, or over a file of POS sales. */
@Command(
    name = "forecast-job",
    mixinStandardHelpOptions = true,
    header = "Refresh 30-day forecasts as each region's day closes (streaming).",
    description = {
      "Run the forecast job: POS sales from poolcast.pos-sales (or --input FILE) are kept as",
      "daily demand per region x SKU and shop x SKU (last 182 days per series); when a region's",
      "day closes, every series that sold that day gets p10/p50/p90 for the next 30 days, to",
      "poolcast.forecasts (keyed by supplier) and OUT/forecasts/ (Parquet). The model is the GBM",
      "of --model-file (from 'poolcast forecast-train'), or Auto refit at each refresh.",
      "Runs on a local Flink unless started with 'flink run'."
    })
final class ForecastJobCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(
        names = "--bootstrap-servers",
        paramLabel = "HOST:PORT[,…]",
        description = "Kafka bootstrap servers: read poolcast.pos-sales, write poolcast.forecasts.")
    String bootstrapServers;

    @Option(
        names = "--input",
        paramLabel = "FILE",
        description =
            "POS sales as JSON lines (.jsonl[.gz]) instead of Kafka: bounded, Parquet only.")
    Path file;
  }

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description = "Any Kafka client property, repeatable (secrets are never printed).")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Mixin JobRunOptions job;

  @Mixin ForecastModelOptions model;

  @Option(
      names = "--issue-from",
      paramLabel = "DATE",
      description =
          "Publish forecasts only for days closing on or after DATE (earlier days only"
              + " build history; e.g. a catch-up over months of sales).")
  LocalDate issueFrom;

  @Override
  public Integer call() throws Exception {
    World world = job.world();
    ForecastModelSpec spec = model.spec();
    System.out.println(
        "Model: "
            + spec.modelName()
            + ", model card "
            + spec.cardId()
            + "; "
            + ForecastEligibility.DEFAULT.describe());
    ForecastJob.Settings settings =
        new ForecastJob.Settings(spec, ForecastEligibility.DEFAULT, issueFrom);
    Path out = job.outDir();
    if (input.file != null) {
      if (!Files.isRegularFile(input.file)) {
        throw new UserError("no such file: " + input.file);
      }
      StreamExecutionEnvironment env = FlinkEnvironments.fromContext(job.checkpointInterval, true);
      new ForecastJob(
              ForecastWiring.fileSource(input.file), ForecastWiring.fileSinks(out), world, settings)
          .build(env);
      run(env);
      System.out.println("Forecasts: " + out.resolve(ForecastWiring.FORECASTS));
      System.out.println("Dead letters: " + out.resolve(ForecastWiring.DEAD_LETTERS));
      return 0;
    }
    KafkaConnection kafka = KafkaConnection.of(input.bootstrapServers, kafkaProperties);
    System.out.println("Kafka: " + kafka);
    StreamExecutionEnvironment env = job.environment();
    new ForecastJob(
            ForecastWiring.kafkaSource(kafka, job.bounded),
            ForecastWiring.sinks(kafka, out, job.bounded),
            world,
            settings)
        .build(env);
    if (job.bounded) {
      run(env);
      System.out.println(
          "Forecasts: poolcast.forecasts and " + out.resolve(ForecastWiring.FORECASTS));
    } else {
      env.execute("poolcast-forecast");
    }
    return 0;
  }

  private static void run(StreamExecutionEnvironment env) throws Exception {
    var result =
        FlinkRun.withProgress(
            env,
            "poolcast-forecast",
            ConsoleProgress.onStderr(),
            "series forecast",
            DailyForecastFunction.REFRESHED,
            -1);
    System.out.println(RefreshSummary.of(result));
  }
}
