package io.poolcast.jobs.cli;

import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.FlinkEnvironments;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Option;

/** What every Kafka-to-Kafka job command takes besides the connection. */
final class JobRunOptions {
  @Option(
      names = "--world",
      required = true,
      description = "World folder with the reference data (regions, tiers, calendars).")
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

  World world() {
    return WorldDirs.read(world);
  }

  Path outDir() {
    return out.toAbsolutePath();
  }

  /** A real cluster's environment under {@code flink run}, otherwise a local one. */
  StreamExecutionEnvironment environment() {
    return FlinkEnvironments.fromContext(checkpointInterval, bounded);
  }
}
