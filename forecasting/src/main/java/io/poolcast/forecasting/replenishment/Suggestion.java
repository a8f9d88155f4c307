package io.poolcast.forecasting.replenishment;

/**
 * What a shop should order of one SKU.
 *
 * @param cases cases to order (0 = nothing)
 * @param units consumer units ordered: cases × pack size
 * @param target the order-up-to level: units needed over the days to cover plus the cycle days at
 *     the service level (with no order: the reorder point, over the days to cover)
 * @param position stock + on order before the order, units
 * @param daysToCover days until the delivery after this one can arrive (lead time + review period)
 * @param daysCovered days the position after the order covers at the service level (at most the
 *     outlook's length)
 * @param explanation one line for the shop, e.g. "3 cases of 12: stock 4 + on order 0 + 36 units
 *     covers 12 days at p80 demand (needed 9 days: 31.4 units)"
 */
public record Suggestion(
    int cases,
    int units,
    double target,
    int position,
    int daysToCover,
    int daysCovered,
    String explanation) {}
