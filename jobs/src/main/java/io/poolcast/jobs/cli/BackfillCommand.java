package io.poolcast.jobs.cli;

import io.poolcast.events.reference.World;
import io.poolcast.jobs.backfill.ArchiveInput;
import io.poolcast.jobs.backfill.BackfillInput;
import io.poolcast.jobs.backfill.BackfillRange;
import io.poolcast.jobs.backfill.EventTimeRangeFilter;
import io.poolcast.jobs.backfill.JsonLinesInput;
import io.poolcast.jobs.backfill.PoolingBackfill;
import io.poolcast.jobs.flink.FlinkEnvironments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Recomputes a range of delivery days from archived events with the streaming job's pipeline. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    header = "Recompute a date range of pooled orders from archived events (BATCH).",
    description = {
      "Recompute the pooled orders and allocations of delivery days FROM..TO from archived",
      "shop-order events, with the streaming job's own pipeline in BATCH mode. The range's",
      "partitions of OUT/pooled_orders/ and OUT/pool_allocations/ are replaced only after the",
      "job succeeded; a failed run leaves them as they were; other days are never touched; the",
      "same inputs give the same files. Refused events go to OUT/backfill_dead_letters/.",
      "Events are read from --lookback-days before FROM, for orders placed ahead and orders",
      "rolled over into the range."
    })
final class BackfillCommand implements Callable<Integer> {
  static final List<String> JOBS = List.of("pooling");

  @Option(names = "--from", required = true, description = "First delivery day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", required = true, description = "Last delivery day, inclusive.")
  LocalDate to;

  @Option(
      names = "--jobs",
      defaultValue = "pooling",
      split = ",",
      description = "Jobs to recompute (default: ${DEFAULT-VALUE}; available: pooling).")
  List<String> jobs;

  @Option(
      names = "--input",
      required = true,
      description = {
        "Shop-order events: the Parquet event archive of the 'archive' job (an output folder",
        "with events/shop_orders/; only the days needed are read), JSON lines (.jsonl or",
        ".jsonl.gz), or a folder written by 'generate' or 'import' (its events/shop-orders.jsonl)."
      })
  Path input;

  @Option(
      names = "--world",
      description = "World folder with the reference data (default: the --input folder).")
  Path world;

  @Option(
      names = "--out",
      defaultValue = "out",
      description = "Output folder holding the tables (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--parallelism",
      description = "Parallel tasks (default: the cluster's, or the cores here).")
  Integer parallelism;

  @Option(
      names = "--lookback-days",
      defaultValue = "" + BackfillRange.DEFAULT_LOOKBACK_DAYS,
      description = "Days of events read before --from (default: ${DEFAULT-VALUE}).")
  int lookbackDays;

  @Mixin ReleasePolicyOption releasePolicies;

  @Override
  public Integer call() throws Exception {
    for (String job : jobs) {
      if (!JOBS.contains(job)) {
        throw new UserError("no backfill for job '" + job + "' (available: " + JOBS + ")");
      }
    }
    BackfillRange range = range();
    BackfillInput events = input();
    World reference = world != null ? WorldDirs.read(world) : worldOfInput();
    System.out.printf(
        Locale.ROOT,
        "Backfill pooling for delivery days %s..%s from %s (events from %s)%n",
        range.from(),
        range.to(),
        events.describe(),
        range.firstEventTime());
    StreamExecutionEnvironment env = FlinkEnvironments.fromContext(Duration.ofSeconds(10), true);
    if (parallelism != null) {
      env.setParallelism(parallelism);
    }
    ConsoleProgress progress = ConsoleProgress.onStderr();
    PoolingBackfill.Summary summary =
        new PoolingBackfill(range, reference, releasePolicies.policies(), out)
            .run(
                env,
                events,
                (e, name) ->
                    FlinkRun.withProgress(
                        e,
                        name,
                        progress,
                        "backfill events read",
                        EventTimeRangeFilter.READ,
                        events.expectedEvents(range)));
    System.out.print(describe(summary));
    return 0;
  }

  private BackfillRange range() {
    try {
      return new BackfillRange(from, to, lookbackDays);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private BackfillInput input() {
    if (Files.isRegularFile(input)) {
      return new JsonLinesInput(input);
    }
    for (String name : List.of("events/shop-orders.jsonl", "events/shop-orders.jsonl.gz")) {
      if (Files.isRegularFile(input.resolve(name))) {
        return new JsonLinesInput(input.resolve(name));
      }
    }
    try {
      return ArchiveInput.under(input);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "no shop-order events at "
              + input
              + " (an event archive, a .jsonl file or a world folder)");
    }
  }

  private World worldOfInput() {
    try {
      return WorldDirs.read(worldFolder());
    } catch (UserError e) {
      throw new UserError(e.getMessage() + "; give the reference data with --world", e);
    }
  }

  private Path worldFolder() {
    return Files.isRegularFile(input) ? input.toAbsolutePath().getParent().getParent() : input;
  }

  static String describe(PoolingBackfill.Summary s) {
    return String.format(
        Locale.ROOT,
        "  %,d events read, %,d outside the range's event window%n"
            + "  %,d partitions written; pooled_orders: %d replaced, %d added, %d removed;"
            + " pool_allocations: %d replaced, %d added, %d removed%n"
            + "  dead letters: %s%n",
        s.eventsRead(),
        s.eventsOutsideRange(),
        s.partitionsWritten(),
        s.pooledOrders().replaced(),
        s.pooledOrders().added(),
        s.pooledOrders().removed(),
        s.allocations().replaced(),
        s.allocations().added(),
        s.allocations().removed(),
        s.deadLettersByReason());
  }
}
