package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.DailyHistory;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/** Daily sales value per series (a {@link DailyHistory} each), as keyed map state. */
final class ValueHistories {
  private final MapState<String, DailyHistory> histories;

  ValueHistories(RuntimeContext context) {
    histories =
        context.getMapState(
            new MapStateDescriptor<>("histories", Types.STRING, EventTypes.of(DailyHistory.class)));
  }

  /** Adds the row's day and value to the series {@code key}; returns the updated history. */
  DailyHistory record(String key, SellThroughRow row) throws Exception {
    DailyHistory before = histories.get(key);
    DailyHistory after =
        (before == null ? DailyHistory.empty() : before)
            .record(row.date().toEpochDay(), row.valueCents());
    histories.put(key, after);
    return after;
  }

  Iterable<Map.Entry<String, DailyHistory>> entries() throws Exception {
    return histories.entries();
  }
}
