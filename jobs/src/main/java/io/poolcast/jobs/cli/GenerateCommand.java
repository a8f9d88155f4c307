package io.poolcast.jobs.cli;

import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a deterministic sample world: reference CSVs and event files. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Generate a deterministic sample market (reference data and events).",
    description = {
      "Generate a deterministic sample market: reference data (CSV) and shop orders and POS sales",
      "(JSON lines). The same seed always gives the same files. See sample-data/README.md.",
      "With --series-only, the POS sales go to one long-format file series/daily_sales.csv.gz",
      "(unique_id = shop|sku, ds, y = units sold, shop, sku, region, category) instead of events.",
      "For example, `generate --scale m5 --series-only` gives an M5-sized set (30,490 series × 1,941 days)."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--scale",
      defaultValue = "small",
      description =
          "small (≈300 shops, 60 suppliers), seed (5,000 shops, 1,000 suppliers) or m5 (10 shops"
              + " × 3,049 SKUs, 1,941 days; use with --series-only).")
  Scale scale;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      defaultValue = "2026-01-05",
      description = "First day of events (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--days", description = "Days of events (default: 28 small, 365 seed, 1,941 m5).")
  Integer days;

  @Option(names = "--out", description = "Output folder (default: out/world-<scale>).")
  Path out;

  @Option(
      names = "--series-only",
      description =
          "Write the POS sales as series/daily_sales.csv.gz (long format) instead of the event"
              + " files.")
  boolean seriesOnly;

  @Override
  public Integer call() {
    Path dir = out != null ? out : Path.of("out", "world-" + scale.name().toLowerCase());
    int period = days != null ? days : scale.size().defaultDays();
    if (period < 1) {
      throw new UserError("--days must be at least 1, was " + period);
    }
    ConsoleProgress progress = ConsoleProgress.onStderr();
    var summary =
        seriesOnly
            ? SampleWorldWriter.writeSeries(
                dir, scale.size(), seed, start, period, progress::update)
            : SampleWorldWriter.write(dir, scale, seed, start, period, progress::update);
    progress.finishLine();
    System.out.println("Wrote the " + scale.name().toLowerCase() + " world to " + dir);
    System.out.println(WorldSummaryText.describe(summary));
    if (seriesOnly) {
      System.out.println(WorldSummaryText.describeSeries(summary));
    }
    return 0;
  }
}
