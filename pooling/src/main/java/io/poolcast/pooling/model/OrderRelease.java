package io.poolcast.pooling.model;

/**
 * What happened to one order when its pool was released (one record per order, so a shop can be
 * told).
 *
 * @param poolId the pool the order was in
 * @param orderId the order
 * @param shopId the shop
 * @param reason released at tier prices, at list, rolled over or refused
 */
public record OrderRelease(String poolId, String orderId, String shopId, ReleaseReason reason) {}
