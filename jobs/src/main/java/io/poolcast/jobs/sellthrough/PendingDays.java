package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.SellThroughRow;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;

/**
 * Roll-up rows held until their day's end timer. A BATCH run delivers a key's rows in no particular
 * day order, but timers always fire in time order, so functions that keep a daily history take each
 * day's rows when its timer fires. Rows held may also be partial sums of roll-ups, added up and
 * finished when taken ({@link #summing}).
 *
 * <p>Rows are held per day, by the timer that takes them: a BATCH run holds all of a key's days
 * before the first timer fires, and a timer then finds its own day without looking through the
 * others (one key's 55 days of a 28-day backfill were scanned 55 times over).
 */
final class PendingDays {
  private static final BinaryOperator<SellThroughRow> LATER = (earlier, later) -> later;

  private final MapState<Long, List<SellThroughRow>> pending;
  private final boolean sums;

  private PendingDays(RuntimeContext context, boolean sums) {
    this.sums = sums;
    pending =
        context.getMapState(
            new MapStateDescriptor<>(
                "pending-days", Types.LONG, Types.LIST(EventTypes.of(SellThroughRow.class))));
  }

  /** Finished roll-up rows; of two rows of one series and day the later held is taken. */
  static PendingDays finished(RuntimeContext context) {
    return new PendingDays(context, false);
  }

  /**
   * Partial sums of roll-ups (a BATCH run's {@link ContributionCombiner} output): the rows of one
   * series and day are added up and finished when taken, as {@link SellThroughRollupFunction} does.
   */
  static PendingDays summing(RuntimeContext context) {
    return new PendingDays(context, true);
  }

  /** Holds {@code row} and sets a timer at the end of its day. */
  void hold(SellThroughRow row, TimerService timers) throws Exception {
    long timer = row.closedAt().toEpochMilli() - 1;
    List<SellThroughRow> day = pending.get(timer);
    if (day == null) {
      day = new ArrayList<>();
      timers.registerEventTimeTimer(timer);
    }
    day.add(row);
    pending.put(timer, day); // a state backend that serialises values needs the list put back
  }

  /** The held rows of the day whose end timer fired at {@code timestamp}, in series order. */
  List<SellThroughRow> take(long timestamp) throws Exception {
    List<SellThroughRow> day = pending.get(timestamp);
    if (day == null) {
      return List.of();
    }
    pending.remove(timestamp);
    TreeMap<String, SellThroughRow> bySeries = new TreeMap<>();
    for (SellThroughRow row : day) {
      bySeries.merge(SellThroughTally.seriesKey(row), row, sums ? SellThroughTally::add : LATER);
    }
    List<SellThroughRow> rows = new ArrayList<>(bySeries.values());
    if (sums) {
      rows.replaceAll(SellThroughTally::finish);
    }
    return rows;
  }
}
