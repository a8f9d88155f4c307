package io.poolcast.jobs.cli;

import io.poolcast.jobs.sellthrough.SellThroughJob;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the sell-through insight job against a real Kafka cluster. */
@Command(
    name = "sell-through",
    mixinStandardHelpOptions = true,
    header = "Daily sell-through, estimated stock, stock-outs and trends from POS sales.",
    description = {
      "Run the sell-through insight job. POS sales (poolcast.pos-sales) and deliveries",
      "(poolcast.shop-orders) give, for every region-local day once it closes, one row per",
      "shop x SKU (units, value, estimated stock, days of cover, turnover days, stock-out)",
      "and roll-ups per region x SKU (with its ABC/XYZ class among the supplier's SKUs in",
      "the region over 28 days), region x category and supplier x region, to",
      "poolcast.sell-through and",
      "OUT/sell_through/level=.../date=.../ (Parquet). Significant weekly trends and",
      "stock-out waves go to poolcast.insights, one sentence each; late events and unknown",
      "shops or SKUs to poolcast.dead-letters. Exactly once. Formulas: docs/metrics.md.",
      "Runs on a local Flink unless started with 'flink run'."
    })
final class SellThroughCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Mixin JobRunOptions job;

  @Override
  public Integer call() throws Exception {
    var reference = job.world();
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = job.environment();
    new SellThroughJob(
            SellThroughWiring.kafkaSources(kafka.connection(), job.bounded),
            SellThroughWiring.sinks(kafka.connection(), job.outDir(), job.bounded),
            reference)
        .build(env);
    if (job.bounded) {
      FlinkRun.withProgress(env, "poolcast-sell-through", ConsoleProgress.onStderr());
      System.out.println(
          "Rows in " + job.outDir().resolve(SellThroughWiring.SELL_THROUGH) + " and on the topics");
    } else {
      env.execute("poolcast-sell-through");
    }
    return 0;
  }
}
