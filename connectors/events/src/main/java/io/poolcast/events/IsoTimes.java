package io.poolcast.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link LocalDate#parse} and {@link Instant#parse} with a fast path for the canonical forms every
 * PoolCast writer produces ({@code 2026-01-05}, {@code 2026-01-05T08:45:06Z}, optionally with a
 * fraction of a second). {@code java.time}'s formatters cost about a microsecond per value, which a
 * backfill pays several times per event and row. Anything else (offsets, leap seconds, long years,
 * invalid values) goes to {@code java.time}, so results and exceptions are exactly theirs.
 */
public final class IsoTimes {
  private static final int SECONDS_PER_DAY = 86_400;

  private IsoTimes() {}

  /** Same as {@link LocalDate#parse(CharSequence)}. */
  public static LocalDate localDate(String text) {
    if (text.length() == 10 && isDateShape(text)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        // an impossible day such as 2026-02-30: let java.time report it its own way
      }
    }
    return LocalDate.parse(text);
  }

  /** The canonical form's instant, or null when {@code text} is in another form or out of range. */
  static Instant canonicalInstantOrNull(String text) {
    return canonicalInstant(text);
  }

  /** The canonical form's day ({@code 2026-01-05}), or null for any other text or no such day. */
  static LocalDate canonicalDateOrNull(String text) {
    if (text.length() != 10 || !isDateShape(text)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Same as {@link Instant#parse(CharSequence)}. */
  public static Instant instant(String text) {
    Instant fast = canonicalInstant(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} in range, else null. */
  private static Instant canonicalInstant(String text) {
    int length = text.length();
    if (length < 20
        || length == 21
        || length > 30
        || text.charAt(length - 1) != 'Z'
        || !isDateShape(text)
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || !allDigits(text, 11, 13)
        || !allDigits(text, 14, 16)
        || !allDigits(text, 17, 19)) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      if (text.charAt(19) != '.' || !allDigits(text, 20, length - 1)) {
        return null;
      }
      nanos = digits(text, 20, length - 1);
      for (int i = length - 1; i < 29; i++) {
        nanos *= 10;
      }
    }
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
    long seconds = day.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** {@code dddd-dd-dd} at the start of {@code text}. */
  private static boolean isDateShape(String text) {
    return text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && allDigits(text, 0, 4)
        && allDigits(text, 5, 7)
        && allDigits(text, 8, 10);
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
