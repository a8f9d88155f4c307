package io.poolcast.jobs.cli;

import io.poolcast.jobs.archive.EventArchiveJob;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.flink.RegionZones;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Mixin JobRunOptions job;

  @Override
  public Integer call() throws Exception {
    RegionZones zones = RegionZones.of(job.world());
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = job.environment();
    new EventArchiveJob(
            EventArchiveWiring.kafkaSources(kafka.connection(), job.bounded),
            EventArchiveWiring.sinks(kafka.connection(), job.outDir()),
            zones)
        .build(env);
    env.execute("poolcast-archive");
    return 0;
  }
}
