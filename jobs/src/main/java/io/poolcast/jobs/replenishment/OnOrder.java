package io.poolcast.jobs.replenishment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units on the way at a day's close, from the versions of one shop × SKU's orders ({@link
 * ShelfInput.Kind#ORDER}, one per order version). Every version is kept until no later close needs
 * it, so the answer depends on event times only, never on when the versions arrived: an amendment
 * made after the close does not change what was on order at the close, whether it arrives before
 * the suggestion is made (STREAMING) or long before (BATCH, where every timer fires at the end).
 */
final class OnOrder {
  private OnOrder() {}

  /**
   * The version of each order in force at {@code close}: the newest placed before it. An order
   * placed at the close itself is the one a suggestion of that close places ({@link
   * SuggestedOrders} gives it the day's last millisecond), not on order for the day it was made
   * for.
   */
  static Map<String, ShelfInput> inForce(Iterable<ShelfInput> versions, long close) {
    Map<String, ShelfInput> byOrder = new HashMap<>();
    for (ShelfInput v : versions) {
      if (v.timestamp() < close) {
        byOrder.merge(v.orderId(), v, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    return byOrder;
  }

  /** Units in force at the close of {@code day} ({@code close}) delivered after the day. */
  static int units(Iterable<ShelfInput> versions, LocalDate day, long close) {
    long units = 0;
    for (ShelfInput v : inForce(versions, close).values()) {
      if (v.day().isAfter(day)) {
        units += v.units();
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, units);
  }

  /**
   * Versions no close from {@code day}'s on needs: those superseded before its close, and the one
   * in force if it is delivered by the day (a delivery is in the stock from then on).
   */
  static List<ShelfInput> unneeded(Iterable<ShelfInput> versions, LocalDate day, long close) {
    Map<String, ShelfInput> inForce = inForce(versions, close);
    List<ShelfInput> unneeded = new ArrayList<>();
    for (ShelfInput v : versions) {
      ShelfInput current = inForce.get(v.orderId());
      boolean superseded = current != null && v.version() < current.version();
      boolean delivered =
          current != null && v.version() == current.version() && !v.day().isAfter(day);
      if (superseded || delivered) {
        unneeded.add(v);
      }
    }
    return unneeded;
  }

  /** The state key of a version: an order's versions are kept side by side. */
  static String key(ShelfInput version) {
    return version.orderId() + "#" + version.version();
  }
}
