package io.poolcast.pooling.model;

/**
 * An order event a pool refused, or an order refused at release.
 *
 * @param orderId the order
 * @param eventId the refused event (at release: the order's latest accepted event)
 * @param reason reason code
 * @param detail one line: what exactly was wrong
 */
public record OrderRejection(
    String orderId, String eventId, RejectionReason reason, String detail) {}
