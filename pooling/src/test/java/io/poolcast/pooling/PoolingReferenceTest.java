package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.World;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolingReferenceTest {
  private final PoolingReference ref = TestWorld.reference();

  @Test
  void indexesSkusSuppliersTiersAndCalendars() {
    assertThat(ref.sku("sku-a").orElseThrow().category()).isEqualTo("beverages");
    assertThat(ref.sku("nope")).isEmpty();
    assertThat(ref.supplier("sup-003").orElseThrow().minBatchValueCents())
        .isEqualTo(TestWorld.MIN_VALUE);
    assertThat(ref.priceTiers("sku-a").tierFor(50)).isEqualTo(2);
    assertThat(ref.priceTiers("sku-c").isTopTier(0)).isTrue();
    assertThat(ref.categoryTiers("sup-003").tierFor(25_000_000, 3)).isEqualTo(2);
    assertThat(ref.categoryTiers("sup-009").tierFor(25_000_000, 3)).isZero();
    assertThat(ref.calendar("sup-003", "east-hz")).isPresent();
    assertThat(ref.calendar("sup-009", "east-hz")).isEmpty();
    assertThat(ref.problems()).isEmpty();
  }

  @Test
  void unknownSupplierHasNoLimits() {
    assertThat(ref.supplierOrUnlimited("ghost").minBatchValueCents()).isZero();
    assertThat(ref.supplierOrUnlimited("ghost").truckCapacityKg()).isZero();
  }

  @Test
  void brokenCalendarsAndRepeatedSkusAreReportedNotThrown() {
    World w = TestWorld.world();
    List<CutoffCalendar> calendars = new ArrayList<>(w.cutoffCalendars());
    calendars.add(
        new CutoffCalendar("sup-009", "east-hz", "Nowhere/City", LocalTime.NOON, 1, null, null));
    List<io.poolcast.events.reference.Sku> skus = new ArrayList<>(w.skus());
    skus.add(w.skus().get(0));
    PoolingReference broken =
        PoolingReference.of(
            new World(
                w.regions(),
                w.shops(),
                w.suppliers(),
                skus,
                w.priceTiers(),
                w.categoryTiers(),
                calendars));
    assertThat(broken.problems()).hasSize(2);
    assertThat(broken.calendar("sup-009", "east-hz")).isEmpty();
    assertThat(broken.calendar("sup-003", "east-hz")).isPresent();
  }
}
