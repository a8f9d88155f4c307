package io.poolcast.world;

/** The retail events of the Chinese calendar that move shop demand. */
public enum HolidayKind {
  /** Lunar new year (春节): pre-festival stock-up, gift boxes, shops closed for a few days. */
  SPRING_FESTIVAL,
  /** Dragon Boat festival (端午节): zongzi gift boxes. */
  DRAGON_BOAT,
  /** Mid-Autumn festival (中秋节): mooncake gift boxes peak in the two weeks before. */
  MID_AUTUMN,
  /** National Day golden week (国庆节), October 1–7: travel and gatherings. */
  NATIONAL_DAY,
  /** The 618 online shopping festival (June 1–18): platform promotions, shops forward-buy. */
  SHOPPING_618,
  /** Double 11 (双十一, November 1–11): platform promotions, shops forward-buy. */
  DOUBLE_11
}
