package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.HiveParquetSink;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

  /** Table folders under the output folder. */
  public static final String POOLED_ORDERS = "pooled_orders";

  public static final String POOL_ALLOCATIONS = "pool_allocations";

  /** How pooled orders are partitioned: delivery_date, then region (streaming and backfill). */
  public static List<PartitionColumn<PooledOrderLine>> pooledOrderPartitions() {
    return List.of(
        PartitionColumn.of("delivery_date", PooledOrderLine::deliveryDate),
        PartitionColumn.of("region", PooledOrderLine::region));
  }

  /** How allocations are partitioned: their pool's delivery_date, then region. */
  public static List<PartitionColumn<PoolAllocation>> allocationPartitions() {
    return List.of(
        PartitionColumn.of("delivery_date", new PoolIdPart(PoolKey::deliveryDate)),
        PartitionColumn.of("region", new PoolIdPart(PoolKey::regionId)));
  }

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

  /** The sinks of a STREAMING run. */
  public static PoolingJob.Sinks sinks(KafkaConnection kafka, Path out) {
    return sinks(kafka, out, "", false);
  }

  /**
   * The sinks, with {@code topicPrefix} before every topic name and transactional id; {@code
   * bounded} runs (BATCH) write one file per partition ({@link TableOutput#partitionFiles}).
   */
  public static PoolingJob.Sinks sinks(
      KafkaConnection kafka, Path out, String topicPrefix, boolean bounded) {
    DeliveryGuarantee once = DeliveryGuarantee.EXACTLY_ONCE;
    String p = topicPrefix;
    return new PoolingJob.Sinks(
        PoolcastKafka.jsonSink(
            kafka,
            p + Topics.POOLED_ORDERS,
            PooledOrderLine::supplierId,
            once,
            p + "poolcast-pooled"),
        bounded
            ? TableOutput.partitionFiles(
                PooledOrderLine.class, pooledOrderPartitions(), out.resolve(POOLED_ORDERS))
            : TableOutput.sink(
                HiveParquetSink.forRecord(PooledOrderLine.class)
                    .basePath(out.resolve(POOLED_ORDERS))
                    .partitionBy(pooledOrderPartitions())
                    .build()),
        PoolcastKafka.jsonSink(
            kafka,
            p + Topics.POOL_ALLOCATIONS,
            PoolAllocation::shopId,
            once,
            p + "poolcast-allocations"),
        bounded
            ? TableOutput.partitionFiles(
                PoolAllocation.class, allocationPartitions(), out.resolve(POOL_ALLOCATIONS))
            : TableOutput.sink(
                HiveParquetSink.forRecord(PoolAllocation.class)
                    .basePath(out.resolve(POOL_ALLOCATIONS))
                    .partitionBy(allocationPartitions())
                    .build()),
        PoolcastKafka.jsonSink(
            kafka, p + Topics.POOL_PROGRESS, PoolProgress::poolId, once, p + "poolcast-progress"),
        PoolcastKafka.deadLetterSink(
            kafka, p + Topics.DEAD_LETTERS, once, p + "poolcast-pooling-dead-letters"));
  }

  /** An allocation's delivery day, from its pool id; null if the id cannot be read. */
  public static LocalDate deliveryDate(PoolAllocation a) {
    return PoolKey.parse(a.poolId()).map(PoolKey::deliveryDate).orElse(null);
  }
}
