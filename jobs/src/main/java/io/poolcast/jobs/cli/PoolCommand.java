package io.poolcast.jobs.cli;

import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the streaming order-pooling job against a real Kafka cluster. */
@Command(
    name = "pool",
    mixinStandardHelpOptions = true,
    header = "Pool shop orders into regional batch orders (streaming, exactly once).",
    description = {
      "Run the order-pooling job: shop orders from poolcast.shop-orders are pooled per supplier,",
      "region and delivery day and released at each cut-off to poolcast.pooled-orders,",
      "poolcast.pool-allocations (per shop, with its saving) and OUT/pooled_orders/,",
      "OUT/pool_allocations/ (Parquet); progress goes to poolcast.pool-progress, refused orders",
      "to poolcast.dead-letters. Exactly once. Runs on a local Flink unless started with 'flink run'."
    })
final class PoolCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(
      names = "--world",
      required = true,
      description = "World folder with the reference data (tiers, calendars).")
  Path world;

  @Option(
      names = "--out",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--bounded",
      description = "Stop at the topic's current end (a catch-up; runs in BATCH mode).")
  boolean bounded;

  @Option(
      names = "--checkpoint-interval",
      defaultValue = "PT10S",
      description =
          "Checkpoint interval: commits Kafka transactions and Parquet files (default: ${DEFAULT-VALUE}).")
  Duration checkpointInterval;

  @Override
  public Integer call() throws Exception {
    var reference = WorldDirs.read(world);
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = FlinkEnvironments.fromContext(checkpointInterval, bounded);
    new PoolingJob(
            PoolingWiring.kafkaSource(kafka.connection(), bounded),
            PoolingWiring.sinks(kafka.connection(), out.toAbsolutePath()),
            reference)
        .build(env);
    env.execute("poolcast-pooling");
    return 0;
  }
}
