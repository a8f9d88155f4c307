package io.poolcast.jobs.pooling;

import io.poolcast.events.ShopOrderEvent;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys orders by supplier and region. All pools of one supplier in one region (one per delivery
 * day) live under one key, so amendments find their order's home pool and under-minimum orders roll
 * over to the next day's pool without leaving the operator.
 */
public final class SupplierRegionKey implements KeySelector<ShopOrderEvent, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(ShopOrderEvent e) {
    return e.supplierId() + "|" + e.regionId();
  }
}
