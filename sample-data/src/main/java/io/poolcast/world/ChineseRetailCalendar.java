package io.poolcast.world;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The retail events of the Chinese market for 2020–2031: the lunar festivals (Spring Festival,
 * Dragon Boat, Mid-Autumn) and the fixed ones (National Day, 618, Double 11).
 *
 * <p>Lunar dates are hard-coded from the official calendar (Purple Mountain Observatory), so no
 * astronomy library is needed. They were cross-checked with ICU4J's {@code ChineseCalendar}; ICU
 * disagrees only on the 2027 and 2030 new years (a new moon minutes from Beijing midnight), where
 * the official dates 2027-02-06 and 2030-02-03 are kept.
 *
 * <p>Holiday periods are simplified to fixed patterns (Spring Festival: eve to day 6; Dragon Boat
 * and Mid-Autumn: three days from the festival day; National Day: October 1–7), close to but not
 * exactly the State Council's yearly schedule with its make-up working days.
 */
public final class ChineseRetailCalendar {
  public static final int FIRST_YEAR = 2020;
  public static final int LAST_YEAR = 2031;

  private static final String[] SPRING_FESTIVAL = {
    "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
    "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23"
  };
  private static final String[] DRAGON_BOAT = {
    "2020-06-25", "2021-06-14", "2022-06-03", "2023-06-22", "2024-06-10", "2025-05-31",
    "2026-06-19", "2027-06-09", "2028-05-28", "2029-06-16", "2030-06-05", "2031-06-24"
  };
  private static final String[] MID_AUTUMN = {
    "2020-10-01", "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17", "2025-10-06",
    "2026-09-25", "2027-09-15", "2028-10-03", "2029-09-22", "2030-09-12", "2031-10-01"
  };

  /** Events first in this order win in {@link #eventOn} when several apply. */
  private static final Comparator<RetailEvent> SIGNIFICANCE =
      Comparator.comparing((RetailEvent e) -> e.phase() == EventPhase.DURING ? 0 : 1)
          .thenComparing(e -> e.kind().ordinal());

  private static final ChineseRetailCalendar INSTANCE = new ChineseRetailCalendar();

  private final List<List<Holiday>> byYear = new ArrayList<>();

  private ChineseRetailCalendar() {
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      byYear.add(build(year));
    }
  }

  public static ChineseRetailCalendar instance() {
    return INSTANCE;
  }

  /** True if the calendar knows the year's lunar festivals. */
  public static boolean supports(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /**
   * The retail events of a year, in date order of their festival day.
   *
   * @throws IllegalArgumentException outside 2020–2031
   */
  public List<Holiday> holidays(int year) {
    if (!supports(year)) {
      throw new IllegalArgumentException(
          "lunar festival dates are known for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
    }
    return byYear.get(year - FIRST_YEAR);
  }

  private static List<Holiday> build(int year) {
    int i = year - FIRST_YEAR;
    List<Holiday> out = new ArrayList<>();
    LocalDate spring = LocalDate.parse(SPRING_FESTIVAL[i]);
    out.add(
        new Holiday(
            HolidayKind.SPRING_FESTIVAL, spring, spring.minusDays(1), spring.plusDays(6), 21));
    LocalDate dragon = LocalDate.parse(DRAGON_BOAT[i]);
    out.add(new Holiday(HolidayKind.DRAGON_BOAT, dragon, dragon, dragon.plusDays(2), 10));
    LocalDate moon = LocalDate.parse(MID_AUTUMN[i]);
    out.add(new Holiday(HolidayKind.MID_AUTUMN, moon, moon, moon.plusDays(2), 14));
    LocalDate national = LocalDate.of(year, Month.OCTOBER, 1);
    out.add(new Holiday(HolidayKind.NATIONAL_DAY, national, national, national.plusDays(6), 5));
    LocalDate june18 = LocalDate.of(year, Month.JUNE, 18);
    out.add(new Holiday(HolidayKind.SHOPPING_618, june18, june18.withDayOfMonth(1), june18, 0));
    LocalDate nov11 = LocalDate.of(year, Month.NOVEMBER, 11);
    out.add(new Holiday(HolidayKind.DOUBLE_11, nov11, nov11.withDayOfMonth(1), nov11, 0));
    out.sort(Comparator.comparing(Holiday::day));
    return List.copyOf(out);
  }

  /** The Spring Festival (lunar new year's day) of a year. */
  public LocalDate springFestival(int year) {
    return holidayOf(year, HolidayKind.SPRING_FESTIVAL).day();
  }

  /** The Mid-Autumn festival day of a year. */
  public LocalDate midAutumn(int year) {
    return holidayOf(year, HolidayKind.MID_AUTUMN).day();
  }

  /** The Dragon Boat festival day of a year. */
  public LocalDate dragonBoat(int year) {
    return holidayOf(year, HolidayKind.DRAGON_BOAT).day();
  }

  public Holiday holidayOf(int year, HolidayKind kind) {
    return holidays(year).stream().filter(h -> h.kind() == kind).findFirst().orElseThrow();
  }

  /** Every event in its lead-in or holiday period on the date, most significant first. */
  public List<RetailEvent> eventsOn(LocalDate date) {
    List<RetailEvent> out = new ArrayList<>();
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      if (!supports(year)) {
        continue;
      }
      for (Holiday h : holidays(year)) {
        int daysToDay = (int) (h.day().toEpochDay() - date.toEpochDay());
        if (h.covers(date)) {
          out.add(new RetailEvent(h, EventPhase.DURING, daysToDay));
        } else if (h.leadsInto(date)) {
          out.add(new RetailEvent(h, EventPhase.LEAD_IN, daysToDay));
        }
      }
    }
    out.sort(SIGNIFICANCE);
    return out;
  }

  /** The most significant event on the date (a holiday itself before a lead-in), if any. */
  public Optional<RetailEvent> eventOn(LocalDate date) {
    List<RetailEvent> events = eventsOn(date);
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
  }
}
