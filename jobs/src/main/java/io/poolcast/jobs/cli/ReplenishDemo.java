package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.replenishment.ReplenishmentJob;
import io.poolcast.jobs.replenishment.ReplenishmentWiring;
import io.poolcast.jobs.replenishment.SuggestedOrders;
import io.poolcast.pooling.Money;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.PoolingReplay;
import io.poolcast.pooling.PoolingReport;
import io.poolcast.pooling.ReleasePolicies;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The demo's replenishment block: runs the replenishment job (orders not placed) on the forecasts
 * and sell-through rows the earlier blocks published, and prints how many suggestions it made, the
 * orders they would make and one explanation. Self-contained, so the demo adds or drops it in one
 * line; it runs after the forecast block.
 */
final class ReplenishDemo {
  private ReplenishDemo() {}

  static void run(KafkaConnection kafka, World world, int parallelism, ConsoleProgress progress)
      throws Exception {
    System.out.println();
    System.out.println(
        "[replenishment] Running the replenishment job (BATCH, p80, orders not placed)");
    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    new ReplenishmentJob(
            ReplenishmentWiring.kafkaSources(kafka, true),
            ReplenishmentWiring.sinks(kafka),
            world,
            ReplenishmentJob.Settings.defaults())
        .build(env);
    FlinkRun.withProgress(env, "poolcast-demo-replenishment", progress);
    List<ReplenishmentSuggestion> suggestions =
        TopicReader.readAll(
            kafka,
            Topics.REPLENISHMENT_SUGGESTIONS,
            ReplenishmentSuggestion.class,
            Duration.ofSeconds(60));
    report(suggestions, world);
  }

  /**
   * The suppliers' side of the same orders: what the pooling rules make of them (the domain the
   * pool job runs, replayed here without a second Flink run).
   */
  private static void pooledSide(List<ShopOrderEvent> orders, World world) {
    PoolingReference reference = PoolingReference.of(world);
    PoolingReport pooled =
        PoolingReplay.run(orders, reference, ReleasePolicies.defaults()).report(reference);
    System.out.printf(
        Locale.ROOT,
        "      pooled for the suppliers: %,d orders into %,d regional batch orders, shops save %s"
            + " of %s list value%n",
        pooled.orders(),
        pooled.pools(),
        Money.atLeast(pooled.savingCents(), pooled.currency()),
        Money.atLeast(pooled.listValueCents(), pooled.currency()));
  }

  private static void report(List<ReplenishmentSuggestion> suggestions, World world) {
    long toOrder = suggestions.stream().filter(s -> s.cases() > 0).count();
    System.out.printf(
        Locale.ROOT,
        "      %,d suggestions on %s (shop x SKU series with a shop forecast), %,d to order%n",
        suggestions.size(),
        Topics.REPLENISHMENT_SUGGESTIONS,
        toOrder);
    Map<String, Long> prices =
        world.skus().stream().collect(Collectors.toMap(Sku::sku, Sku::listPriceCents));
    List<ShopOrderEvent> orders =
        SuggestedOrders.place(suggestions, sku -> prices.getOrDefault(sku, 0L));
    System.out.printf(
        Locale.ROOT,
        "      with --place-orders: %,d shop orders, %,d cases, list value %,.2f"
            + " (published to %s for the pooling job)%n",
        orders.size(),
        orders.stream().mapToLong(ShopOrderEvent::units).sum(),
        orders.stream().mapToLong(ShopOrderEvent::listValueCents).sum() / 100.0,
        Topics.SHOP_ORDERS);
    pooledSide(orders, world);
    suggestions.stream()
        .filter(s -> s.cases() > 0)
        .min(Comparator.comparing(ReplenishmentSuggestion::shopId).thenComparing(s -> s.sku()))
        .map(
            s ->
                "      e.g. "
                    + s.shopId()
                    + " x "
                    + s.sku()
                    + " on "
                    + s.date()
                    + ": "
                    + s.explanation())
        .ifPresent(System.out::println);
  }
}
