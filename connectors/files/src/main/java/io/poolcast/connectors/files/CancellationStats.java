package io.poolcast.connectors.files;

/**
 * What the cancellation invoices of the Online Retail file did to the orders.
 *
 * @param matchedLines cancellation lines that found an order to reduce
 * @param unmatchedLines cancellation lines with no earlier order holding the StockCode (also
 *     counted in the rejected rows)
 * @param cancelledUnits units removed from orders
 * @param unitsBeyondOrder cancelled units above what the matched order line still held (the line
 *     went to zero; the rest is counted here, not taken from other orders)
 * @param amendedEvents AMENDED events emitted
 * @param cancelledEvents CANCELLED events emitted (no line left)
 * @param eventsAfterRequestedDelivery AMENDED/CANCELLED events whose region-local day is after the
 *     order's requested delivery date: returns rather than amendments, which a pooling job will
 *     treat as too late
 */
public record CancellationStats(
    long matchedLines,
    long unmatchedLines,
    long cancelledUnits,
    long unitsBeyondOrder,
    long amendedEvents,
    long cancelledEvents,
    long eventsAfterRequestedDelivery) {}
