package io.poolcast.events;

/** What happened to a shop order. Every change carries the whole order as it now stands. */
public enum OrderEventType {
  /** A new order (version 1). */
  PLACED,
  /** The shop changed lines or quantities; the event carries the full new set of lines. */
  AMENDED,
  /** The shop withdrew the order; lines may be empty. */
  CANCELLED
}
