package io.poolcast.events;

/** A broken rule of an event's schema: its reason code and one line of detail. */
public record Violation(DeadLetterReason reason, String detail) {

  static Violation missing(String field) {
    return new Violation(DeadLetterReason.MISSING_FIELD, field + " is missing");
  }

  static Violation invalid(String detail) {
    return new Violation(DeadLetterReason.INVALID_VALUE, detail);
  }
}
