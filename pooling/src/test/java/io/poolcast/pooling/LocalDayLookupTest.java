package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lookup's days are {@link LocalDays}' days, however the instants move. */
class LocalDayLookupTest {
  @Test
  void agreesWithLocalDaysAcrossMidnightsAndDaylightSaving() {
    for (String zone : new String[] {"Asia/Shanghai", "Europe/Berlin", "America/Sao_Paulo"}) {
      ZoneId id = ZoneId.of(zone);
      LocalDayLookup lookup = new LocalDayLookup(id);
      Random random = new Random(7);
      long second = Instant.parse("2026-03-27T00:00:00Z").getEpochSecond();
      for (int i = 0; i < 200_000; i++) {
        // Mostly forward within a day, sometimes a jump back or across several days.
        int step = random.nextInt(10);
        second += step < 7 ? random.nextInt(600) : step < 9 ? -random.nextInt(80_000) : 86_400;
        Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
        assertThat(lookup.epochDayOf(instant))
            .as("%s in %s", instant, zone)
            .isEqualTo(LocalDays.dayOf(instant, id).toEpochDay());
      }
    }
  }

  @Test
  void theLastNanosecondOfADayIsThatDay() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    LocalDayLookup lookup = new LocalDayLookup(berlin);
    Instant midnight = Instant.parse("2026-03-29T22:00:00Z"); // 30 March, after the switch (+2)
    assertThat(lookup.epochDayOf(midnight.minusNanos(1)))
        .isEqualTo(LocalDays.dayOf(midnight.minusNanos(1), berlin).toEpochDay());
    assertThat(lookup.epochDayOf(midnight))
        .isEqualTo(lookup.epochDayOf(midnight.minusNanos(1)) + 1);
    assertThat(lookup.epochDayOf(midnight.minusNanos(1)))
        .isEqualTo(LocalDays.dayOf(midnight, berlin).toEpochDay() - 1);
  }
}
