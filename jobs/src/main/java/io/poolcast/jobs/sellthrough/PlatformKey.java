package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.java.functions.KeySelector;

/** One key for the whole platform: comparisons across regions need every region's rows. */
public final class PlatformKey implements KeySelector<SellThroughRow, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(SellThroughRow row) {
    return SellThroughRow.PLATFORM_KEY;
  }
}
