package io.poolcast.events;

/** Why a record went to {@code poolcast.dead-letters} instead of being processed. */
public enum DeadLetterReason {
  /** The payload is not JSON, or its JSON does not fit the topic's schema. */
  UNPARSEABLE,
  /** A required field is missing or null. */
  MISSING_FIELD,
  /** A field has a value outside its domain (negative quantity, latest before requested date…). */
  INVALID_VALUE,
  /** The record names a shop, supplier, SKU or region the reference data does not know. */
  UNKNOWN_REFERENCE,
  /** The record arrived after its result was already released and cannot change it any more. */
  TOO_LATE,
  /** A business rule refused it (e.g. an amendment after the pool's cut-off). */
  REJECTED
}
