package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.archive.EventArchiveJob;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.demo.ExpectedOrderTotals;
import io.poolcast.jobs.demo.ExpectedOrderTotals.RegionTotals;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.publish.EventFilePublisher;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Everything end to end on one machine: embedded broker, local Flink, generated world. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Run everything end to end on this machine (start here).",
    description = {
      "Run PoolCast end to end on this machine: start an embedded Kafka broker and a local",
      "Flink, generate the small sample world, publish its orders and POS sales, run the jobs,",
      "and print where everything went. Needs nothing installed but Java 17."
    })
final class DemoCommand implements Callable<Integer> {
  /**
   * World, broker, publishing, archive and pooling, results, sell-through, forecasts,
   * replenishment, pooling of the suggested orders.
   */
  static final int STEPS = 9;

  /** Deliberately broken records, to show that bad input is dead-lettered, not lost. */
  private static final List<String> MALFORMED =
      List.of(
          "{not json at all",
          "{\"event_id\":\"demo-bad-1\",\"order_id\":\"demo-bad\",\"version\":1}");

  @Option(
      names = "--out",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "World seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      defaultValue = "2026-01-05",
      description = "First day (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(
      names = "--days",
      defaultValue = "28",
      description =
          "Days of events, at least "
              + MIN_DAYS
              + " (the forecasts train on that much history; default: ${DEFAULT-VALUE}).")
  int days;

  /** Fewer days leave the GBM's longer horizons without a single training row. */
  static final int MIN_DAYS = 28;

  @Option(
      names = "--world",
      description = {
        "Use this world folder (from 'poolcast generate' or 'poolcast import online-retail')",
        "instead of generating the small sample world."
      })
  Path existingWorld;

