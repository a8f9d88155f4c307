package io.poolcast.world;

import io.poolcast.events.ShopOrderEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Order changes that happen on a later local day than the order (held until that day). */
final class LaterEvents {
  private final TreeMap<Long, List<ShopOrderEvent>> byDay = new TreeMap<>();

  void add(long epochDay, ShopOrderEvent event) {
    byDay.computeIfAbsent(epochDay, d -> new ArrayList<>()).add(event);
  }

  List<ShopOrderEvent> drain(long epochDay) {
    List<ShopOrderEvent> due = byDay.remove(epochDay);
    return due == null ? List.of() : due;
  }
}
