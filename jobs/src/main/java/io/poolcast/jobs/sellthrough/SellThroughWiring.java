package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.HiveParquetSink;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.jobs.flink.TableOutput;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Production wiring of {@link SellThroughJob}: {@code poolcast.pos-sales} and {@code
 * poolcast.shop-orders} in; rows to {@code poolcast.sell-through} (keyed by supplier; region ×
 * category rows by {@code platform}) and to Parquet {@code sell_through/level=…/date=…/}, findings
 * to {@code poolcast.insights}, exactly once.
 */
public final class SellThroughWiring {
  public static final String GROUP_ID = "poolcast-sell-through";

  /** Table folder under the output folder. */
  public static final String SELL_THROUGH = "sell_through";

  private SellThroughWiring() {}

  /** How rows are partitioned: level, then region-local date. */
  public static List<PartitionColumn<SellThroughRow>> partitions() {
    return List.of(
        PartitionColumn.of("level", SellThroughRow::level),
        PartitionColumn.of("date", SellThroughRow::date));
  }

  public static SellThroughJob.Sources kafkaSources(KafkaConnection kafka, boolean bounded) {
    return new SellThroughJob.Sources(
        PoolcastKafka.source(
            kafka, Topics.POS_SALES, GROUP_ID, OffsetsInitializer.earliest(), bounded),
        PoolcastKafka.source(
            kafka, Topics.SHOP_ORDERS, GROUP_ID, OffsetsInitializer.earliest(), bounded));
  }

  /** The sinks; {@code bounded} runs (BATCH) write one file per partition. */
  public static SellThroughJob.Sinks sinks(KafkaConnection kafka, Path out, boolean bounded) {
    DeliveryGuarantee once = DeliveryGuarantee.EXACTLY_ONCE;
    Path table = out.resolve(SELL_THROUGH);
    return new SellThroughJob.Sinks(
        PoolcastKafka.jsonSink(
            kafka, Topics.SELL_THROUGH, SellThroughRow::kafkaKey, once, "poolcast-sell-through"),
        bounded
            ? TableOutput.partitionFiles(SellThroughRow.class, partitions(), table)
            : TableOutput.sink(
                HiveParquetSink.forRecord(SellThroughRow.class)
                    .basePath(table)
                    .partitionBy(partitions())
                    .build()),
        PoolcastKafka.jsonSink(
            kafka, Topics.INSIGHTS, Insight::kafkaKey, once, "poolcast-insights"),
        PoolcastKafka.deadLetterSink(kafka, once, "poolcast-sell-through-dead-letters"));
  }
}
