package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys a row by supplier × region ({@link SellThroughRow#PLATFORM_KEY} for the region × category
 * rows, which belong to no one supplier).
 */
public final class SupplierRegionKey implements KeySelector<SellThroughRow, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(SellThroughRow row) {
    return row.kafkaKey() + "|" + row.regionId();
  }
}
