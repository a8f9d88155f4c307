package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.backfill.ArchiveInput;
import io.poolcast.jobs.backfill.ArchiveInput.Table;
import io.poolcast.jobs.backfill.BackfillInput;
import io.poolcast.jobs.backfill.BackfillRange;
import io.poolcast.jobs.backfill.CsvInput;
import io.poolcast.jobs.backfill.ForecastBackfill;
import io.poolcast.jobs.backfill.JsonLinesInput;
import io.poolcast.jobs.backfill.KafkaInput;
import io.poolcast.jobs.backfill.PoolingBackfill;
import io.poolcast.jobs.backfill.SellThroughBackfill;
import io.poolcast.jobs.backfill.StagedBackfill;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Recomputes a range of days of the jobs' tables from archived events, with their pipelines. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    header = "Recompute a date range of the jobs' tables from archived events (BATCH).",
    description = {
      "Recompute days FROM..TO of the jobs' tables from archived events, each with",
      "the streaming job's own pipeline in BATCH mode, one job after the other:",
      "  pooling: OUT/pooled_orders/, OUT/pool_allocations/ (delivery days) from",
      "    shop orders; look-back 28 days (orders placed ahead, rolled over).",
      "  sell-through: OUT/sell_through/ (days) from POS sales and shop orders;",
      "    look-back 63 days (listings idle up to 56 days are kept; stock",
      "    estimates restart at the window's start: docs/outputs.md#backfills).",
      "  forecast: OUT/forecasts/ (issue days) from POS sales; look-back 182",
      "    days (the series' history); --model-file FILE or --model auto.",
      "%nThe range's partitions are replaced only after the job succeeded; a failed",
      "run leaves them as they were; other days are never touched; the same",
      "inputs give the same files. Refused events go to",
      "OUT/backfill_dead_letters/JOB_FROM_TO/.",
      "%nEvents come from JSON lines (events/shop-orders.jsonl, events/pos-sales.jsonl),",
      "CSV (events/shop-orders.csv, one row per order line; events/pos-sales.csv;",
      "docs/outputs.md#csv-event-exports) or the Parquet event archive of the",
      "'archive' job (events/shop_orders/, events/pos_sales/), of which only the",
      "event_date= days the range and its look-back need are read; or, with",
      "--from-kafka, from the live topics",
      "poolcast.shop-orders and poolcast.pos-sales: a bounded read from the first",
      "record timestamped at the window's start to the end offsets at the start.",
      "%nWith --publish, each job's rows of the range are published, once its",
      "partitions are replaced, to the topics the live job writes them to, with the",
      "record header poolcast-backfill=FROM..TO (docs/topics.md#backfilled-records)."
    })
final class BackfillCommand implements Callable<Integer> {
  static final List<String> JOBS = List.of("pooling", "sell-through", "forecast");

  @Option(names = "--from", required = true, description = "First day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", required = true, description = "Last day, inclusive.")
  LocalDate to;

  @Option(
      names = "--jobs",
      defaultValue = "pooling",
      split = ",",
      description =
          "Jobs to recompute, in this order (default: ${DEFAULT-VALUE}; available:"
              + " pooling, sell-through, forecast).")
  List<String> jobs;

  @Option(
      names = "--input",
      description = {
        "Events: a folder written by 'generate' or 'import' (its events/*.jsonl), or holding"
            + " CSV exports (events/*.csv), a JSON-lines or CSV file (.jsonl, .csv, either .gz;"
            + " the other streams are looked for next to it), or the"
            + " output folder of the 'archive' job (its Parquet events/shop_orders/ and"
            + " events/pos_sales/; JSON lines, then CSV, are preferred when a folder has several)."
      })
  Path input;

