package io.poolcast.world;

/**
 * The product categories of the sample market and the numbers that make each behave like itself:
 * case sizes, shelf prices, weights, growth trend, summer seasonality and how much each shop format
 * stocks it.
 */
public enum Category {
  BEVERAGES(
      "beverages", 0.18, new int[] {12, 15, 24}, 300, 800, 550, 550, -0.02, 0.35, 1.6, 1.0, 1.6),
  LOW_SUGAR_BEVERAGES(
      "low_sugar_beverages",
      0.08,
      new int[] {12, 15, 24},
      400,
      900,
      520,
      500,
      0.30,
      0.35,
      1.2,
      0.8,
      1.2),
  SNACKS("snacks", 0.18, new int[] {20, 24, 30, 48}, 300, 1500, 120, 400, 0.0, 0.0, 1.4, 1.1, 1.2),
  DAIRY("dairy", 0.10, new int[] {12, 16, 24}, 400, 1200, 260, 250, 0.03, 0.10, 1.0, 1.0, 1.2),
  GRAIN_AND_OIL(
      "grain_and_oil",
      0.12,
      new int[] {4, 6, 10},
      1500,
      8000,
      2600,
      2600,
      -0.03,
      0.0,
      0.3,
      1.2,
      0.4),
  DAILY_CHEMICALS(
      "daily_chemicals", 0.14, new int[] {12, 24}, 800, 4000, 450, 500, 0.0, 0.0, 0.5, 1.1, 0.4),
  FROZEN("frozen", 0.08, new int[] {10, 20}, 1000, 3500, 500, 800, 0.06, 0.50, 0.6, 1.0, 0.6),
  SEASONAL_GIFT_BOXES(
      "seasonal_gift_boxes",
      0.08,
      new int[] {4, 6},
      6000,
      30000,
      1800,
      6000,
      0.0,
      0.0,
      0.3,
      0.7,
      0.15);

  private final String id;
  private final double supplierShare;
  private final int[] packSizes;
  private final long minShelfPriceCents;
  private final long maxShelfPriceCents;
  private final int unitWeightGrams;
  private final int unitVolumeMl;
  private final double trendPerYear;
  private final double summerAmplitude;
  private final double convenienceAffinity;
  private final double supermarketAffinity;
  private final double velocity;

  Category(
      String id,
      double supplierShare,
      int[] packSizes,
      long minShelfPriceCents,
      long maxShelfPriceCents,
      int unitWeightGrams,
      int unitVolumeMl,
      double trendPerYear,
      double summerAmplitude,
      double convenienceAffinity,
      double supermarketAffinity,
      double velocity) {
    this.id = id;
    this.supplierShare = supplierShare;
    this.packSizes = packSizes;
    this.minShelfPriceCents = minShelfPriceCents;
    this.maxShelfPriceCents = maxShelfPriceCents;
    this.unitWeightGrams = unitWeightGrams;
    this.unitVolumeMl = unitVolumeMl;
    this.trendPerYear = trendPerYear;
    this.summerAmplitude = summerAmplitude;
    this.convenienceAffinity = convenienceAffinity;
    this.supermarketAffinity = supermarketAffinity;
    this.velocity = velocity;
  }

  /** The category id used in reference data and events, e.g. {@code grain_and_oil}. */
  public String id() {
    return id;
  }

  /** Relative share of suppliers selling the category. */
  double supplierShare() {
    return supplierShare;
  }

  int packSize(double u) {
    return packSizes[(int) (u * packSizes.length)];
  }

  long shelfPriceCents(double u) {
    long cents = minShelfPriceCents + Math.round(u * u * (maxShelfPriceCents - minShelfPriceCents));
    return Math.max(10, cents / 10 * 10);
  }

  int unitWeightGrams() {
    return unitWeightGrams;
  }

  int unitVolumeMl() {
    return unitVolumeMl;
  }

  /** Yearly growth of demand, e.g. +0.30 for low-sugar drinks. */
  public double trendPerYear() {
    return trendPerYear;
  }

  /** Relative swing of the summer peak (mid-July) against the winter trough. */
  double summerAmplitude() {
    return summerAmplitude;
  }

  /** How strongly a shop format stocks the category (relative weight in its assortment). */
  double affinity(io.poolcast.events.reference.ShopFormat format) {
    return format == io.poolcast.events.reference.ShopFormat.CONVENIENCE_STORE
        ? convenienceAffinity
        : supermarketAffinity;
  }

  /** Consumer units sold per shop and day of a median SKU, relative to the others. */
  double velocity() {
    return velocity;
  }
}
