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
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.PoolingReport;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
      description = "Days of events (default: ${DEFAULT-VALUE}).")
  int days;

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
    if (Files.exists(out.resolve("events")) || Files.exists(out.resolve("region_daily_orders"))) {
      throw new UserError(
          out
              + " already holds demo output: remove it (rm -rf "
              + out
              + ") or pass --out NEW_FOLDER");
    }
    ConsoleProgress progress = ConsoleProgress.onStderr();
    Path worldDir = existingWorld != null ? existingWorld : out.resolve("world-small");
    if (existingWorld == null) {
      step("1/5", "Generating the small sample world (seed " + seed + ", " + days + " days)");
      var summary =
          SampleWorldWriter.write(worldDir, Scale.SMALL, seed, start, days, progress::update);
      progress.finishLine();
      System.out.println("      " + WorldSummaryText.describe(summary));
    } else {
      step("1/5", "Using the world in " + existingWorld);
      if (!Files.isRegularFile(existingWorld.resolve("events/shop-orders.jsonl"))) {
        throw new UserError("no events/shop-orders.jsonl in " + existingWorld);
      }
    }
    World world = WorldDirs.read(worldDir);

    step("2/5", "Starting an embedded Kafka broker (KRaft)");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, null)) {
      broker.createTopics(Topics.defaults());
      KafkaConnection kafka = KafkaConnection.of(broker.bootstrapServers(), Map.of());
      System.out.println("      broker at " + broker.bootstrapServers());

      step("3/5", "Publishing events to " + Topics.SHOP_ORDERS + " and " + Topics.POS_SALES);
      publish(kafka, worldDir, progress);

      step(
          "4/5",
          "Running the archive and pooling jobs on a local Flink, BATCH mode (parallelism "
              + parallelism
              + ")");
      runJob(kafka, world, progress);

      step("5/5", "Reading the results back");
      report(kafka, worldDir);
      poolingReport(kafka, world);
      SellThroughDemo.run(kafka, world, out, parallelism, progress); // sell-through insight
      DemoForecasts.run(kafka, world, worldDir, out.toAbsolutePath(), parallelism, progress);
      ReplenishDemo.run(kafka, world, parallelism, progress); // after forecasts and sell-through
    }
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
    System.out.println(
        "  logs                           "
            + Path.of(System.getProperty("poolcast.log.dir", "out/logs"), "poolcast.log"));
    System.out.println("Query the Parquet with any engine, e.g. DuckDB:");
    System.out.println(
        "  SELECT region, sum(list_value_cents)/100 FROM read_parquet('"
            + out.resolve("region_daily_orders")
            + "/**/*.parquet', hive_partitioning=true) GROUP BY 1");
    if (!matches) {
      throw new IllegalStateException("the job's totals differ from the generated events");
    }
  }

  private void poolingReport(KafkaConnection kafka, World world) {
    Duration timeout = Duration.ofSeconds(60);
    List<PooledOrderLine> lines =
        TopicReader.readAll(kafka, Topics.POOLED_ORDERS, PooledOrderLine.class, timeout);
    List<PoolAllocation> allocations =
        TopicReader.readAll(kafka, Topics.POOL_ALLOCATIONS, PoolAllocation.class, timeout);
    Map<String, Long> refusals =
        TopicReader.readAll(kafka, Topics.DEAD_LETTERS, DeadLetter.class, timeout).stream()
            .filter(d -> "pooling".equals(d.sourceTopic()))
            .collect(
                Collectors.groupingBy(
                    DemoCommand::refusalReason, TreeMap::new, Collectors.counting()));
    System.out.println();
    System.out.println(
        "Pooling (from " + Topics.POOLED_ORDERS + " and " + Topics.POOL_ALLOCATIONS + "):");
    System.out.print(
        PoolingReport.of(lines, allocations, refusals, PoolingReference.of(world)).describe());
  }

  /**
   * Pooling dead letters start their detail with the rejection reason, e.g. {@code AFTER_CUTOFF:
   * …}.
   */
  private static String refusalReason(DeadLetter d) {
    int colon = d.detail().indexOf(':');
    return colon < 0 ? String.valueOf(d.reason()) : d.detail().substring(0, colon);
  }

  private static void step(String number, String text) {
    System.out.println("[" + number + "] " + text);
  }
}