  @Option(
      names = "--from-kafka",
      description =
          "Read the events from the topics poolcast.shop-orders and poolcast.pos-sales instead"
              + " of --input (needs --bootstrap-servers and --world).")
  boolean fromKafka;

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
      description = "Days of events read before --from (default: each job's, see above).")
  Integer lookbackDays;

  @Option(
      names = "--publish",
      description =
          "Publish each job's rows of the range, after its partitions were replaced, to its"
              + " topics (poolcast.pooled-orders and poolcast.pool-allocations,"
              + " poolcast.sell-through, poolcast.forecasts) marked with the header"
              + " poolcast-backfill=FROM..TO; needs --bootstrap-servers.")
  boolean publish;

  @ArgGroup(exclusive = false)
  KafkaOptions kafka;

  @Mixin ReleasePolicyOption releasePolicies;

  @Mixin ForecastModelOptions model;

  @Override
  public Integer call() throws Exception {
    for (String job : jobs) {
      if (!JOBS.contains(job)) {
        throw new UserError("no backfill for job '" + job + "' (available: " + JOBS + ")");
      }
    }
    BackfillRange days = range(0); // checks --from and --to
    requireOneInput();
    BackfillPublishing publishing = BackfillPublishing.of(publish, fromKafka, kafka);
    // Every input is checked before the first job runs.
    BackfillInput shopOrders = jobs.contains("pooling") ? poolingInput() : null;
    BackfillInput sellThroughOrders =
        jobs.contains("sell-through") ? events(Table.SHOP_ORDERS, "sell-through") : null;
    BackfillInput sales =
        jobs.contains("sell-through") || jobs.contains("forecast")
            ? events(Table.POS_SALES, jobs.contains("sell-through") ? "sell-through" : "forecast")
            : null;
    requireEvents("pooling", BackfillRange.DEFAULT_LOOKBACK_DAYS, shopOrders);
    requireEvents(
        "sell-through", SellThroughBackfill.DEFAULT_LOOKBACK_DAYS, sales, sellThroughOrders);
    requireEvents("forecast", ForecastBackfill.DEFAULT_LOOKBACK_DAYS, sales);
    ForecastModelSpec spec = jobs.contains("forecast") ? model.spec() : null;
    World reference = world != null ? WorldDirs.read(world) : worldOfInput();
    List<String> runs = jobs.stream().distinct().toList();
    if (publishing != null) {
      publishing.requireTopics(runs);
    }
    for (String job : runs) {
      switch (job) {
        case "pooling" -> pooling(reference, shopOrders);
        case "sell-through" -> sellThrough(reference, sales, sellThroughOrders);
        default -> forecast(reference, sales, spec);
      }
      if (publishing != null) {
        publishing.publish(job, days, out);
      }
    }
    return 0;
  }

  private void requireOneInput() {
    if (fromKafka == (input != null)) {
      throw new UserError("give the events with either --input DIR or --from-kafka");
    }
    if (fromKafka && kafka == null) {
      throw new UserError("--from-kafka needs --bootstrap-servers");
    }
    if (fromKafka && world == null) {
      throw new UserError("--from-kafka needs --world (the folder of the reference data)");
    }
  }

  /**
   * Refuses, before any job runs, a requested job whose inputs hold no events of its window (an
   * event archive without {@code event_date=} days in it).
   */
  private void requireEvents(String job, int defaultLookback, BackfillInput... inputs) {
    if (!jobs.contains(job)) {
      return;
    }
    BackfillRange range = range(defaultLookback);
    for (BackfillInput input : inputs) {
      try {
        input.requireEvents(range);
      } catch (IllegalArgumentException e) {
        throw new UserError("the " + job + " backfill has no events to read: " + e.getMessage(), e);
      }
    }
  }

  private void pooling(World reference, BackfillInput events) throws Exception {
    BackfillRange range = range(BackfillRange.DEFAULT_LOOKBACK_DAYS);
    announce("pooling", "delivery days", range, events);
    PoolingBackfill.Summary summary =
        new PoolingBackfill(range, reference, releasePolicies.policies(), out)
            .run(environment(), events, runner(range, events)::run);
    System.out.print(describe(summary));
  }

  private void sellThrough(World reference, BackfillInput sales, BackfillInput orders)
      throws Exception {
    BackfillRange range = range(SellThroughBackfill.DEFAULT_LOOKBACK_DAYS);
    announce("sell-through", "days", range, sales, orders);
    StagedBackfill.Summary summary =
        new SellThroughBackfill(range, reference, out)
            .run(environment(), sales, orders, runner(range, sales, orders));
    System.out.print(describe(summary));
  }

  private void forecast(World reference, BackfillInput sales, ForecastModelSpec spec)
      throws Exception {
    BackfillRange range = range(ForecastBackfill.DEFAULT_LOOKBACK_DAYS);
    announce(
        "forecast (" + spec.modelName() + " " + spec.cardId() + ")", "issue days", range, sales);
    StagedBackfill.Result result =
        new ForecastBackfill(range, reference, spec, out)
            .runJob(environment(), sales, runner(range, sales));
    System.out.print(describe(result.summary("forecast", range)));
    System.out.println("  " + RefreshSummary.of(result.job())); // the model's share of the time
  }

  private static void announce(
      String job, String days, BackfillRange range, BackfillInput... inputs) {
    System.out.printf(
        Locale.ROOT,
        "Backfill %s for %s %s..%s from %s (events from %s)%n",
        job,
        days,
        range.from(),
        range.to(),
        String.join(" and ", Stream.of(inputs).map(BackfillInput::describe).toList()),
        range.firstEventTime());
  }

  private StreamExecutionEnvironment environment() {
    StreamExecutionEnvironment env = FlinkEnvironments.forBackfill();
    if (parallelism != null) {
      env.setParallelism(parallelism);
    }
    return env;
  }

  /** Runs a job showing events read against what the inputs hold. */
  private static StagedBackfill.JobRunner runner(BackfillRange range, BackfillInput... inputs) {
    long expected = 0;
    for (BackfillInput input : inputs) {
      long n = input.expectedEvents(range);
      expected = n < 0 || expected < 0 ? -1 : expected + n;
    }
    long total = expected;
    ConsoleProgress progress = ConsoleProgress.onStderr();
    return (e, name) -> FlinkRun.withProgress(e, name, progress, new BackfillProgress(total));
  }

  private BackfillRange range(int defaultLookback) {
    try {
      return new BackfillRange(from, to, lookbackDays != null ? lookbackDays : defaultLookback);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * One event stream for a job: its JSON-lines file (e.g. {@code pos-sales.jsonl}) in the input's
   * folder or its {@code events/} folder, else the event archive's table (e.g. {@code
   * events/pos_sales/}) under the input folder.
   */
  private BackfillInput events(Table table, String job) {
    String stream = table.stream();
    if (fromKafka) {
      String topic = table == Table.SHOP_ORDERS ? Topics.SHOP_ORDERS : Topics.POS_SALES;
      return new KafkaInput(kafka.connection(), topic, stream);
    }
    Path folder = Files.isRegularFile(input) ? input.toAbsolutePath().getParent() : input;
    for (Path dir : List.of(folder.resolve("events"), folder)) {
      for (String name : List.of(stream + ".jsonl", stream + ".jsonl.gz")) {
        if (Files.isRegularFile(dir.resolve(name))) {
          return new JsonLinesInput(dir.resolve(name), stream);
        }
      }
      for (String name : List.of(stream + ".csv", stream + ".csv.gz")) {
        if (Files.isRegularFile(dir.resolve(name))) {
          return new CsvInput(dir.resolve(name), table);
        }
      }
    }
    if (Files.isDirectory(input)) {
      try {
        return ArchiveInput.under(input, table);
      } catch (IllegalArgumentException e) {
        // reported below, with the JSON lines looked for
      }
    }
    throw new UserError(
        String.format(
            Locale.ROOT,
            "the %s backfill needs %s events: no %s.jsonl or %s.csv in %s or its events/"
                + " folder, and no event archive table events/%s/ under it",
            job,
            stream,
            stream,
            stream,
            folder,
            table.folderName()));
  }

  /**
   * Pooling's shop orders: a file given as --input is read whatever its name, as CSV when it ends
   * in .csv or .csv.gz, else as JSON lines.
   */
  private BackfillInput poolingInput() {
    if (fromKafka || !Files.isRegularFile(input)) {
      return events(Table.SHOP_ORDERS, "pooling");
    }
    String name = input.getFileName().toString();
    return name.endsWith(".csv") || name.endsWith(".csv.gz")
        ? new CsvInput(input, Table.SHOP_ORDERS)
        : new JsonLinesInput(input);
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

  static String describe(StagedBackfill.Summary s) {
    StringBuilder tables = new StringBuilder();
    s.tables()
        .forEach(
            (table, o) ->
                tables.append(
                    String.format(
                        Locale.ROOT,
                        "; %s: %d replaced, %d added, %d removed",
                        table,
                        o.replaced(),
                        o.added(),
                        o.removed())));
    return String.format(
        Locale.ROOT,
        "  %s: %,d events read, %,d outside the range's event window%n"
            + "  %,d partitions written%s%n"
            + "  dead letters: %s%n",
        s.job(),
        s.eventsRead(),
        s.eventsOutsideRange(),
        s.partitionsWritten(),
        tables,
        s.deadLettersByReason());
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
