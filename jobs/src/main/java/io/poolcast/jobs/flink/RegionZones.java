package io.poolcast.jobs.flink;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.World;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of every known region, small enough to ship with each operator. Regions outside it
 * are unknown references.
 */
public final class RegionZones implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> zoneByRegion;

  private RegionZones(Map<String, String> zoneByRegion) {
    this.zoneByRegion = new HashMap<>(zoneByRegion);
  }

  public static RegionZones of(Map<String, String> zoneByRegion) {
    zoneByRegion.values().forEach(ZoneId::of); // fail fast on a bad zone id
    return new RegionZones(zoneByRegion);
  }

  public static RegionZones of(World world) {
    Map<String, String> zones = new HashMap<>();
    for (Region r : world.regions()) {
      zones.put(r.regionId(), r.zoneId() == null ? Region.DEFAULT_ZONE : r.zoneId());
    }
    return of(zones);
  }

  public Optional<ZoneId> zoneOf(String regionId) {
    String zone = regionId == null ? null : zoneByRegion.get(regionId);
    return Optional.ofNullable(zone).map(ZoneId::of);
  }

  public int size() {
    return zoneByRegion.size();
  }
}
