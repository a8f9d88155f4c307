package io.poolcast.pooling.model;

import io.poolcast.events.DeadLetterReason;

/** Why a pool did not take an order event. Each maps to a dead-letter reason code. */
public enum RejectionReason {
  /** The event breaks a schema rule (missing field, empty lines, bad quantity). */
  INVALID_EVENT(DeadLetterReason.INVALID_VALUE),
  /** Supplier or region differ from the pool's, or the pool's day is before the requested day. */
  WRONG_POOL(DeadLetterReason.REJECTED),
  /**
   * The event was made at or after the pool's cut-off, arrived after event time passed it, or the
   * pool's day is after the order's latest delivery date.
   */
  AFTER_CUTOFF(DeadLetterReason.TOO_LATE),
  /** The pool was already released (e.g. early) and cannot change any more. */
  POOL_RELEASED(DeadLetterReason.TOO_LATE),
  /** Same event id, or same order id and version, seen before: counted once, not an error. */
  DUPLICATE(DeadLetterReason.REJECTED),
  /** An older version of an order the pool already holds a newer version of. */
  STALE_VERSION(DeadLetterReason.REJECTED),
  /** A line names a SKU the reference data does not know. */
  UNKNOWN_SKU(DeadLetterReason.UNKNOWN_REFERENCE),
  /** A line names a SKU of another supplier. */
  FOREIGN_SKU(DeadLetterReason.UNKNOWN_REFERENCE),
  /** The pool missed the supplier's minimum and the policy refuses orders that cannot roll over. */
  UNDER_MINIMUM(DeadLetterReason.REJECTED),
  /** No delivery calendar for the order's supplier and region: nobody to pool it with. */
  UNKNOWN_POOL(DeadLetterReason.UNKNOWN_REFERENCE);

  private final DeadLetterReason deadLetterReason;

  RejectionReason(DeadLetterReason deadLetterReason) {
    this.deadLetterReason = deadLetterReason;
  }

  /** The reason code to use when the event is written to {@code poolcast.dead-letters}. */
  public DeadLetterReason deadLetterReason() {
    return deadLetterReason;
  }
}
