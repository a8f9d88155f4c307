package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.common.functions.FilterFunction;

/** Keeps the rows of the days a run publishes ({@link DayBounds#publishes}). */
final class PublishedDays implements FilterFunction<SellThroughRow> {
  private static final long serialVersionUID = 1L;

  private final DayBounds bounds;

  PublishedDays(DayBounds bounds) {
    this.bounds = bounds;
  }

  @Override
  public boolean filter(SellThroughRow row) {
    return bounds.publishes(row.date());
  }
}
