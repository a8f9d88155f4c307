package io.poolcast.jobs.cli;

import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Mixin JobRunOptions job;

  @Mixin ReleasePolicyOption releasePolicies;

  @Override
  public Integer call() throws Exception {
    var reference = job.world();
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = job.environment();
    new PoolingJob(
            PoolingWiring.kafkaSource(kafka.connection(), job.bounded),
            PoolingWiring.sinks(kafka.connection(), job.outDir(), "", job.bounded),
            reference,
            releasePolicies.policies())
        .build(env);
    env.execute("poolcast-pooling");
    return 0;
  }
}
