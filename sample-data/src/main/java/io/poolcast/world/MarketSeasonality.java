package io.poolcast.world;

import io.poolcast.events.reference.ShopFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar part of the demand model: multipliers on a SKU's base demand for its category, the
 * shop's format and the day. Shops know these (they plan for festivals); promotions and noise come
 * on top.
 *
 * <pre>
 * factor = weekly(format, weekday) × summer(category, day) × trend(category, years since start)
 *        × Π events(category, day)
 * </pre>
 */
final class MarketSeasonality {
  private static final int SUMMER_PEAK_DAY_OF_YEAR = 196;

  private final ChineseRetailCalendar calendar = ChineseRetailCalendar.instance();
  private final LocalDate trendOrigin;

  MarketSeasonality(LocalDate trendOrigin) {
    this.trendOrigin = trendOrigin;
  }

  /** The known demand multiplier of a category in a shop format on a day. */
  double factor(Category category, ShopFormat format, LocalDate day) {
    return WeeklyPattern.factor(format, day.getDayOfWeek())
        * summer(category, day)
        * trend(category, day)
        * events(category, day);
  }

  double summer(Category category, LocalDate day) {
    double phase = 2 * Math.PI * (day.getDayOfYear() - SUMMER_PEAK_DAY_OF_YEAR) / 365.25;
    return 1 + category.summerAmplitude() * Math.cos(phase);
  }

  double trend(Category category, LocalDate day) {
    double years = ChronoUnit.DAYS.between(trendOrigin, day) / 365.25;
    return Math.pow(1 + category.trendPerYear(), years);
  }

  double events(Category category, LocalDate day) {
    double factor = 1;
    for (RetailEvent event : calendar.eventsOn(day)) {
      factor *= EventEffects.multiplier(event, category);
    }
    return factor;
  }

  /**
   * The regional after-effect of the Spring Festival: migrant workers leave the big coastal cities
   * for two weeks and swell demand in their home provinces. Shops do not plan for it.
   */
  double regional(RegionProfile region, LocalDate day) {
    if (!ChineseRetailCalendar.supports(day.getYear())) {
      return 1;
    }
    long after = ChronoUnit.DAYS.between(calendar.springFestival(day.getYear()), day);
    if (after < 0 || after > 14) {
      return 1;
    }
    if (region.migrantCity()) {
      return after <= 6 ? 0.75 : 0.88;
    }
    return after <= 10 ? 1.15 : 1;
  }

  /**
   * How much more stock shops lay in during the platform's 618 and Double 11 promotions, when
   * suppliers give extra terms: the order-up-to level is raised by this factor.
   */
  double forwardBuying(LocalDate day) {
    for (RetailEvent event : calendar.eventsOn(day)) {
      if (event.phase() == EventPhase.DURING
          && (event.kind() == HolidayKind.SHOPPING_618 || event.kind() == HolidayKind.DOUBLE_11)) {
        return 1.3;
      }
    }
    return 1;
  }
}
