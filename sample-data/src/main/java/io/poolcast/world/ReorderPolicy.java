package io.poolcast.world;

import io.poolcast.events.reference.ShopFormat;

/**
 * The shop's (s, S) reorder rule per SKU, in consumer units. The shop forecasts from its running
 * estimate of plain-day demand times the calendar factors it knows (weekday, season, festivals):
 *
 * <pre>
 * F = level × Σ factor(day) over the days until the delivery after this one can arrive
 * s = F + z·√F                      (reorder point: protect against the lead time)
 * S = s + level × factor(today) × coverDays × forwardBuying   (order-up-to level)
 * order ⌈(S − stock − on order) / pack⌉ cases when stock + on order ≤ s
 * </pre>
 *
 * Because the window reaches to the next possible delivery, shops stock up before supplier holidays
 * (Spring Festival) and Sundays without delivery.
 */
final class ReorderPolicy {
  static final int CONVENIENCE_COVER_DAYS = 4;
  static final int SUPERMARKET_COVER_DAYS = 7;

  private final SeasonIndex index;

  ReorderPolicy(SeasonIndex index) {
    this.index = index;
  }

  double reorderPoint(
      double level, ShopFormat format, Category category, int fromDay, int toDay, double z) {
    double forecast = level * index.sum(format, category, fromDay, toDay);
    return forecast + z * Math.sqrt(forecast);
  }

  double orderUpTo(
      double reorderPoint,
      double level,
      ShopFormat format,
      Category category,
      int today,
      double forwardBuying) {
    return reorderPoint
        + level * index.factor(format, category, today) * coverDays(format) * forwardBuying;
  }

  static int coverDays(ShopFormat format) {
    return format == ShopFormat.CONVENIENCE_STORE ? CONVENIENCE_COVER_DAYS : SUPERMARKET_COVER_DAYS;
  }

  /** Cases to order, or 0 when the position is above the reorder point. */
  static int casesToOrder(int position, double reorderPoint, double orderUpTo, int pack) {
    if (position > reorderPoint) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil((orderUpTo - position) / pack));
  }
}
