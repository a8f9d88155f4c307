package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference data of the SMALL scale looks like the market it models. */
class WorldShapeTest {
  private static final World SMALL =
      new WorldGenerator(Scale.SMALL, 42, WorldGenerator.DEFAULT_START, 28).world();

  @Test
  void smallScaleHasTheAdvertisedSize() {
    assertThat(SMALL.regions()).hasSize(4);
    assertThat(SMALL.regions()).extracting(Region::zoneId).containsOnly("Asia/Shanghai");
    assertThat(SMALL.shops()).hasSize(300);
    assertThat(SMALL.suppliers()).hasSize(60);
    assertThat(SMALL.skus()).hasSize(1_250);
    assertThat(SMALL.shops()).extracting(s -> s.format()).contains(ShopFormat.values());
  }

  @Test
  void everyCategoryIsSoldByTwoSuppliersInEveryRegion() {
    for (Region region : SMALL.regions()) {
      for (Category c : Category.values()) {
        long count =
            SMALL.suppliers().stream()
                .filter(s -> s.regionIds().contains(region.regionId()))
                .filter(s -> s.categories().contains(c.id()))
                .count();
        assertThat(count).as(region.regionId() + "/" + c.id()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void skusBelongToACategoryOfTheirSupplier() {
    Map<String, Supplier> suppliers =
        SMALL.suppliers().stream().collect(Collectors.toMap(Supplier::supplierId, s -> s));
    for (var sku : SMALL.skus()) {
      assertThat(suppliers.get(sku.supplierId()).categories()).contains(sku.category());
      assertThat(sku.listPriceCents()).isPositive();
      assertThat(sku.packSize()).isPositive();
    }
  }

  @Test
  void termsAreConsistent() {
    Map<String, List<PriceTier>> tiers =
        SMALL.priceTiers().stream().collect(Collectors.groupingBy(PriceTier::sku));
    assertThat(tiers).hasSize(SMALL.skus().size());
    for (List<PriceTier> t : tiers.values()) {
      for (int i = 1; i < t.size(); i++) {
        assertThat(t.get(i).minQuantity()).isGreaterThan(t.get(i - 1).minQuantity());
        assertThat(t.get(i).discountBasisPoints())
            .isGreaterThan(t.get(i - 1).discountBasisPoints());
      }
    }
    for (CategoryTier t : SMALL.categoryTiers()) {
      assertThat(t.minCategories()).isEqualTo(2);
    }
    long calendars = SMALL.suppliers().stream().mapToLong(s -> s.regionIds().size()).sum();
    assertThat(SMALL.cutoffCalendars()).hasSize((int) calendars);
    // Warehouses close for the 2026 Spring Festival.
    assertThat(SMALL.cutoffCalendars())
        .allSatisfy(c -> assertThat(c.holidays()).contains(LocalDate.of(2026, 2, 17)));
  }

  @Test
  void roundTripsThroughCsv(@TempDir Path dir) {
    WorldCsv.write(SMALL, dir);
    assertThat(WorldCsv.read(dir)).isEqualTo(SMALL);
  }

  @Test
  void refusesPeriodsOutsideTheCalendar() {
    assertThatThrownBy(() -> new WorldGenerator(Scale.SMALL, 1, LocalDate.of(2019, 12, 1), 28))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WorldGenerator(Scale.SMALL, 1, LocalDate.of(2026, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
