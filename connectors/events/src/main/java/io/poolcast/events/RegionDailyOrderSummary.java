package io.poolcast.events;

import java.time.LocalDate;

/**
 * Orders of one region on one local calendar day, as published on {@code
 * poolcast.region-daily-orders}. The walking skeleton's output; also a quick health view for
 * planners.
 *
 * @param regionId the region
 * @param orderDate the day in the region's own time zone
 * @param placedOrders orders placed that day
 * @param amendments amendments that day
 * @param cancellations cancellations that day
 * @param orderLines lines over the placed orders
 * @param units units over the placed orders
 * @param listValueCents value of the placed orders at list price, in cents
 */
public record RegionDailyOrderSummary(
    String regionId,
    LocalDate orderDate,
    long placedOrders,
    long amendments,
    long cancellations,
    long orderLines,
    long units,
    long listValueCents) {}
