package io.poolcast.world;

/**
 * Goods on their way to a shop.
 *
 * @param epochDay delivery day
 * @param positions assortment positions delivered
 * @param units consumer units per position
 */
record PendingDelivery(long epochDay, int[] positions, int[] units) {}
