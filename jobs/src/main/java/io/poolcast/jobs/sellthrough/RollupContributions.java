package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Each shop row's contribution to every roll-up level ({@link SellThroughTally#ROLLUPS}). */
public final class RollupContributions implements FlatMapFunction<SellThroughRow, SellThroughRow> {
  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(SellThroughRow shopRow, Collector<SellThroughRow> out) {
    for (String level : SellThroughTally.ROLLUPS) {
      out.collect(SellThroughTally.contribution(shopRow, level));
    }
  }
}
