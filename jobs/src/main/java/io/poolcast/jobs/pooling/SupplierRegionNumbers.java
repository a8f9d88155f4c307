package io.poolcast.jobs.pooling;

import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.ListedIds;
import io.poolcast.jobs.flink.StageKey;

/**
 * The pooling stage's BATCH key ({@link StageKey}): a supplier × region ({@link SupplierRegionKey})
 * as the position of its delivery calendar in the reference data; -1 for a pair without one. The
 * stage refuses every order of such a pair ({@code UNKNOWN_POOL}) and keeps no state for it, so
 * they can share a key.
 */
final class SupplierRegionNumbers {
  private SupplierRegionNumbers() {}

  static ListedIds of(World world) {
    return new ListedIds(
        world.cutoffCalendars().stream()
            .map(c -> SupplierRegionKey.id(c.supplierId(), c.regionId()))
            .distinct()
            .toList());
  }
}
