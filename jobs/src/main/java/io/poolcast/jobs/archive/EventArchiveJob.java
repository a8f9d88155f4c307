package io.poolcast.jobs.archive;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.DecodedSources;
import io.poolcast.jobs.flink.KnownRegionFilter;
import io.poolcast.jobs.flink.RegionZones;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The walking skeleton: archives every consumed shop order and POS sale, and sums orders per region
 * and local day. A function of its sources and sinks, so production wires Kafka and Parquet while
 * tests hand it bounded lists and collecting sinks.
 */
public final class EventArchiveJob {

  /** Raw records of the two input topics (or files). */
  public record Sources(Source<RawEvent, ?, ?> shopOrders, Source<RawEvent, ?, ?> posSales) {}

  /** Where results go. */
  public record Sinks(
      Sink<ShopOrderEvent> orderArchive,
      Sink<PosSale> saleArchive,
      Sink<RegionDailyOrderSummary> summaryTopic,
      Sink<RegionDailyOrderSummary> summaryFiles,
      Sink<DeadLetter> deadLetters) {}

  private final Sources sources;
  private final Sinks sinks;
  private final RegionZones zones;

  public EventArchiveJob(Sources sources, Sinks sinks, RegionZones zones) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.sinks = Objects.requireNonNull(sinks, "sinks");
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    SingleOutputStreamOperator<ShopOrderEvent> orders =
        DecodedSources.decode(env, sources.shopOrders(), ShopOrderEvent.class, "shop-orders", "");
    SingleOutputStreamOperator<PosSale> sales =
        DecodedSources.decode(env, sources.posSales(), PosSale.class, "pos-sales", "");

    orders.sinkTo(sinks.orderArchive()).name("archive shop orders").uid("archive-shop-orders");
    sales.sinkTo(sinks.saleArchive()).name("archive POS sales").uid("archive-pos-sales");

    SingleOutputStreamOperator<ShopOrderEvent> known =
        orders
            .process(new KnownRegionFilter(zones, "shop-orders"))
            .name("known regions")
            .uid("known-regions");
    SingleOutputStreamOperator<RegionDailyOrderSummary> summaries =
        known
            .keyBy(new RegionDayKey(zones))
            .process(new RegionDailyOrdersFunction(zones, "shop-orders"))
            .name("region daily orders")
            .uid("region-daily-orders");
    summaries.sinkTo(sinks.summaryTopic()).name("region daily orders topic").uid("summary-topic");
    summaries.sinkTo(sinks.summaryFiles()).name("region daily orders files").uid("summary-files");

    DataStream<DeadLetter> deadLetters =
        orders
            .getSideOutput(DeadLetters.TAG)
            .union(
                sales.getSideOutput(DeadLetters.TAG),
                known.getSideOutput(DeadLetters.TAG),
                summaries.getSideOutput(DeadLetters.TAG));
    deadLetters.sinkTo(sinks.deadLetters()).name("dead letters").uid("dead-letters");
  }
}
