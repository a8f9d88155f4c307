package io.poolcast.jobs.archive;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.pooling.LocalDays;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys an order by its region and the region-local day it happened on: {@code east-hz|2026-01-05}.
 */
public final class RegionDayKey implements KeySelector<ShopOrderEvent, String> {
  private static final long serialVersionUID = 1L;

  private final RegionZones zones;

  public RegionDayKey(RegionZones zones) {
    this.zones = zones;
  }

  @Override
  public String getKey(ShopOrderEvent e) {
    // Orders reach this key only after KnownRegionFilter, so the zone is always known.
    return e.regionId() + "|" + LocalDays.dayOf(e.eventTime(), zones.zoneOf(e.regionId()).get());
  }
}
