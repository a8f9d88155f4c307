package io.poolcast.events;

/**
 * The outcome of decoding one raw record: either a valid value, or the reason it was refused.
 *
 * @param value the decoded, valid value; null when refused
 * @param reason why it was refused; null when valid
 * @param detail one line saying what was wrong; null when valid
 * @param <T> the event type
 */
public record Decoded<T>(T value, DeadLetterReason reason, String detail) {

  public static <T> Decoded<T> valid(T value) {
    return new Decoded<>(value, null, null);
  }

  public static <T> Decoded<T> refused(DeadLetterReason reason, String detail) {
    return new Decoded<>(null, reason, detail);
  }

  public boolean isValid() {
    return reason == null;
  }
}
