package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.ZONE;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.forecast;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.stock;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingSink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight days of one shop's stock, forecasts (some days without one) and orders (placed every
 * evening, some amended before or after the close, one cancelled) give the same suggestions in
 * STREAMING as in BATCH (every timer at the end of input, the bounded run), on a MiniCluster,
 * whichever topic lags behind the others: with the shop orders behind, every order of a day arrives
 * after that day's stock and forecast, and still counts as on order.
 */
class ReplenishmentStreamingTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int DAYS = 8;
  private static final List<String> SKUS = List.of("cola", "chips", "tea");

  /** The topic read slowly in STREAMING, so that its records come after the others'. */
  enum Lagging {
    SHOP_ORDERS,
    SELL_THROUGH,
    FORECASTS
  }

  private record Run(List<String> suggestions, List<String> orders, List<DeadLetter> deadLetters) {}

  private static Run batch;

  @ParameterizedTest
  @EnumSource(Lagging.class)
  void streamingGivesTheSuggestionsOfTheBoundedRun(Lagging lagging) throws Exception {
    Run streaming = run(lagging);
    Run bounded = batch();

    assertThat(bounded.deadLetters()).isEmpty();
    assertThat(streaming.deadLetters()).isEmpty();
    assertThat(bounded.suggestions()).hasSize(DAYS * SKUS.size());
    assertThat(bounded.suggestions())
        .anySatisfy(s -> assertThat(s).contains("\"cases\":0,"))
        .anySatisfy(s -> assertThat(s).doesNotContain("\"cases\":0,"));
    assertThat(streaming.suggestions()).isEqualTo(bounded.suggestions());
    assertThat(bounded.orders()).isNotEmpty(); // --place-orders: the days with something to order
    assertThat(streaming.orders()).isEqualTo(bounded.orders());
    assertTheEveningsOrdersAreOnOrder(streaming);
  }

  /**
   * Cola on order at each close: the order of the evening (raised to two cases at 21:00 on even
   * days) and the one of the evening before as it stands (raised to three that morning after every
   * third day); the order of two days before is delivered. A raise the morning after a close comes
   * after it and does not count for it.
   */
  private static void assertTheEveningsOrdersAreOnOrder(Run run) {
    List<ReplenishmentSuggestion> cola =
        run.suggestions().stream()
            .map(json -> EventJson.fromJson(json, ReplenishmentSuggestion.class))
            .filter(s -> s.sku().equals("cola"))
            .toList();
    assertThat(cola).hasSize(DAYS);
    for (ReplenishmentSuggestion s : cola) {
      int d = (int) (s.date().toEpochDay() - THU.toEpochDay());
      int evening = d % 2 == 0 ? 2 : 1;
      int eveningBefore = d == 0 ? 0 : (d - 1) % 3 == 0 ? 3 : (d - 1) % 2 == 0 ? 2 : 1;
      assertThat(s.onOrderUnits())
          .as("cola on %s", s.date())
          .isEqualTo((evening + eveningBefore) * 12);
    }
  }

  private static synchronized Run batch() throws Exception {
    if (batch == null) {
      batch = run(null);
    }
    return batch;
  }

  /** A run in STREAMING with {@code lagging} read slowly, or in BATCH when it is null. */
  private static Run run(Lagging lagging) throws Exception {
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    if (lagging != null) {
      settings.put("execution.runtime-mode", "STREAMING");
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    // Streaming reads each topic in event-time order with one reader, as a Kafka partition would
    // be.
    env.setParallelism(lagging == null ? 2 : 1);
    CollectingSink<ReplenishmentSuggestion> suggestions = new CollectingSink<>();
    CollectingSink<ShopOrderEvent> orders = new CollectingSink<>();
    CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    new ReplenishmentJob(
            new ReplenishmentJob.Sources(
                source("poolcast.forecasts", json(forecasts()), lagging == Lagging.FORECASTS, 400),
                source(
                    "poolcast.sell-through",
                    json(stockRows()),
                    lagging == Lagging.SELL_THROUGH,
                    20),
                source("poolcast.shop-orders", json(orders()), lagging == Lagging.SHOP_ORDERS, 20)),
            new ReplenishmentJob.Sinks(suggestions, orders, deadLetters),
            ReplenishmentTestWorld.world(),
            new ReplenishmentJob.Settings(0.8, 4, true))
        .build(env);
    env.execute("replenishment-" + (lagging == null ? "batch" : "streaming-" + lagging));
    return new Run(sortedJson(suggestions), sortedJson(orders), deadLetters.received());
  }

  private static Source<RawEvent, ?, ?> source(
      String topic, List<String> lines, boolean slow, double perSecond) {
    return slow
        ? BoundedRawSource.slow(topic, lines, perSecond)
        : BoundedRawSource.of(topic, lines);
  }

  private static List<String> sortedJson(CollectingSink<?> sink) {
    return sink.received().stream().map(EventJson::toJson).sorted().toList();
  }

  private static List<String> json(List<?> values) {
    return values.stream().map(EventJson::toJson).toList();
  }

  /** Issued every day, except cola on days 2 and 5 and chips on odd days (the older one serves). */
  private static List<DemandForecast> forecasts() {
    List<DemandForecast> rows = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      double wave = 0.5 * (d % 3);
      if (d != 2 && d != 5) {
        rows.addAll(forecast("cola", THU.plusDays(d), 12 + 2 * wave, 16 + 2 * wave));
      }
      if (d % 2 == 0) {
        rows.addAll(forecast("chips", THU.plusDays(d), 2 + wave, 4));
      }
      rows.addAll(forecast("tea", THU.plusDays(d), 8, 11 + wave));
    }
    return rows;
  }

  private static List<SellThroughRow> stockRows() {
    List<SellThroughRow> rows = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      rows.add(stock("cola", THU.plusDays(d), (3 + 5L * d) % 17, true));
      rows.add(stock("chips", THU.plusDays(d), (3L * d) % 7, true));
      rows.add(stock("tea", THU.plusDays(d), (d % 3) * 5L, true));
    }
    return rows;
  }

  /**
   * Every evening at 19:00 one order per supplier for two days on: sup-1 one case of cola and of
   * chips, raised to two cases of cola at 21:00 on even days and to three the next morning every
   * third day; sup-2 one case of tea, the order of day 4 cancelled the next morning. In event-time
   * order, as a topic partition holds them.
   */
  private static List<ShopOrderEvent> orders() {
    List<ShopOrderEvent> events = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = THU.plusDays(d);
      LocalDate delivery = day.plusDays(2);
      String cola = "o-cola-" + d;
      String tea = "o-tea-" + d;
      events.add(event(cola, 1, "sup-1", at(day, 19), delivery, 1));
      events.add(event(tea, 1, "sup-2", at(day, 19), delivery, 1));
      int version = 1;
      if (d % 2 == 0) {
        events.add(event(cola, ++version, "sup-1", at(day, 21), delivery, 2));
      }
      if (d % 3 == 0) {
        events.add(event(cola, ++version, "sup-1", at(day.plusDays(1), 8), delivery, 3));
      }
      if (d == 4) {
        events.add(event(tea, 2, "sup-2", at(day.plusDays(1), 9), delivery, 0));
      }
    }
    events.sort(Comparator.comparing(ShopOrderEvent::eventTime));
    return events;
  }

  /**
   * Version {@code version} of an order: {@code cases} of cola and one of chips (sup-1), or of tea.
   */
  private static ShopOrderEvent event(
      String id, int version, String supplier, Instant at, LocalDate delivery, int cases) {
    OrderEventType type =
        cases == 0
            ? OrderEventType.CANCELLED
            : version == 1 ? OrderEventType.PLACED : OrderEventType.AMENDED;
    List<OrderLine> lines =
        cases == 0
            ? List.of()
            : supplier.equals("sup-1")
                ? List.of(new OrderLine("cola", cases, 3000), new OrderLine("chips", 1, 1200))
                : List.of(new OrderLine("tea", cases, 4800));
    return new ShopOrderEvent(
        id + "-v" + version,
        id,
        version,
        type,
        "shop-1",
        supplier,
        "east-hz",
        lines,
        at,
        delivery,
        delivery);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZONE).toInstant();
  }
}
