package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.ShopOrderEvent;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Passes orders of known regions; an order of an unknown region becomes a dead letter. */
public final class KnownRegionFilter extends ProcessFunction<ShopOrderEvent, ShopOrderEvent> {
  private static final long serialVersionUID = 1L;

  private final RegionZones zones;
  private final String source;

  public KnownRegionFilter(RegionZones zones, String source) {
    this.zones = zones;
    this.source = source;
  }

  @Override
  public void processElement(ShopOrderEvent order, Context ctx, Collector<ShopOrderEvent> out) {
    if (zones.zoneOf(order.regionId()).isPresent()) {
      out.collect(order);
    } else {
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.UNKNOWN_REFERENCE,
              "unknown region '" + order.regionId() + "' in order " + order.orderId(),
              source,
              order,
              order.eventTime()));
    }
  }
}
