package io.poolcast.world;

/**
 * How each retail event moves each category's demand, by how many days are left to the festival
 * day. The shapes follow the market: gift boxes multiply several-fold in the two to three weeks
 * before the Spring and Mid-Autumn festivals and collapse after; households stock up on drinks,
 * snacks, grain and oil before the new year; the first days of the new year are quiet.
 */
final class EventEffects {
  private EventEffects() {}

  static double multiplier(RetailEvent event, Category category) {
    return switch (event.kind()) {
      case SPRING_FESTIVAL -> springFestival(event, category);
      case DRAGON_BOAT -> dragonBoat(event, category);
      case MID_AUTUMN -> midAutumn(event, category);
      case NATIONAL_DAY -> nationalDay(event, category);
      case SHOPPING_618 -> platformFestival(category, 1.10, 1.05);
      case DOUBLE_11 -> platformFestival(category, 1.15, 1.06);
    };
  }

  /** Near 0 on the first lead-in day, 1 on the day before the holiday period starts. */
  private static double ramp(RetailEvent event) {
    Holiday h = event.holiday();
    long festivalAfterFirstDay = h.day().toEpochDay() - h.firstDay().toEpochDay();
    long daysBeforeFirstDay = event.daysToDay() - festivalAfterFirstDay;
    return 1 - (daysBeforeFirstDay - 1) / (double) Math.max(1, h.leadInDays());
  }

  private static double springFestival(RetailEvent event, Category category) {
    if (event.phase() == EventPhase.LEAD_IN) {
      double r = ramp(event);
      return 1
          + r
              * switch (category) {
                case SEASONAL_GIFT_BOXES -> 7.0;
                case BEVERAGES, LOW_SUGAR_BEVERAGES, SNACKS -> 0.6;
                case GRAIN_AND_OIL, DAIRY, FROZEN -> 0.5;
                case DAILY_CHEMICALS -> 0.3;
              };
    }
    int day = -event.daysToDay();
    if (day < 0) { // new year's eve
      return category == Category.SEASONAL_GIFT_BOXES ? 3.0 : 1.3;
    }
    if (day <= 2) {
      return category == Category.SEASONAL_GIFT_BOXES ? 1.5 : 0.55;
    }
    return 0.8;
  }

  private static double dragonBoat(RetailEvent event, Category category) {
    if (category == Category.SEASONAL_GIFT_BOXES) {
      if (event.phase() == EventPhase.LEAD_IN) {
        return 1 + 2.0 * ramp(event);
      }
      return event.daysToDay() == 0 ? 1.5 : 0.5;
    }
    return 1.05;
  }

  private static double midAutumn(RetailEvent event, Category category) {
    if (category == Category.SEASONAL_GIFT_BOXES) {
      if (event.phase() == EventPhase.LEAD_IN) {
        return 1 + 9.0 * Math.pow(ramp(event), 1.5);
      }
      return event.daysToDay() == 0 ? 2.0 : 0.5;
    }
    boolean drinks = category == Category.BEVERAGES || category == Category.LOW_SUGAR_BEVERAGES;
    return event.phase() == EventPhase.DURING && drinks ? 1.1 : 1.0;
  }

  private static double nationalDay(RetailEvent event, Category category) {
    boolean leisure =
        category == Category.BEVERAGES
            || category == Category.LOW_SUGAR_BEVERAGES
            || category == Category.SNACKS;
    if (event.phase() == EventPhase.LEAD_IN) {
      return leisure ? 1.1 : 1.0;
    }
    if (leisure) {
      return 1.25;
    }
    return category == Category.FROZEN || category == Category.SEASONAL_GIFT_BOXES ? 1.1 : 1.0;
  }

  private static double platformFestival(Category category, double chemicals, double snacks) {
    return switch (category) {
      case DAILY_CHEMICALS -> chemicals;
      case SNACKS -> snacks;
      default -> 1.0;
    };
  }
}
