package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.closeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.Sku;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cola on order at Thursday's close, from order versions placed before and after it. */
class OnOrderTest {
  private static final Sku COLA = ReplenishmentTestWorld.world().skus().get(0);
  private static final long HOUR = 3_600_000;
  private static final LocalDate FRI = THU.plusDays(1);
  private static final LocalDate SAT = THU.plusDays(2);

  private static ShelfInput version(
      String id, int version, LocalDate delivery, long units, long placedAt) {
    return ShelfInput.onOrder("shop-1", "east-hz", COLA, delivery, units, id, version, placedAt);
  }

  @Test
  void theNewestVersionPlacedBeforeTheCloseCounts() {
    long close = closeOf(THU);
    List<ShelfInput> versions =
        List.of(
            version("a", 1, SAT, 12, close - 5 * HOUR),
            version("a", 2, SAT, 24, close - 4 * HOUR), // amended before the close: 24
            version("a", 3, SAT, 0, close + 8 * HOUR), // cancelled after it: still 24 then
            version("b", 1, FRI, 6, close - 3 * HOUR),
            version("c", 1, SAT, 48, close)); // placed at the close: the close's own order

    assertThat(OnOrder.units(versions, THU, close)).isEqualTo(24 + 6);
    assertThat(OnOrder.units(versions, FRI, closeOf(FRI))).isEqualTo(48); // a cancelled, b in
    assertThat(OnOrder.inForce(versions, close))
        .containsOnlyKeys("a", "b")
        .hasEntrySatisfying("a", v -> assertThat(v.version()).isEqualTo(2));
  }

  @Test
  void aDeliveryOnOrBeforeTheDayIsInTheStock() {
    List<ShelfInput> versions = List.of(version("a", 1, THU, 12, closeOf(THU) - 30 * HOUR));

    assertThat(OnOrder.units(versions, THU, closeOf(THU))).isZero();
    assertThat(OnOrder.units(versions, THU.minusDays(1), closeOf(THU.minusDays(1)))).isEqualTo(12);
  }

  @Test
  void forgetsSupersededAndDeliveredVersionsButNotLaterOnes() {
    long close = closeOf(FRI);
    ShelfInput a1 = version("a", 1, SAT, 12, closeOf(THU) - HOUR);
    ShelfInput a2 = version("a", 2, SAT, 24, closeOf(THU) + HOUR);
    ShelfInput b1 = version("b", 1, FRI, 6, closeOf(THU) - HOUR);
    ShelfInput b2 = version("b", 2, SAT, 6, close + HOUR); // moved to Saturday after the close
    ShelfInput c1 = version("c", 1, FRI, 6, closeOf(THU) - 2 * HOUR);

    List<ShelfInput> all = List.of(a1, a2, b1, b2, c1);
    assertThat(OnOrder.unneeded(all, FRI, close)).containsExactlyInAnyOrder(a1, b1, c1);
    // What is kept gives the same answers from Friday's close on.
    List<ShelfInput> kept = List.of(a2, b2);
    assertThat(OnOrder.units(kept, FRI, close))
        .isEqualTo(OnOrder.units(all, FRI, close))
        .isEqualTo(24);
    assertThat(OnOrder.units(kept, SAT, closeOf(SAT)))
        .isEqualTo(OnOrder.units(all, SAT, closeOf(SAT)))
        .isZero();
  }
}
