package io.poolcast.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IsoTimesTest {
  @Test
  void readsCanonicalDatesAndInstantsLikeJavaTime() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      Instant t = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 250_000_000_000L));
      Instant withNanos = t.plusNanos(random.nextInt(1_000_000_000));
      for (Instant instant : List.of(t, withNanos, t.plusMillis(random.nextInt(1000)))) {
        assertThat(IsoTimes.instant(instant.toString())).isEqualTo(instant);
      }
      LocalDate day = LocalDate.ofEpochDay(random.nextLong(-700_000, 2_900_000));
      assertThat(IsoTimes.localDate(day.toString())).isEqualTo(day);
    }
  }

  @Test
  void leavesOtherFormsToJavaTime() {
    for (String text :
        List.of(
            "2026-01-05T08:45:06.5Z",
            "2026-01-05T08:45:06.123456789Z",
            "2026-01-05T09:45:06+01:00",
            "2016-12-31T23:59:60Z",
            "+12026-01-05T08:45:06Z")) {
      assertThat(IsoTimes.instant(text)).isEqualTo(Instant.parse(text));
    }
    assertThat(IsoTimes.localDate("+12026-01-05")).isEqualTo(LocalDate.parse("+12026-01-05"));
  }

  @Test
  void answersOddInputExactlyLikeJavaTime() {
    for (String text :
        List.of(
            "2026-02-30T08:45:06Z",
            "2026-01-05T24:00:00Z",
            "2026-01-05T08:45:06",
            "2026-01-05T08:45:06.Z",
            "2026-01-05 08:45:06Z",
            "2026-13-05T08:45:06Z",
            "2026-01-05T08:45:06.1234567890Z")) {
      assertThat(outcome(() -> IsoTimes.instant(text)))
          .as(text)
          .isEqualTo(outcome(() -> Instant.parse(text)));
    }
    for (String text : List.of("2026-02-30", "2026-1-05", "2026-01-5", "20260105", "2026-00-01")) {
      assertThatThrownBy(() -> IsoTimes.localDate(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }

  /** The value, or the exception's class and message. */
  private static String outcome(Supplier<Object> parse) {
    try {
      return String.valueOf(parse.get());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
