package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.SellThroughRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;

/**
 * Roll-up rows held until their day's end timer. A BATCH run delivers a key's rows in no particular
 * day order, but timers always fire in time order, so functions that keep a daily history take each
 * day's rows when its timer fires.
 */
final class PendingDays {
  private final MapState<String, SellThroughRow> pending;

  PendingDays(RuntimeContext context) {
    pending =
        context.getMapState(
            new MapStateDescriptor<>("pending", Types.STRING, EventTypes.of(SellThroughRow.class)));
  }

  /** Holds {@code row} and sets a timer at the end of its day. */
  void hold(SellThroughRow row, TimerService timers) throws Exception {
    pending.put(SellThroughTally.seriesKey(row), row);
    timers.registerEventTimeTimer(row.closedAt().toEpochMilli() - 1);
  }

  /** The held rows of the day whose end timer fired at {@code timestamp}, in series order. */
  List<SellThroughRow> take(long timestamp) throws Exception {
    List<SellThroughRow> day = new ArrayList<>();
    for (SellThroughRow row : pending.values()) {
      if (row.closedAt().toEpochMilli() == timestamp + 1) {
        day.add(row);
      }
    }
    day.sort(Comparator.comparing(SellThroughTally::seriesKey));
    for (SellThroughRow row : day) {
      pending.remove(SellThroughTally.seriesKey(row));
    }
    return day;
  }
}
