package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.DecodeFunction;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.EventTimes;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Streaming order pooling: shop orders in, regional pooled batch orders, per-shop allocations and
 * pool progress out. Orders are keyed by supplier × region; {@link PoolingFunction} keeps the open
 * pools and releases each at its cut-off (an event-time timer).
 */
public final class PoolingJob {

  /** Where results go. */
  public record Sinks(
      Sink<PooledOrderLine> pooledOrdersTopic,
      Sink<PooledOrderLine> pooledOrdersFiles,
      Sink<PoolAllocation> allocationsTopic,
      Sink<PoolAllocation> allocationsFiles,
      Sink<PoolProgress> progressTopic,
      Sink<DeadLetter> deadLetters) {}

  private final Source<RawEvent, ?, ?> shopOrders;
  private final Sinks sinks;
  private final WorldSnapshot world;
  private final ReleasePolicyFile releasePolicies;

  public PoolingJob(Source<RawEvent, ?, ?> shopOrders, Sinks sinks, World world) {
    this(shopOrders, sinks, world, ReleasePolicyFile.defaults());
  }

  public PoolingJob(
      Source<RawEvent, ?, ?> shopOrders,
      Sinks sinks,
      World world,
      ReleasePolicyFile releasePolicies) {
    this.shopOrders = Objects.requireNonNull(shopOrders, "shopOrders");
    this.sinks = Objects.requireNonNull(sinks, "sinks");
    this.world = WorldSnapshot.of(Objects.requireNonNull(world, "world"));
    this.releasePolicies = Objects.requireNonNull(releasePolicies, "releasePolicies");
  }

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    SingleOutputStreamOperator<ShopOrderEvent> orders =
        env.fromSource(shopOrders, EventTimes.rawEvents(), "pooling shop-orders")
            .uid("pooling-source-shop-orders")
            .process(new DecodeFunction<>(ShopOrderEvent.class))
            .name("pooling decode shop-orders")
            .uid("pooling-decode-shop-orders");
    SingleOutputStreamOperator<PooledOrderLine> pooled =
        orders
            .keyBy(new SupplierRegionKey())
            .process(new PoolingFunction(world, releasePolicies))
            .returns(EventTypes.of(PooledOrderLine.class))
            .name("pool orders")
            .uid("pool-orders");

    pooled.sinkTo(sinks.pooledOrdersTopic()).name("pooled orders topic").uid("pooled-orders-topic");
    pooled.sinkTo(sinks.pooledOrdersFiles()).name("pooled orders files").uid("pooled-orders-files");
    DataStream<PoolAllocation> allocations = pooled.getSideOutput(PoolingOutputs.ALLOCATIONS);
    allocations.sinkTo(sinks.allocationsTopic()).name("allocations topic").uid("allocations-topic");
    allocations.sinkTo(sinks.allocationsFiles()).name("allocations files").uid("allocations-files");
    pooled
        .getSideOutput(PoolingOutputs.PROGRESS)
        .sinkTo(sinks.progressTopic())
        .name("pool progress topic")
        .uid("pool-progress-topic");
    orders
        .getSideOutput(DeadLetters.TAG)
        .union(pooled.getSideOutput(DeadLetters.TAG))
        .sinkTo(sinks.deadLetters())
        .name("pooling dead letters")
        .uid("pooling-dead-letters");
  }
}
