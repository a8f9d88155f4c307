package io.poolcast.jobs.archive;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.HiveParquetSink;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.events.PosSale;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Production wiring of {@link EventArchiveJob}: Kafka topics in, Kafka topics and Hive-partitioned
 * Parquet out, exactly once.
 *
 * <p>Output layout under {@code out}: {@code events/shop_orders/event_date=…/region=…/}, {@code
 * events/pos_sales/event_date=…/region=…/} (event_date is the UTC date: the archive is a raw log,
 * backfills read one extra day on each side), {@code region_daily_orders/order_date=…/region=…/}
 * (order_date is the region-local day).
 */
public final class EventArchiveWiring {
  public static final String GROUP_ID = "poolcast-archive";

  private EventArchiveWiring() {}

  public static EventArchiveJob.Sources kafkaSources(KafkaConnection kafka, boolean bounded) {
    return new EventArchiveJob.Sources(
        PoolcastKafka.source(
            kafka, Topics.SHOP_ORDERS, GROUP_ID, OffsetsInitializer.earliest(), bounded),
        PoolcastKafka.source(
            kafka, Topics.POS_SALES, GROUP_ID, OffsetsInitializer.earliest(), bounded));
  }

  /** How archived shop orders are partitioned: UTC event_date, then region. */
  public static List<PartitionColumn<ShopOrderEvent>> shopOrderPartitions() {
    return List.of(
        PartitionColumn.of("event_date", EventArchiveWiring::orderUtcDate),
        PartitionColumn.of("region", ShopOrderEvent::regionId));
  }

  /** How archived POS sales are partitioned: UTC event_date, then region. */
  public static List<PartitionColumn<PosSale>> posSalePartitions() {
    return List.of(
        PartitionColumn.of("event_date", EventArchiveWiring::saleUtcDate),
        PartitionColumn.of("region", PosSale::regionId));
  }

  public static EventArchiveJob.Sinks sinks(KafkaConnection kafka, Path out) {
    return new EventArchiveJob.Sinks(
        HiveParquetSink.forRecord(ShopOrderEvent.class)
            .basePath(out.resolve("events/shop_orders"))
            .partitionBy(shopOrderPartitions())
            .build(),
        HiveParquetSink.forRecord(PosSale.class)
            .basePath(out.resolve("events/pos_sales"))
            .partitionBy(posSalePartitions())
            .build(),
        PoolcastKafka.jsonSink(
            kafka,
            Topics.REGION_DAILY_ORDERS,
            RegionDailyOrderSummary::regionId,
            DeliveryGuarantee.EXACTLY_ONCE,
            "poolcast-archive-summary"),
        HiveParquetSink.forRecord(RegionDailyOrderSummary.class)
            .basePath(out.resolve("region_daily_orders"))
            .partitionBy("order_date", RegionDailyOrderSummary::orderDate)
            .partitionBy("region", RegionDailyOrderSummary::regionId)
            .build(),
        PoolcastKafka.deadLetterSink(
            kafka, DeliveryGuarantee.EXACTLY_ONCE, "poolcast-archive-dead-letters"));
  }

  static Object orderUtcDate(ShopOrderEvent e) {
    return e.eventTime().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  static Object saleUtcDate(PosSale s) {
    return s.eventTime().atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
