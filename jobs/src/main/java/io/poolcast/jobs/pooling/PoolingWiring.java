package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.HiveParquetSink;
import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;
import java.nio.file.Path;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Production wiring of {@link PoolingJob}: {@code poolcast.shop-orders} in; pooled orders,
 * allocations and progress out to their topics exactly once, and pooled orders and allocations to
 * Hive-partitioned Parquet ({@code pooled_orders/} and {@code pool_allocations/}, partitioned by
 * delivery_date and region).
 */
public final class PoolingWiring {
  public static final String GROUP_ID = "poolcast-pooling";

  private PoolingWiring() {}

  public static Source<io.poolcast.events.RawEvent, ?, ?> kafkaSource(
      KafkaConnection kafka, boolean bounded) {
    return kafkaSource(kafka, bounded, "");
  }

  /**
   * The shop-orders source; {@code topicPrefix} is put before every topic name (e.g. {@code
   * staging.}) so several environments can share a cluster.
   */
  public static Source<io.poolcast.events.RawEvent, ?, ?> kafkaSource(
      KafkaConnection kafka, boolean bounded, String topicPrefix) {
    return PoolcastKafka.source(
        kafka,
        topicPrefix + Topics.SHOP_ORDERS,
        topicPrefix + GROUP_ID,
        OffsetsInitializer.earliest(),
        bounded);
  }

  public static PoolingJob.Sinks sinks(KafkaConnection kafka, Path out) {
    return sinks(kafka, out, "");
  }

  /** The sinks, with {@code topicPrefix} before every topic name and transactional id. */
  public static PoolingJob.Sinks sinks(KafkaConnection kafka, Path out, String topicPrefix) {
    DeliveryGuarantee once = DeliveryGuarantee.EXACTLY_ONCE;
    String p = topicPrefix;
    return new PoolingJob.Sinks(
        PoolcastKafka.jsonSink(
            kafka,
            p + Topics.POOLED_ORDERS,
            PooledOrderLine::supplierId,
            once,
            p + "poolcast-pooled"),
        HiveParquetSink.forRecord(PooledOrderLine.class)
            .basePath(out.resolve("pooled_orders"))
            .partitionBy("delivery_date", PooledOrderLine::deliveryDate)
            .partitionBy("region", PooledOrderLine::region)
            .build(),
        PoolcastKafka.jsonSink(
            kafka,
            p + Topics.POOL_ALLOCATIONS,
            PoolAllocation::shopId,
            once,
            p + "poolcast-allocations"),
        HiveParquetSink.forRecord(PoolAllocation.class)
            .basePath(out.resolve("pool_allocations"))
            .partitionBy("delivery_date", PoolingWiring::deliveryDate)
            .partitionBy("region", PoolingWiring::region)
            .build(),
        PoolcastKafka.jsonSink(
            kafka, p + Topics.POOL_PROGRESS, PoolProgress::poolId, once, p + "poolcast-progress"),
        PoolcastKafka.deadLetterSink(
            kafka, p + Topics.DEAD_LETTERS, once, p + "poolcast-pooling-dead-letters"));
  }

  static Object deliveryDate(PoolAllocation a) {
    return PoolKey.parse(a.poolId()).map(PoolKey::deliveryDate).orElse(null);
  }

  static Object region(PoolAllocation a) {
    return PoolKey.parse(a.poolId()).map(PoolKey::regionId).orElse(null);
  }
}
