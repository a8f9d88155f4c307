package io.poolcast.jobs.replenishment;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Production wiring of {@link ReplenishmentJob}: {@code poolcast.forecasts}, {@code
 * poolcast.sell-through} and {@code poolcast.shop-orders} in; suggestions to {@code
 * poolcast.replenishment-suggestions} (keyed by shop), placed orders to {@code
 * poolcast.shop-orders} (keyed by supplier, as the world's orders are), exactly once.
 */
public final class ReplenishmentWiring {
  public static final String GROUP_ID = "poolcast-replenishment";

  private ReplenishmentWiring() {}

  public static ReplenishmentJob.Sources kafkaSources(KafkaConnection kafka, boolean bounded) {
    return new ReplenishmentJob.Sources(
        PoolcastKafka.source(
            kafka, Topics.FORECASTS, GROUP_ID, OffsetsInitializer.earliest(), bounded),
        PoolcastKafka.source(
            kafka, Topics.SELL_THROUGH, GROUP_ID, OffsetsInitializer.earliest(), bounded),
        PoolcastKafka.source(
            kafka, Topics.SHOP_ORDERS, GROUP_ID, OffsetsInitializer.earliest(), bounded));
  }

  public static ReplenishmentJob.Sinks sinks(KafkaConnection kafka) {
    DeliveryGuarantee once = DeliveryGuarantee.EXACTLY_ONCE;
    return new ReplenishmentJob.Sinks(
        PoolcastKafka.jsonSink(
            kafka,
            Topics.REPLENISHMENT_SUGGESTIONS,
            ReplenishmentSuggestion::kafkaKey,
            once,
            "poolcast-replenishment-suggestions"),
        PoolcastKafka.jsonSink(
            kafka,
            Topics.SHOP_ORDERS,
            ShopOrderEvent::supplierId,
            once,
            "poolcast-replenishment-orders"),
        PoolcastKafka.deadLetterSink(kafka, once, "poolcast-replenishment-dead-letters"));
  }
}