  @Option(
      names = "--parallelism",
      defaultValue = "2",
      description = "Flink parallelism (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Override
  public Integer call() throws Exception {
    if (existingWorld == null && days < MIN_DAYS) {
      throw new UserError(
          "--days must be at least "
              + MIN_DAYS
              + " (the forecast step trains on that much"
              + " history), was "
              + days);
    }
    if (Files.exists(out.resolve("events")) || Files.exists(out.resolve("region_daily_orders"))) {
      throw new UserError(
          out
              + " already holds demo output: remove it (rm -rf "
              + out
              + ") or pass --out NEW_FOLDER");
    }
    LogFile.defaultTo(out.resolve("logs"));
    ConsoleProgress progress = ConsoleProgress.onStderr();
    DemoSteps steps = new DemoSteps(STEPS);
    Path worldDir = existingWorld != null ? existingWorld : out.resolve("world-small");
    if (existingWorld == null) {
      steps.next("Generating the small sample world (seed " + seed + ", " + days + " days)");
      var summary =
          SampleWorldWriter.write(worldDir, Scale.SMALL, seed, start, days, progress::update);
      progress.finishLine();
      System.out.println("      " + WorldSummaryText.describe(summary));
    } else {
      steps.next("Using the world in " + existingWorld);
      if (!Files.isRegularFile(existingWorld.resolve("events/shop-orders.jsonl"))) {
        throw new UserError("no events/shop-orders.jsonl in " + existingWorld);
      }
    }
    World world = WorldDirs.read(worldDir);

    steps.next("Starting an embedded Kafka broker (KRaft)");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, null)) {
      broker.createTopics(Topics.defaults());
      KafkaConnection kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
      System.out.println("      broker at " + broker.bootstrapServers());

      steps.next("Publishing events to " + Topics.SHOP_ORDERS + " and " + Topics.POS_SALES);
      publish(kafka, worldDir, progress);

      steps.next(
          "Running the archive and pooling jobs on a local Flink, BATCH mode (parallelism "
              + parallelism
              + ")");
      runJob(kafka, world, progress);

      steps.next("Reading the results back");
      report(kafka, worldDir);
      Set<String> worldPools = poolingReport(kafka, world);
      steps.nextBlock("Sell-through and findings from the POS sales");
      SellThroughDemo.run(kafka, world, out, parallelism, progress);
      steps.nextBlock("Training the GBM and refreshing 30-day forecasts");
      DemoForecasts.run(kafka, world, worldDir, out.toAbsolutePath(), parallelism, progress);
      steps.nextBlock(
          "Running the replenishment job (BATCH, p80, orders placed) on the forecasts and stock");
      ReplenishDemo.Placed placed = ReplenishDemo.run(kafka, world, parallelism, progress);
      steps.nextBlock(
          "Running the pooling job again (BATCH), over only the orders the replenishment job"
              + " placed");
      SuggestedPoolingDemo.run(kafka, world, out, placed, worldPools, parallelism, progress);
    }
    System.out.println();
    System.out.println(
        "Logs: " + LogFile.current().map(Path::toString).orElse("none (log4j writes no file)"));
    return 0;
  }

  private void publish(KafkaConnection kafka, Path worldDir, ConsoleProgress progress) {
    try (EventFilePublisher publisher = new EventFilePublisher(kafka)) {
      long orders =
          PublishCommand.publish(
              publisher,
              progress,
              worldDir.resolve("events/shop-orders.jsonl"),
              Topics.SHOP_ORDERS,
              "supplier_id");
      Path salesFile = worldDir.resolve("events/pos-sales.jsonl");
      long sales =
          Files.isRegularFile(salesFile)
              ? PublishCommand.publish(publisher, progress, salesFile, Topics.POS_SALES, "shop_id")
              : 0;
      MALFORMED.forEach(bad -> publisher.publishRaw(Topics.SHOP_ORDERS, null, bad));
      publisher.flush();
      System.out.printf(
          Locale.ROOT,
          "      %,d shop-order events, %,d POS sales, plus %d malformed records on purpose%n",
          orders,
          sales,
          MALFORMED.size());
    }
  }

  private void runJob(KafkaConnection kafka, World world, ConsoleProgress progress)
      throws Exception {
    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    new EventArchiveJob(
            EventArchiveWiring.kafkaSources(kafka, true),
            EventArchiveWiring.sinks(kafka, out.toAbsolutePath()),
            RegionZones.of(world))
        .build(env);
    new PoolingJob(
            PoolingWiring.kafkaSource(kafka, true),
            PoolingWiring.sinks(kafka, out.toAbsolutePath(), "", true),
            world)
        .build(env);
    FlinkRun.withProgress(env, "poolcast-demo-archive", progress);
  }

  private void report(KafkaConnection kafka, Path worldDir) {
    Duration timeout = Duration.ofSeconds(60);
    List<RegionDailyOrderSummary> days =
        TopicReader.readAll(
            kafka, Topics.REGION_DAILY_ORDERS, RegionDailyOrderSummary.class, timeout);
    List<DeadLetter> deadLetters =
        TopicReader.readAll(kafka, Topics.DEAD_LETTERS, DeadLetter.class, timeout);
    Map<String, RegionTotals> expected =
        ExpectedOrderTotals.fromFile(worldDir.resolve("events/shop-orders.jsonl"));
    Map<String, RegionTotals> actual = ExpectedOrderTotals.fromSummaries(days);

    System.out.println();
    System.out.println(
        "Placed orders per region (from "
            + Topics.REGION_DAILY_ORDERS
            + ", "
            + days.size()
            + " region-days):");
    System.out.printf(
        Locale.ROOT, "  %-12s %10s %12s %18s%n", "region", "orders", "units", "list value");
    actual.forEach(
        (region, t) ->
            System.out.printf(
                Locale.ROOT,
                "  %-12s %,10d %,12d %,18.2f%n",
                region,
                t.placedOrders(),
                t.units(),
                t.listValueCents() / 100.0));
    boolean matches = expected.equals(actual);
    System.out.println(
        matches
            ? "  ✓ equal to the totals computed directly from the generated events"
            : "  ✗ DIFFERENT from the generated events: " + expected);
    System.out.println();
    Map<String, Long> reasons =
        deadLetters.stream()
            .collect(
                Collectors.groupingBy(
                    d -> String.valueOf(d.reason()), TreeMap::new, Collectors.counting()));
    System.out.println(
        "Dead letters on " + Topics.DEAD_LETTERS + ": " + deadLetters.size() + " " + reasons);
    System.out.println();
    System.out.println("Outputs:");
    System.out.println("  world (reference CSV, events)  " + worldDir);
    System.out.println("  event archive (Parquet)        " + out.resolve("events"));
    System.out.println("  region daily orders (Parquet)  " + out.resolve("region_daily_orders"));
    System.out.println("  pooled orders (Parquet)        " + out.resolve("pooled_orders"));
    System.out.println("  pool allocations (Parquet)     " + out.resolve("pool_allocations"));
    System.out.println("Query the Parquet with any engine, e.g. DuckDB:");
    System.out.println(
        "  SELECT region, sum(list_value_cents)/100 FROM read_parquet('"
            + out.resolve("region_daily_orders")
            + "/**/*.parquet', hive_partitioning=true) GROUP BY 1");
    if (!matches) {
      throw new IllegalStateException("the job's totals differ from the generated events");
    }
  }

  /** Prints the pooling report of the world's orders; returns the ids of the pools released. */
  private Set<String> poolingReport(KafkaConnection kafka, World world) {
    PoolingOutput pooled = PoolingOutput.read(kafka, "", d -> "pooling".equals(d.sourceTopic()));
    System.out.println();
    System.out.println(
        "Pooling (from " + Topics.POOLED_ORDERS + " and " + Topics.POOL_ALLOCATIONS + "):");
    System.out.print(pooled.report(world));
    return pooled.poolIds();
  }
}
