package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.replenishment.ReplenishmentJob;
import io.poolcast.jobs.replenishment.ReplenishmentWiring;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.TopicPartition;

/**
 * The demo's replenishment block: runs the replenishment job with orders placed (as {@code
 * replenish --place-orders}) on the forecasts and sell-through rows the earlier blocks published,
 * and prints how many suggestions it made, the shop orders it published to {@code
 * poolcast.shop-orders}, its dead letters and one explanation. Runs after the forecast block; the
 * orders it returns are what {@link SuggestedPoolingDemo} pools.
 */
final class ReplenishDemo {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * The orders the job placed.
   *
   * @param from where {@code poolcast.shop-orders} ended before the job ran: its orders come after
   * @param orders the orders it published there
   */
  record Placed(Map<TopicPartition, Long> from, List<ShopOrderEvent> orders) {}

  private ReplenishDemo() {}

  static Placed run(KafkaConnection kafka, World world, int parallelism, ConsoleProgress progress)
      throws Exception {
    Map<TopicPartition, Long> ordersFrom =
        TopicReader.endOffsets(kafka, Topics.SHOP_ORDERS, TIMEOUT);
    Map<TopicPartition, Long> lettersFrom =
        TopicReader.endOffsets(kafka, Topics.DEAD_LETTERS, TIMEOUT);
    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    ReplenishmentJob.Settings placeOrders =
        new ReplenishmentJob.Settings(
            ReplenishmentJob.Settings.DEFAULT_SERVICE_LEVEL,
            ReplenishmentJob.Settings.DEFAULT_CYCLE_DAYS,
            true);
    new ReplenishmentJob(
            ReplenishmentWiring.kafkaSources(kafka, true),
            ReplenishmentWiring.sinks(kafka),
            world,
            placeOrders)
        .build(env);
    FlinkRun.withProgress(env, "poolcast-demo-replenishment", progress);
    List<ReplenishmentSuggestion> suggestions =
        TopicReader.readAll(
            kafka, Topics.REPLENISHMENT_SUGGESTIONS, ReplenishmentSuggestion.class, TIMEOUT);
    List<ShopOrderEvent> orders =
        TopicReader.readAllFrom(
            kafka, Topics.SHOP_ORDERS, ordersFrom, ShopOrderEvent.class, TIMEOUT);
    List<DeadLetter> letters =
        TopicReader.readAllFrom(kafka, Topics.DEAD_LETTERS, lettersFrom, DeadLetter.class, TIMEOUT);
    report(suggestions, orders, letters);
    return new Placed(ordersFrom, orders);
  }

  private static void report(
      List<ReplenishmentSuggestion> suggestions,
      List<ShopOrderEvent> orders,
      List<DeadLetter> letters) {
    long toOrder = suggestions.stream().filter(s -> s.cases() > 0).count();
    System.out.printf(
        Locale.ROOT,
        "      %,d suggestions on %s (shop x SKU series with a shop forecast), %,d to order%n",
        suggestions.size(),
        Topics.REPLENISHMENT_SUGGESTIONS,
        toOrder);
    System.out.printf(
        Locale.ROOT,
        "      placed: %,d PLACED shop orders (ids r-<shop>-<supplier>-<day>), %,d cases,"
            + " list value %,.2f, published to %s%n",
        orders.size(),
        orders.stream().mapToLong(ShopOrderEvent::units).sum(),
        orders.stream().mapToLong(ShopOrderEvent::listValueCents).sum() / 100.0,
        Topics.SHOP_ORDERS);
    Map<String, Long> reasons =
        letters.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.sourceTopic() + " " + d.reason(), TreeMap::new, Collectors.counting()));
    System.out.printf(
        Locale.ROOT,
        "      dead letters of this run on %s: %,d %s%n",
        Topics.DEAD_LETTERS,
        letters.size(),
        reasons);
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
