package io.poolcast.pooling;

import io.poolcast.pooling.model.PoolProgress;

/**
 * The one line a shop sees about its pool, money in the supplier's currency, from the most urgent
 * gap to the best news:
 *
 * <ol>
 *   <li>cut-off passed: "Pool closed"
 *   <li>no orders: "No orders yet: be the first"
 *   <li>minimum missing: "¥12,000 more to reach the minimum batch" (or units)
 *   <li>next category tier: "¥3,200 more and everybody saves 3%" (or "2 more categories and ...")
 *   <li>top category tier: "Top tier reached: everybody saves 3%"
 *   <li>otherwise: "Minimum batch reached: tier prices apply"
 * </ol>
 */
final class ProgressMessage {
  private ProgressMessage() {}

  static String of(PoolProgress p, String currency) {
    if (p.secondsToCutoff() == 0) {
      return "Pool closed";
    }
    if (p.orderCount() == 0) {
      return "No orders yet: be the first";
    }
    if (!p.minimumMet()) {
      return p.missingValueCentsToMinimum() > 0
          ? Money.atLeast(p.missingValueCentsToMinimum(), currency)
              + " more to reach the minimum batch"
          : p.missingUnitsToMinimum() + " more units to reach the minimum batch";
    }
    if (p.nextCategoryTier() > 0) {
      return toNextTier(p, currency)
          + " and everybody saves "
          + Money.percent(p.nextCategoryDiscountBasisPoints());
    }
    if (p.categoryTier() > 0) {
      return "Top tier reached: everybody saves " + Money.percent(p.categoryDiscountBasisPoints());
    }
    return "Minimum batch reached: tier prices apply";
  }

  private static String toNextTier(PoolProgress p, String currency) {
    long value = p.missingValueCentsToNextCategoryTier();
    int categories = p.missingCategoriesToNextCategoryTier();
    String more = categories == 1 ? "1 more category" : categories + " more categories";
    if (value > 0 && categories > 0) {
      return Money.atLeast(value, currency) + " more across " + more;
    }
    return value > 0 ? Money.atLeast(value, currency) + " more" : more;
  }
}
