package io.poolcast.pooling;

import io.poolcast.events.ShopOrderEvent;

/**
 * An order that moves to a later pool because its pool missed the minimum. The caller applies
 * {@code order} to the pool of {@code toPool} (and makes that the order's home pool).
 *
 * @param fromPool the pool it left
 * @param toPool the pool of the next delivery day, within the order's latest delivery date
 * @param order the order's latest accepted event, unchanged
 */
public record RolledOverOrder(PoolKey fromPool, PoolKey toPool, ShopOrderEvent order) {}
