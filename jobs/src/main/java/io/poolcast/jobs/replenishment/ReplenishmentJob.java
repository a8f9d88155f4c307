package io.poolcast.jobs.replenishment;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.replenishment.OrderUpTo;
import io.poolcast.jobs.flink.DecodedSources;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The replenishment job: shop × SKU forecasts, closing stock from the sell-through job and the
 * orders on the way in; one order-up-to suggestion per shop × SKU and closed day out, and with
 * {@code placeOrders} the shop's suggestions as one PLACED order per supplier on the shop-orders
 * topic, which the pooling job pools (and this job reads back as on-order).
 *
 * <pre>
 * forecasts ──decode─ time ─ FromForecasts ─┐
 * sell-through ─decode─ time ─ FromStock ───┼─ keyBy shop × SKU ─ ReplenishFunction ─ suggestions
 * shop-orders ─decode─ keyBy order ─ OrderLines ┘                          │
 *                            (placeOrders) keyBy shop ─ ShopOrderFunction ─ shop orders
 * </pre>
 *
 * Forecast and sell-through rows carry no {@code event_time}: their event time is the last
 * millisecond of their day in the region's zone, assigned after decoding (so per subtask, not per
 * Kafka partition; both topics are written in bursts at each day's close), and their watermark is
 * the newest close seen ({@link ShelfInputs#dayCloses}). Suggestions are made at the day's close in
 * event time, once every input's watermark has passed it ({@link ReplenishFunction}), so a shop
 * order of the day counts whether it arrives before or after the day's stock and forecast.
 */
public final class ReplenishmentJob {
  static final String JOB = "replenishment";

  /** Raw records of the three input topics. */
  public record Sources(
      Source<RawEvent, ?, ?> forecasts,
      Source<RawEvent, ?, ?> sellThrough,
      Source<RawEvent, ?, ?> shopOrders) {}

  /**
   * Where results go.
   *
   * @param shopOrders where placed orders go; may be null when orders are not placed
   */
  public record Sinks(
      Sink<ReplenishmentSuggestion> suggestionsTopic,
      Sink<ShopOrderEvent> shopOrders,
      Sink<DeadLetter> deadLetters) {}

  /**
   * @param serviceLevel the quantile of demand a suggestion covers (default 0.8)
   * @param cycleDays days an order lasts beyond the next delivery (default 4)
   * @param placeOrders whether suggestions become shop orders (default off)
   */
  public record Settings(double serviceLevel, int cycleDays, boolean placeOrders) {
    public static final double DEFAULT_SERVICE_LEVEL = 0.8;
    public static final int DEFAULT_CYCLE_DAYS = 4;

    public Settings {
      new OrderUpTo(serviceLevel); // rejects a level outside (0, 1)
      if (cycleDays < 0 || cycleDays >= ForecastDays.HORIZON) {
        throw new IllegalArgumentException(
            "cycle days must be 0.." + (ForecastDays.HORIZON - 1) + ", was " + cycleDays);
      }
    }

    public static Settings defaults() {
      return new Settings(DEFAULT_SERVICE_LEVEL, DEFAULT_CYCLE_DAYS, false);
    }
  }

  private final Sources sources;
  private final Sinks sinks;
  private final WorldSnapshot world;
  private final Settings settings;

  public ReplenishmentJob(Sources sources, Sinks sinks, World world, Settings settings) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.sinks = Objects.requireNonNull(sinks, "sinks");
    this.world = WorldSnapshot.of(Objects.requireNonNull(world, "world"));
    this.settings = Objects.requireNonNull(settings, "settings");
    if (settings.placeOrders()) {
      Objects.requireNonNull(sinks.shopOrders(), "a shop-orders sink to place orders");
    }
  }

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    SingleOutputStreamOperator<DemandForecast> forecastRows =
        DecodedSources.decode(env, sources.forecasts(), DemandForecast.class, "forecasts", JOB);
    SingleOutputStreamOperator<SellThroughRow> stockRows =
        DecodedSources.decode(
            env, sources.sellThrough(), SellThroughRow.class, "sell-through", JOB);
    SingleOutputStreamOperator<ShopOrderEvent> orderEvents =
        DecodedSources.decode(env, sources.shopOrders(), ShopOrderEvent.class, "shop-orders", JOB);

    SingleOutputStreamOperator<ShelfInput> forecasts =
        forecastRows
            .assignTimestampsAndWatermarks(ShelfInputs.forecastTimes(RegionZones.of(world.world())))
            .name("replenishment forecast time")
            .uid("replenishment-forecast-time")
            .process(new ShelfInputs.FromForecasts(world))
            .returns(EventTypes.of(ShelfInput.class))
            .name("replenishment shop forecasts")
            .uid("replenishment-shop-forecasts");
    SingleOutputStreamOperator<ShelfInput> stock =
        stockRows
            .assignTimestampsAndWatermarks(ShelfInputs.stockTimes())
            .name("replenishment stock time")
            .uid("replenishment-stock-time")
            .process(new ShelfInputs.FromStock(world))
            .returns(EventTypes.of(ShelfInput.class))
            .name("replenishment shop stock")
            .uid("replenishment-shop-stock");
    SingleOutputStreamOperator<ShelfInput> onOrder =
        orderEvents
            .keyBy(new ShelfInputs.ByOrder())
            .process(new ShelfInputs.OrderLines(world))
            .returns(EventTypes.of(ShelfInput.class))
            .name("replenishment orders on the way")
            .uid("replenishment-order-lines");
    SingleOutputStreamOperator<ReplenishmentSuggestion> suggestions =
        forecasts
            .union(stock, onOrder)
            .keyBy(new ShelfInputs.ByShopSku())
            .process(new ReplenishFunction(world, settings.serviceLevel(), settings.cycleDays()))
            .returns(EventTypes.of(ReplenishmentSuggestion.class))
            .name("replenishment suggest")
            .uid("replenishment-suggest");
    suggestions
        .sinkTo(sinks.suggestionsTopic())
        .name("replenishment suggestions topic")
        .uid("replenishment-suggestions-topic");

    DataStream<DeadLetter> deadLetters =
        forecastRows
            .getSideOutput(DeadLetters.TAG)
            .union(
                stockRows.getSideOutput(DeadLetters.TAG),
                orderEvents.getSideOutput(DeadLetters.TAG),
                forecasts.getSideOutput(DeadLetters.TAG),
                stock.getSideOutput(DeadLetters.TAG),
                onOrder.getSideOutput(DeadLetters.TAG),
                suggestions.getSideOutput(DeadLetters.TAG));
    if (settings.placeOrders()) {
      SingleOutputStreamOperator<ShopOrderEvent> orders =
          suggestions
              .keyBy(new ByShop())
              .process(new ShopOrderFunction(world))
              .returns(EventTypes.of(ShopOrderEvent.class))
              .name("replenishment place orders")
              .uid("replenishment-place-orders");
      orders
          .sinkTo(sinks.shopOrders())
          .name("replenishment shop-orders topic")
          .uid("replenishment-shop-orders-topic");
      deadLetters = deadLetters.union(orders.getSideOutput(DeadLetters.TAG));
    }
    deadLetters
        .sinkTo(sinks.deadLetters())
        .name("replenishment dead letters")
        .uid("replenishment-dead-letters");
  }

  /** Shop. */
  static final class ByShop implements KeySelector<ReplenishmentSuggestion, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ReplenishmentSuggestion s) {
      return s.shopId();
    }
  }
}
