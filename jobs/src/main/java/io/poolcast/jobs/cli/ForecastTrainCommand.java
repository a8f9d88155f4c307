package io.poolcast.jobs.cli;

import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.gbm.GbmSettings;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.forecastjob.ForecastTraining;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The forecast job's batch training step: a versioned GBM model file. */
@Command(
    name = "forecast-train",
    mixinStandardHelpOptions = true,
    header = "Train the forecast job's GBM on POS sales and save a versioned model file.",
    description = {
      "Fold POS sales into the series the forecast job keeps (region x SKU, shop x SKU, last",
      "182 days), train the global GBM on the series the job would forecast on the last day, and",
      "write OUT/gbm-<id>.model and OUT/gbm-<id>.card.json, where <id> is the SHA-256 of the",
      "model file (the model_card_id on every forecast row). Run it on a schedule (e.g. weekly)",
      "and restart 'poolcast forecast-job --model-file' with the new file; old files stay."
    })
final class ForecastTrainCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "POS sales as JSON lines (.jsonl[.gz]), e.g. WORLD/events/pos-sales.jsonl.")
  Path input;

  @Option(
      names = "--world",
      required = true,
      description = "World folder with the reference data (regions and their time zones).")
  Path world;

  @Option(
      names = "--out",
      defaultValue = "out/models",
      description = "Folder of model files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--through",
      paramLabel = "DATE",
      description = "Last day of training data (default: the newest day with a sale).")
  LocalDate through;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed (same data and seed: same file) (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--min-origin",
      defaultValue = "14",
      description = {
        "Days of history a training origin keeps (default: ${DEFAULT-VALUE}); lower it for a",
        "few weeks of data, so the 15-30 day bucket has training rows."
      })
  int minOrigin;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new UserError("no such file: " + input);
    }
    ConsoleProgress progress = ConsoleProgress.onStderr();
    progress.update("reading POS sales", 0, -1);
    ForecastTraining training =
        new ForecastTraining(RegionZones.of(WorldDirs.read(world)), ForecastEligibility.DEFAULT)
            .read(input);
    progress.finishLine();
    training.firstRefusal().ifPresent(r -> System.out.println("Skipped lines, first: " + r));
    LocalDate day =
        through != null
            ? through
            : training.lastDay().orElseThrow(() -> new UserError("no POS sales in " + input));
    long started = System.nanoTime();
    ForecastTraining.Result result;
    try {
      result = training.train(day, GbmSettings.DEFAULT.withMinOrigin(minOrigin), seed, input, out);
    } catch (RuntimeException e) {
      throw new UserError("training failed: " + e.getMessage(), e);
    }
    System.out.printf(
        Locale.ROOT,
        "Trained GBM on %,d series through %s (%,d sales) in %.1f s%n"
            + "Model file: %s%nModel card: %s%nModel card id: %s%n",
        result.series(),
        result.through(),
        result.sales(),
        (System.nanoTime() - started) / 1e9,
        result.saved().model(),
        result.saved().card(),
        result.saved().id());
    return 0;
  }
}
