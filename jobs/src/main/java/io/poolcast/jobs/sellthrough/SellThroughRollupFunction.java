package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Adds up the shop rows' contributions to one roll-up series and day ({@link SellThroughTally#add})
 * and emits the finished row when the watermark passes the day's end. The shop rows of a day are
 * all emitted by their own day-close timers before that watermark moves on, so a roll-up is
 * complete when it fires; state is cleared on emit. A STREAMING job's, keyed by {@link
 * SeriesDayKey}: a BATCH run rolls up in the classes' stage ({@link MoverClassFunction#rollingUp}).
 */
public final class SellThroughRollupFunction
    extends KeyedProcessFunction<String, SellThroughRow, SellThroughRow> {
  private static final long serialVersionUID = 1L;

  private transient ValueState<SellThroughRow> sum;

  @Override
  public void open(OpenContext openContext) {
    sum =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("sum", EventTypes.of(SellThroughRow.class)));
  }

  @Override
  public void processElement(SellThroughRow row, Context ctx, Collector<SellThroughRow> out)
      throws Exception {
    SellThroughRow current = sum.value();
    if (current == null) {
      ctx.timerService().registerEventTimeTimer(row.closedAt().toEpochMilli() - 1);
      sum.update(row);
    } else {
      sum.update(SellThroughTally.add(current, row));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SellThroughRow> out)
      throws Exception {
    SellThroughRow row = sum.value();
    if (row != null) {
      out.collect(SellThroughTally.finish(row));
      sum.clear();
    }
  }
}
