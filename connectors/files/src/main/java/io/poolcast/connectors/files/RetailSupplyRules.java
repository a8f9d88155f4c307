package io.poolcast.connectors.files;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The synthesized commercial terms of the Online Retail world; the file has none, so these are
 * fixed, documented values (module README, "Online Retail → World").
 */
final class RetailSupplyRules {
  /** Orders until 20:00 region-local time are delivered the next day. */
  static final LocalTime CUTOFF = LocalTime.of(20, 0);

  static final int LEAD_DAYS = 1;
  static final List<DayOfWeek> NO_DELIVERY_DAYS = List.of(DayOfWeek.SUNDAY);

  /** Bank holidays of England and Wales over the file's span; used in the UK region only. */
  static final List<LocalDate> UK_BANK_HOLIDAYS =
      List.of(
          LocalDate.of(2010, 12, 27),
          LocalDate.of(2010, 12, 28),
          LocalDate.of(2011, 1, 3),
          LocalDate.of(2011, 4, 22),
          LocalDate.of(2011, 4, 25),
          LocalDate.of(2011, 4, 29),
          LocalDate.of(2011, 5, 2),
          LocalDate.of(2011, 5, 30),
          LocalDate.of(2011, 8, 29),
          LocalDate.of(2011, 12, 26),
          LocalDate.of(2011, 12, 27),
          LocalDate.of(2012, 1, 2));

  static final String UK_REGION = "united-kingdom";

  /** Minimum pooled value per region and delivery day: £200. */
  static final long MIN_BATCH_VALUE_PENCE = 20_000;

  static final long TRUCK_CAPACITY_KG = 3_000;
  static final long TRUCK_CAPACITY_LITRES = 15_000;

  /** Price tiers: minimum pooled units as multiples of the SKU's median line quantity. */
  static final int TIER1_MEDIAN_MULTIPLE = 4;

  static final int TIER1_DISCOUNT_BP = 500;
  static final int TIER2_MEDIAN_MULTIPLE = 16;
  static final int TIER2_DISCOUNT_BP = 1_000;

  /** Category tiers: £250 over 2 categories for 2 %, £1,000 over 3 (or all) for 4 %. */
  static final long CATEGORY_TIER1_VALUE_PENCE = 25_000;

  static final int CATEGORY_TIER1_CATEGORIES = 2;
  static final int CATEGORY_TIER1_DISCOUNT_BP = 200;
  static final long CATEGORY_TIER2_VALUE_PENCE = 100_000;
  static final int CATEGORY_TIER2_CATEGORIES = 3;
  static final int CATEGORY_TIER2_DISCOUNT_BP = 400;

  private RetailSupplyRules() {}
}
