package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.pooling.DeliveryCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Cut-off 18:00, one lead day, no delivery on Sunday. */
class ReviewTimingTest {
  private static final DeliveryCalendar CALENDAR =
      new DeliveryCalendar(ReplenishmentTestWorld.calendar("sup-1"));

  @Test
  void anOrderAtTheCloseMissesTheDaysCutoff() {
    // Thu 23:59:59.999 is after Thu's 18:00 cut-off: Friday's pool, delivered Saturday. Friday's
    // close makes Saturday's pool, delivered on Monday (no Sunday delivery): cover Fri, Sat, Sun.
    ReviewTiming t = ReviewTiming.at(THU, ZONE, CALENDAR);
    assertThat(t.orderTime()).isEqualTo(Instant.parse("2026-01-08T15:59:59.999Z"));
    assertThat(t.deliveryDate()).isEqualTo(THU.plusDays(2));
    assertThat(t.nextDeliveryDate()).isEqualTo(THU.plusDays(4));
    assertThat(t.daysToCover()).isEqualTo(3);
  }

  @Test
  void beforeASundayTheNextOrderArrivesWithThisOne() {
    // Friday's order and Saturday's both arrive on Monday: cover Saturday and Sunday.
    ReviewTiming t = ReviewTiming.at(THU.plusDays(1), ZONE, CALENDAR);
    assertThat(t.deliveryDate()).isEqualTo(THU.plusDays(4));
    assertThat(t.nextDeliveryDate()).isEqualTo(THU.plusDays(4));
    assertThat(t.daysToCover()).isEqualTo(2);
  }
}
