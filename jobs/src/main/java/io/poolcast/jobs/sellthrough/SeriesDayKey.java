package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys a row by its series and day ({@link SellThroughTally#seriesKey}). */
public final class SeriesDayKey implements KeySelector<SellThroughRow, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(SellThroughRow row) {
    return SellThroughTally.seriesKey(row);
  }
}
