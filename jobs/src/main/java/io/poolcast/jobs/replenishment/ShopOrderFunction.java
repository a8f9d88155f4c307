package io.poolcast.jobs.replenishment;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Sku;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A shop's suggestions to order (cases > 0), keyed by shop, held until the watermark passes the
 * day's close plus {@link ReplenishFunction#GRACE} (all of the day's suggestions are out by then)
 * and turned into one order per supplier ({@link SuggestedOrders}). Only with {@code
 * --place-orders}.
 */
public final class ShopOrderFunction
    extends KeyedProcessFunction<String, ReplenishmentSuggestion, ShopOrderEvent> {
  private static final long serialVersionUID = 1L;

  private final WorldSnapshot world;
  private transient ReplenishmentCatalog catalog;
  private transient MapState<String, ReplenishmentSuggestion> pending;
  private transient Counter placed;

  public ShopOrderFunction(WorldSnapshot world) {
    this.world = world;
  }

  @Override
  public void open(OpenContext openContext) {
    catalog = new ReplenishmentCatalog(world.world());
    pending =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "pending", Types.STRING, EventTypes.of(ReplenishmentSuggestion.class)));
    placed = getRuntimeContext().getMetricGroup().addGroup("poolcast").counter("ordersPlaced");
  }

  @Override
  public void processElement(ReplenishmentSuggestion s, Context ctx, Collector<ShopOrderEvent> out)
      throws Exception {
    if (s.cases() <= 0) {
      return;
    }
    long at = s.eventTime().toEpochMilli();
    long due = at + ReplenishFunction.GRACE_MS; // the day's last suggestions come by then
    if (due <= ctx.timerService().currentWatermark()) {
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.TOO_LATE,
              "suggestion of " + s.date() + " came after the shop's orders of the day were placed",
              ShelfInputs.SOURCE,
              s,
              s.eventTime()));
      return;
    }
    pending.put(at + "|" + s.supplierId() + "|" + s.sku(), s);
    ctx.timerService().registerEventTimeTimer(due);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ShopOrderEvent> out)
      throws Exception {
    List<ReplenishmentSuggestion> due = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, ReplenishmentSuggestion> e : pending.entries()) {
      if (e.getValue().eventTime().toEpochMilli() + ReplenishFunction.GRACE_MS <= timestamp) {
        due.add(e.getValue());
        keys.add(e.getKey());
      }
    }
    for (String k : keys) {
      pending.remove(k);
    }
    for (ShopOrderEvent o : SuggestedOrders.place(due, this::listPrice)) {
      placed.inc();
      out.collect(o);
    }
  }

  private long listPrice(String sku) {
    return catalog.sku(sku).map(Sku::listPriceCents).orElse(0L);
  }
}
