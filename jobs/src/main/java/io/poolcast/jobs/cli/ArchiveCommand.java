package io.poolcast.jobs.cli;

import io.poolcast.jobs.archive.EventArchiveJob;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.RegionZones;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the event archive job (the walking skeleton) against a real Kafka cluster. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    header = "Archive every event as Parquet and sum orders per region and day.",
    description = {
      "Run the event-archive job: every shop order and POS sale from Kafka is archived as",
      "Hive-partitioned Parquet under OUT/events/, and orders are summed per region and local",
      "day to poolcast.region-daily-orders and OUT/region_daily_orders/. Bad records go to",
      "poolcast.dead-letters. Runs on a local Flink unless started with 'flink run'."
    })
final class ArchiveCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(names = "--world", required = true, description = "World folder with the reference data.")
  Path world;

  @Option(
      names = "--out",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--bounded",
      description =
          "Stop at the topics' current end instead of running forever (a catch-up; runs in BATCH mode).")
  boolean bounded;

  @Option(
      names = "--checkpoint-interval",
      defaultValue = "PT10S",
      description =
          "Checkpoint interval: commits Kafka transactions and Parquet files (default: ${DEFAULT-VALUE}).")
  Duration checkpointInterval;

  @Override
  public Integer call() throws Exception {
    RegionZones zones = RegionZones.of(WorldDirs.read(world));
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = FlinkEnvironments.fromContext(checkpointInterval, bounded);
    new EventArchiveJob(
            EventArchiveWiring.kafkaSources(kafka.connection(), bounded),
            EventArchiveWiring.sinks(kafka.connection(), out.toAbsolutePath()),
            zones)
        .build(env);
    env.execute("poolcast-archive");
    return 0;
  }
}
