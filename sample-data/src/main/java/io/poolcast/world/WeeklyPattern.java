package io.poolcast.world;

import io.poolcast.events.reference.ShopFormat;
import java.time.DayOfWeek;

/**
 * Day-of-week demand multipliers. Community supermarkets do their big family shop at the weekend;
 * convenience stores swing less because commuters buy on weekdays.
 */
final class WeeklyPattern {
  private static final double[] CONVENIENCE = {0.95, 0.93, 0.95, 0.97, 1.05, 1.12, 1.08};
  private static final double[] SUPERMARKET = {0.88, 0.86, 0.90, 0.92, 1.04, 1.25, 1.20};

  private WeeklyPattern() {}

  static double factor(ShopFormat format, DayOfWeek day) {
    double[] pattern = format == ShopFormat.CONVENIENCE_STORE ? CONVENIENCE : SUPERMARKET;
    return pattern[day.getValue() - 1];
  }
}
