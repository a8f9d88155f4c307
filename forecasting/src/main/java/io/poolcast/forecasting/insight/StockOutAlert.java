package io.poolcast.forecasting.insight;

import java.util.Locale;
import java.util.Optional;

/**
 * A SKU out of stock in many shops of a region on one day: worth telling the supplier when at least
 * {@value #MIN_SHOPS} shops and {@value #MIN_RATE_PERCENT} % of the shops listing it were out. One
 * or two empty shelves are a shop's own business; a wave is a supply problem.
 *
 * @param outShops shops out of stock of the SKU that day
 * @param listingShops shops listing it
 */
public record StockOutAlert(long outShops, long listingShops) {
  public static final int MIN_SHOPS = 3;
  public static final int MIN_RATE_PERCENT = 20;

  /** An alert when the day's figures pass both thresholds. */
  public static Optional<StockOutAlert> of(long outShops, long listingShops) {
    boolean wave =
        outShops >= MIN_SHOPS && outShops * 100 >= (long) MIN_RATE_PERCENT * listingShops;
    return wave && listingShops > 0
        ? Optional.of(new StockOutAlert(outShops, listingShops))
        : Optional.empty();
  }

  public double rate() {
    return (double) outShops / listingShops;
  }

  /** E.g. "sku-000042 out of stock in 5 of 20 shops (25%) in east-hz on 2026-01-12". */
  public String describe(String subject, String region, String date) {
    return String.format(
        Locale.ROOT,
        "%s out of stock in %d of %d shops (%.0f%%) in %s on %s",
        subject,
        outShops,
        listingShops,
        100 * rate(),
        region,
        date);
  }
}
