package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.insight.StockLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roll-up's BATCH key groups contributions exactly as their series key does. */
class RollupNumbersTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  @Test
  void equalNumbersExactlyForEqualSeriesAndDays() {
    World world = TinyWorld.world();
    RollupNumbers numbers = RollupNumbers.of(world);
    Map<Long, String> seriesOfNumber = new HashMap<>();
    Map<String, Long> numberOfSeries = new HashMap<>();
    for (SellThroughRow c : contributions(world)) {
      long number = numbers.number(c);
      String series = SellThroughTally.seriesKey(c);
      assertThat(seriesOfNumber.computeIfAbsent(number, n -> series)).isEqualTo(series);
      assertThat(numberOfSeries.computeIfAbsent(series, s -> number)).isEqualTo(number);
    }
    assertThat(seriesOfNumber).hasSizeGreaterThan(world.skus().size() * 2);
  }

  @Test
  void equalGroupsExactlyForEqualSupplierRegionKeys() throws Exception {
    World world = TinyWorld.world();
    RollupNumbers numbers = RollupNumbers.of(world);
    SupplierRegionKey byId = new SupplierRegionKey();
    Map<Long, String> keyOfGroup = new HashMap<>();
    Map<String, Long> groupOfKey = new HashMap<>();
    for (SellThroughRow c : contributions(world)) {
      long group = numbers.groups().getKey(c);
      String key = byId.getKey(c);
      assertThat(keyOfGroup.computeIfAbsent(group, g -> key)).isEqualTo(key);
      assertThat(groupOfKey.computeIfAbsent(key, k -> group)).isEqualTo(group);
    }
    // Every supplier × region with shops, and one platform group per region.
    assertThat(keyOfGroup.values()).anyMatch(k -> k.startsWith(SellThroughRow.PLATFORM_KEY + "|"));
    assertThat(keyOfGroup).hasSizeGreaterThan(world.regions().size());
  }

  @Test
  void aNumberGivesBackItsSeriesAndDay() {
    World world = TinyWorld.world();
    RollupNumbers numbers = RollupNumbers.of(world);
    for (SellThroughRow c : contributions(world)) {
      RollupNumbers.Series series = numbers.series(numbers.number(c));
      assertThat(series)
          .isEqualTo(
              new RollupNumbers.Series(
                  c.level(), c.regionId(), c.supplierId(), c.category(), c.sku(), c.date()));
    }
  }

  @Test
  void refusesSeriesOfUnknownReferenceData() {
    RollupNumbers numbers = RollupNumbers.of(TinyWorld.world());
    SellThroughRow row = contributions(TinyWorld.world()).get(0);
    SellThroughRow unknownRegion =
        new SellThroughRow(
            row.level(),
            "atlantis",
            null,
            row.supplierId(),
            row.category(),
            row.sku(),
            DAY,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            null,
            0,
            null,
            0,
            0,
            null,
            null,
            Instant.EPOCH);
    assertThatThrownBy(() -> numbers.number(unknownRegion))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("atlantis");
  }

  /** Every shop's contributions of two days: each SKU listed in each shop. */
  private static List<SellThroughRow> contributions(World world) {
    List<SellThroughRow> out = new ArrayList<>();
    for (LocalDate day : List.of(DAY, DAY.plusDays(1))) {
      for (Shop shop : world.shops()) {
        List<SellThroughRow> shopDay = new ArrayList<>();
        for (Sku sku : world.skus()) {
          shopDay.add(
              SellThroughTally.shopRow(
                  shop.shopId(),
                  shop.regionId(),
                  sku,
                  day,
                  StockLedger.start().closeDay(2, 1, true),
                  100,
                  Instant.EPOCH));
        }
        out.addAll(SellThroughTally.contributions(shopDay));
      }
    }
    return out;
  }
}
