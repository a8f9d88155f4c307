package io.poolcast.forecasting.gbm;

import java.time.LocalDate;
import java.time.Month;

/**
 * Chinese retail calendar as numeric features of a date. The lunar festival dates (2020–2031) are
 * the same table as {@code io.poolcast.world.ChineseRetailCalendar} in the sample-data module
 * (copied, so forecasting does not depend on sample data). Outside that range the lunar features
 * are {@link #NONE}; the fixed-date events (National Day, 618, Double 11) work for any year.
 */
public final class RetailCalendarFeatures {
  /** "Not near this event": far outside every window, so a tree splits it off. */
  public static final int NONE = 99;

  static final int FIRST_YEAR = 2020;
  static final int LAST_YEAR = 2031;
  private static final int SPRING_WINDOW = 45;
  private static final int FESTIVAL_WINDOW = 15;

  private static final LocalDate[] SPRING_FESTIVAL =
      dates(
          "2020-01-25",
          "2021-02-12",
          "2022-02-01",
          "2023-01-22",
          "2024-02-10",
          "2025-01-29",
          "2026-02-17",
          "2027-02-06",
          "2028-01-26",
          "2029-02-13",
          "2030-02-03",
          "2031-01-23");
  private static final LocalDate[] DRAGON_BOAT =
      dates(
          "2020-06-25",
          "2021-06-14",
          "2022-06-03",
          "2023-06-22",
          "2024-06-10",
          "2025-05-31",
          "2026-06-19",
          "2027-06-09",
          "2028-05-28",
          "2029-06-16",
          "2030-06-05",
          "2031-06-24");
  private static final LocalDate[] MID_AUTUMN =
      dates(
          "2020-10-01",
          "2021-09-21",
          "2022-09-10",
          "2023-09-29",
          "2024-09-17",
          "2025-10-06",
          "2026-09-25",
          "2027-09-15",
          "2028-10-03",
          "2029-09-22",
          "2030-09-12",
          "2031-10-01");

  private RetailCalendarFeatures() {}

  private static LocalDate[] dates(String... iso) {
    LocalDate[] out = new LocalDate[iso.length];
    for (int i = 0; i < iso.length; i++) {
      out[i] = LocalDate.parse(iso[i]);
    }
    return out;
  }

  /** Days from the nearest Spring Festival (negative before it), within ±45, else NONE. */
  public static int springFestivalDays(LocalDate date) {
    return nearest(SPRING_FESTIVAL, date, SPRING_WINDOW);
  }

  /** 1 during the Spring Festival holiday (eve to day 6), else 0. */
  public static int springFestivalHoliday(LocalDate date) {
    int d = springFestivalDays(date);
    return d >= -1 && d <= 6 ? 1 : 0;
  }

  /** Days from the Dragon Boat festival within ±15, else NONE. */
  public static int dragonBoatDays(LocalDate date) {
    return nearest(DRAGON_BOAT, date, FESTIVAL_WINDOW);
  }

  /** Days from the Mid-Autumn festival within ±15, else NONE. */
  public static int midAutumnDays(LocalDate date) {
    return nearest(MID_AUTUMN, date, FESTIVAL_WINDOW);
  }

  /** 1 during National Day week (October 1–7), else 0. */
  public static int nationalDay(LocalDate date) {
    return date.getMonth() == Month.OCTOBER && date.getDayOfMonth() <= 7 ? 1 : 0;
  }

  /** Days left to June 18 during the 618 campaign (June 1–18), else NONE. */
  public static int daysTo618(LocalDate date) {
    return campaign(date, Month.JUNE, 18);
  }

  /** Days left to November 11 during the Double 11 campaign (November 1–11), else NONE. */
  public static int daysToDouble11(LocalDate date) {
    return campaign(date, Month.NOVEMBER, 11);
  }

  private static int campaign(LocalDate date, Month month, int day) {
    return date.getMonth() == month && date.getDayOfMonth() <= day
        ? day - date.getDayOfMonth()
        : NONE;
  }

  private static int nearest(LocalDate[] table, LocalDate date, int window) {
    int year = date.getYear();
    int best = NONE;
    for (int y = year - 1; y <= year + 1; y++) {
      if (y < FIRST_YEAR || y > LAST_YEAR) {
        continue;
      }
      long d = date.toEpochDay() - table[y - FIRST_YEAR].toEpochDay();
      if (Math.abs(d) <= window && (best == NONE || Math.abs(d) < Math.abs(best))) {
        best = (int) d;
      }
    }
    return best;
  }
}
