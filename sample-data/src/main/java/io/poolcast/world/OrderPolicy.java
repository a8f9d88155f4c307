package io.poolcast.world;

import java.time.LocalDate;

/**
 * How a shop decides what to order from one supplier at its evening review. The world's own habit
 * is {@link #HABIT}, the (s, S) rule of {@link ReorderPolicy}; {@link WorldGenerator#simulate} runs
 * the same world with another policy, e.g. one that follows replenishment suggestions.
 *
 * <p>Everything else stays the world's: when the shop reviews (it skips a supplier 15% of the
 * time), when the order is placed, amendments, cancellations and short shipments.
 */
public interface OrderPolicy {
  /** The world's (s, S) habit, with its order-size noise. */
  OrderPolicy HABIT = SupplierReview::habit;

  /**
   * What the shop saw of one listed SKU on a day, in shop and assortment order, before that
   * evening's reviews: units sold and whether the shelf ran empty (then sales understate demand). A
   * closed day is 0 sold. Never the true demand.
   */
  default void sold(String shopId, String sku, LocalDate date, int units, boolean stockOut) {}

  /**
   * Decides the cases to order of each line of the review: {@code cases[k]} for {@code
   * review.sku(k)}, 0 for none. Lines of SKUs not yet launched are ignored.
   */
  void decide(SupplierReview review, int[] cases);
}
