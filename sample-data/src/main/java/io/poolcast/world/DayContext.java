package io.poolcast.world;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.ShopFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What is the same for every shop on one simulated day, computed once. */
final class DayContext {
  static final ZoneId ZONE = ZoneId.of(Region.DEFAULT_ZONE);

  final LocalDate date;
  final long epochDay;

  /** Days since the start of the period. */
  final int offset;

  final long dayStartSecond;
  final String compactDate;

  /** True demand multiplier [region][format][category], including regional effects. */
  final double[][][] demandFactor;

  /** Price cut per SKU (0 = no promotion). */
  final double[] promoCut;

  final double forwardBuying;
  final LocalDate springFestival;

  DayContext(
      LocalDate date,
      int offset,
      MarketModel market,
      MarketSeasonality seasonality,
      SeasonIndex index,
      Promotions promotions) {
    this.date = date;
    this.epochDay = date.toEpochDay();
    this.offset = offset;
    this.dayStartSecond = date.atStartOfDay(ZONE).toEpochSecond();
    this.compactDate = date.format(DateTimeFormatter.BASIC_ISO_DATE);
    int regions = market.regions.size();
    demandFactor = new double[regions][ShopFormat.values().length][Category.values().length];
    for (int r = 0; r < regions; r++) {
      double regional = seasonality.regional(market.regions.get(r), date);
      for (ShopFormat f : ShopFormat.values()) {
        for (Category c : Category.values()) {
          demandFactor[r][f.ordinal()][c.ordinal()] = index.factor(f, c, offset) * regional;
        }
      }
    }
    promoCut = new double[market.skuCount()];
    for (int sku = 0; sku < promoCut.length; sku++) {
      promoCut[sku] = promotions.cut(sku, epochDay);
    }
    forwardBuying = seasonality.forwardBuying(date);
    springFestival =
        ChineseRetailCalendar.supports(date.getYear())
            ? ChineseRetailCalendar.instance().springFestival(date.getYear())
            : null;
  }

  /** Shops that close for the new year stay shut from its first day for their closure days. */
  boolean closed(ShopPlan shop) {
    if (springFestival == null || shop.festivalClosureDays() == 0) {
      return false;
    }
    long sinceNewYear = epochDay - springFestival.toEpochDay();
    return sinceNewYear >= 0 && sinceNewYear < shop.festivalClosureDays();
  }
}
