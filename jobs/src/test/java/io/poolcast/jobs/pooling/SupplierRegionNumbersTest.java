package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.ListedIds;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A BATCH run keys the pooling stage by a supplier × region's number. */
class SupplierRegionNumbersTest {
  private static CutoffCalendar calendar(String supplier, String region) {
    return new CutoffCalendar(
        supplier, region, "Asia/Shanghai", LocalTime.of(20, 0), 1, List.of(), List.of());
  }

  private static final World WORLD =
      new World(
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              calendar("sup-1", "east-hz"),
              calendar("sup-1", "west-cd"),
              calendar("sup-2", "east-hz")));

  @Test
  void everyPairWithADeliveryCalendarHasItsOwnNumberAndItsIdBack() {
    ListedIds numbers = SupplierRegionNumbers.of(WORLD);

    List<Integer> keys =
        WORLD.cutoffCalendars().stream()
            .map(c -> numbers.of(SupplierRegionKey.id(c.supplierId(), c.regionId())))
            .toList();

    assertThat(keys).containsExactly(0, 1, 2);
    assertThat(numbers.id(2)).isEqualTo("sup-2|east-hz");
  }

  @Test
  void pairsWithoutACalendarShareMinusOneWithNoPairBehindIt() {
    ListedIds numbers = SupplierRegionNumbers.of(WORLD);

    assertThat(numbers.of("sup-2|west-cd")).isEqualTo(-1);
    assertThat(numbers.of("nobody|east-hz")).isEqualTo(-1);
    assertThat(numbers.id(-1)).isNull();
  }
}
