package io.poolcast.jobs.cli;

import io.poolcast.jobs.replenishment.ReplenishmentJob;
import io.poolcast.jobs.replenishment.ReplenishmentWiring;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the replenishment job against a real Kafka cluster. */
@Command(
    name = "replenish",
    mixinStandardHelpOptions = true,
    header = "Order-up-to replenishment suggestions per shop x SKU, optionally placed as orders.",
    description = {
      "Run the replenishment job. Shop x SKU forecasts (poolcast.forecasts),",
      "closing stock (poolcast.sell-through) and orders on the way",
      "(poolcast.shop-orders) give, for every closed shop day, one suggestion per",
      "shop x SKU with a forecast: the cases to order so that stock + on order",
      "lasts to the next delivery at the service level, with a one-line",
      "explanation, to poolcast.replenishment-suggestions. With --place-orders a",
      "shop's suggestions of the day become one PLACED order per supplier on",
      "poolcast.shop-orders, which the pooling job pools. Late or unusable rows go",
      "to poolcast.dead-letters. Exactly once. Rules: docs/metrics.md.",
      "Runs on a local Flink unless started with 'flink run'."
    })
final class ReplenishCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Mixin JobRunOptions job;

  @Option(
      names = "--place-orders",
      description =
          "Publish the suggestions as shop orders to poolcast.shop-orders (default: off).")
  boolean placeOrders;

  @Option(
      names = "--service-level",
      defaultValue = "0.8",
      description =
          "Quantile of demand a suggestion covers, in (0, 1) (default: ${DEFAULT-VALUE}).")
  double serviceLevel;

  @Option(
      names = "--cycle-days",
      defaultValue = "4",
      description =
          "Days an order lasts beyond the next delivery; 0 tops up at every close"
              + " (default: ${DEFAULT-VALUE}).")
  int cycleDays;

  @Override
  public Integer call() throws Exception {
    ReplenishmentJob.Settings settings = settings(serviceLevel, cycleDays, placeOrders);
    var reference = job.world();
    System.out.println("Kafka: " + kafka.connection());
    StreamExecutionEnvironment env = job.environment();
    new ReplenishmentJob(
            ReplenishmentWiring.kafkaSources(kafka.connection(), job.bounded),
            ReplenishmentWiring.sinks(kafka.connection()),
            reference,
            settings)
        .build(env);
    if (job.bounded) {
      FlinkRun.withProgress(env, "poolcast-replenishment", ConsoleProgress.onStderr());
      System.out.println("Suggestions on poolcast.replenishment-suggestions");
    } else {
      env.execute("poolcast-replenishment");
    }
    return 0;
  }

  static ReplenishmentJob.Settings settings(double level, int cycle, boolean place) {
    try {
      return new ReplenishmentJob.Settings(level, cycle, place);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
