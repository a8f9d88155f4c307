package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.common.functions.FilterFunction;

/** Keeps the region × category roll-ups (the input of regional preferences). */
public final class RegionCategoryRows implements FilterFunction<SellThroughRow> {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean filter(SellThroughRow row) {
    return row.level().equals(SellThroughRow.REGION_CATEGORY);
  }
}
