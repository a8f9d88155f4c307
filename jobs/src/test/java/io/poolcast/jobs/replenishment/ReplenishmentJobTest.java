package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.forecast;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.order;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.row;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.stock;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.EventJson;
import io.poolcast.events.EventValidation;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forecasts, stock rows and an order on the way in, on a MiniCluster in BATCH mode (as the demo and
 * {@code replenish --bounded} run): suggestions out, and with {@code placeOrders} shop orders the
 * pooling job accepts. Expected cases are hand-computed in {@link ReplenishFunctionTest}.
 */
class ReplenishmentJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private record Run(
      List<ReplenishmentSuggestion> suggestions,
      List<ShopOrderEvent> orders,
      List<DeadLetter> deadLetters) {}

  private static Run run(boolean placeOrders) throws Exception {
    List<DemandForecast> forecasts = new ArrayList<>();
    forecasts.addAll(forecast("cola", THU, 5, 8));
    forecasts.addAll(forecast("chips", THU, 0.5, 1));
    forecasts.addAll(forecast("tea", THU, 2, 3));
    forecasts.add(row("region_sku", null, "cola", THU, 1, 50, 80)); // for other readers
    forecasts.add(row("shop_sku", "shop-1", "beer", THU, 1, 1, 2)); // unknown SKU
    List<String> forecastLines = new ArrayList<>(json(forecasts.stream()));
    forecastLines.add("{not json");
    List<String> stockLines =
        json(
            Stream.of(
                stock("cola", THU, 3, true),
                stock("chips", THU, 50, true),
                stock("tea", THU, 0, true),
                stock("cola", THU.plusDays(1), 20, true),
                stock("chips", THU.plusDays(1), 44, false))); // no delivery seen: skipped
    List<String> orderLines =
        json(
            Stream.of(
                order(
                    "o1",
                    "sup-1",
                    THU.minusDays(1),
                    THU.plusDays(1),
                    new OrderLine("cola", 1, 3000))));

    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    CollectingSink<ReplenishmentSuggestion> suggestions = new CollectingSink<>();
    CollectingSink<ShopOrderEvent> orders = new CollectingSink<>();
    CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    new ReplenishmentJob(
            new ReplenishmentJob.Sources(
                BoundedRawSource.of("poolcast.forecasts", forecastLines),
                BoundedRawSource.of("poolcast.sell-through", stockLines),
                BoundedRawSource.of("poolcast.shop-orders", orderLines)),
            new ReplenishmentJob.Sinks(suggestions, orders, deadLetters),
            ReplenishmentTestWorld.world(),
            new ReplenishmentJob.Settings(0.8, 4, placeOrders))
        .build(env);
    env.execute("replenishment-test");
    return new Run(suggestions.received(), orders.received(), deadLetters.received());
  }

  private static List<String> json(Stream<?> values) {
    return values.map(EventJson::toJson).toList();
  }

  private static ReplenishmentSuggestion of(Run run, String sku, int dayOffset) {
    return run.suggestions().stream()
        .filter(s -> s.sku().equals(sku) && s.date().equals(THU.plusDays(dayOffset)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void suggestionsInWholeCasesWithTheirExplanation() throws Exception {
    Run run = run(false);

    assertThat(run.suggestions()).hasSize(4); // cola Thu and Fri, chips Thu, tea Thu
    assertThat(run.orders()).isEmpty(); // off by default
    assertThat(run.suggestions())
        .allSatisfy(
            s -> {
              assertThat(s.cases()).isNotNegative();
              assertThat(s.units()).isEqualTo(s.cases() * s.packSize());
              assertThat(s.stockUnits()).isNotNegative();
              assertThat(s.explanation()).contains("at p80 demand");
              assertThat(s.modelCardId()).isEqualTo("card-" + THU);
              assertThat(s.serviceLevel()).isEqualTo(0.8);
            });
    assertThat(of(run, "cola", 0).cases()).isEqualTo(3); // with the case on the way
    assertThat(of(run, "cola", 0).onOrderUnits()).isEqualTo(12);
    assertThat(of(run, "cola", 1).cases()).isZero(); // Thursday's forecast, shifted a day
    assertThat(of(run, "chips", 0).cases()).isZero();
    // Tea: 24 a case, σ = 1 / z(0.9); target 14 + 0.8416·√7·0.7803 = 15.74 units: 1 case.
    assertThat(of(run, "tea", 0).cases()).isEqualTo(1);
    assertThat(of(run, "tea", 0).supplierId()).isEqualTo("sup-2");
    assertThat(run.deadLetters())
        .extracting(DeadLetter::reason)
        .containsExactlyInAnyOrder(
            DeadLetterReason.UNPARSEABLE, DeadLetterReason.UNKNOWN_REFERENCE);
  }

  @Test
  void withPlaceOrdersOnePlacedOrderPerSupplierThePoolingJobAccepts() throws Exception {
    Run run = run(true);

    assertThat(run.orders())
        .extracting(ShopOrderEvent::orderId)
        .containsExactlyInAnyOrder("r-shop-1-sup-1-20260108", "r-shop-1-sup-2-20260108");
    ShopOrderEvent sup1 =
        run.orders().stream().filter(o -> o.supplierId().equals("sup-1")).findFirst().get();
    assertThat(sup1.lines()).containsExactly(new OrderLine("cola", 3, 3000));
    assertThat(sup1.requestedDeliveryDate()).isEqualTo(THU.plusDays(2));
    for (ShopOrderEvent o : run.orders()) {
      assertThat(EventValidation.check(o)).isEmpty();
      var decoded = EventJson.decode(EventJson.toBytes(o), ShopOrderEvent.class);
      assertThat(decoded.isValid()).isTrue();
      assertThat(decoded.value()).isEqualTo(o);
    }
  }
}
