package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.DecodeFunction;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.Decoded;
import io.poolcast.jobs.flink.EventTimes;
import io.poolcast.jobs.flink.TableOutput;
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
      TableOutput<PooledOrderLine> pooledOrdersFiles,
      Sink<PoolAllocation> allocationsTopic,
      TableOutput<PoolAllocation> allocationsFiles,
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

  /**
   * The job's result streams before any sink: what {@link #build} sends to the sinks, and what a
   * backfill writes its own way.
   */
  public record Streams(
      DataStream<PooledOrderLine> pooledOrders,
      DataStream<PoolAllocation> allocations,
      DataStream<PoolProgress> progress,
      DataStream<DeadLetter> deadLetters) {}

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    DataStream<RawEvent> raw =
        env.fromSource(shopOrders, EventTimes.rawEvents(), "pooling shop-orders")
            .uid("pooling-source-shop-orders");
    Streams streams = pipeline(raw, world, releasePolicies, true);
    streams
        .pooledOrders()
        .sinkTo(sinks.pooledOrdersTopic())
        .name("pooled orders topic")
        .uid("pooled-orders-topic");
    sinks.pooledOrdersFiles().attach(streams.pooledOrders(), "pooled-orders-files");
    streams
        .allocations()
        .sinkTo(sinks.allocationsTopic())
        .name("allocations topic")
        .uid("allocations-topic");
    sinks.allocationsFiles().attach(streams.allocations(), "allocations-files");
    streams
        .progress()
        .sinkTo(sinks.progressTopic())
        .name("pool progress topic")
        .uid("pool-progress-topic");
    streams
        .deadLetters()
        .sinkTo(sinks.deadLetters())
        .name("pooling dead letters")
        .uid("pooling-dead-letters");
  }

  /**
   * Decodes and pools raw shop-order events (with event-time watermarks): the one pooling pipeline,
   * used by the streaming job and by backfills alike.
   */
  public static Streams pipeline(
      DataStream<RawEvent> shopOrders,
      WorldSnapshot world,
      ReleasePolicyFile releasePolicies,
      boolean progress) {
    return pipeline(decode(shopOrders), world, releasePolicies, progress);
  }

  /** Raw shop-order events decoded as the pooling job decodes them. */
  public static Decoded<ShopOrderEvent> decode(DataStream<RawEvent> shopOrders) {
    return Decoded.of(
        shopOrders
            .process(new DecodeFunction<>(ShopOrderEvent.class))
            .name("pooling decode shop-orders")
            .uid("pooling-decode-shop-orders"));
  }

  /** Pools decoded shop-order events: the pipeline after decoding. */
  public static Streams pipeline(
      Decoded<ShopOrderEvent> orders,
      WorldSnapshot world,
      ReleasePolicyFile releasePolicies,
      boolean progress) {
    SingleOutputStreamOperator<PooledOrderLine> pooled =
        orders
            .events()
            .keyBy(new SupplierRegionKey())
            .process(new PoolingFunction(world, releasePolicies, progress))
            .returns(EventTypes.of(PooledOrderLine.class))
            .name("pool orders")
            .uid("pool-orders");
    return new Streams(
        pooled,
        pooled.getSideOutput(PoolingOutputs.ALLOCATIONS),
        pooled.getSideOutput(PoolingOutputs.PROGRESS),
        orders.refusedWith(pooled.getSideOutput(DeadLetters.TAG)));
  }
}
