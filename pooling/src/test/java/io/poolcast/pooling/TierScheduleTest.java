package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.PriceTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierScheduleTest {
  // Listed out of order on purpose: schedules sort by tier number.
  private final PriceTierSchedule sku =
      new PriceTierSchedule(
          List.of(new PriceTier("a", 2, 50, 800), new PriceTier("a", 1, 20, 500)));

  private final CategoryTierSchedule categories =
      new CategoryTierSchedule(
          List.of(
              new CategoryTier("s", 2, 25_000_000, 3, 300),
              new CategoryTier("s", 1, 10_000_000, 2, 200)));

  @Test
  void belowTheFirstTierIsListPrice() {
    assertThat(sku.tierFor(0)).isZero();
    assertThat(sku.tierFor(19)).isZero();
    assertThat(sku.discountBasisPointsFor(19)).isZero();
    assertThat(sku.unitsToNextTier(19)).isEqualTo(1);
    assertThat(sku.unitsToNextTier(0)).isEqualTo(20);
  }

  @Test
  void skuTierStartsExactlyAtItsMinimumQuantity() {
    assertThat(sku.tierFor(20)).isEqualTo(1);
    assertThat(sku.discountBasisPointsFor(20)).isEqualTo(500);
    assertThat(sku.tierFor(49)).isEqualTo(1);
    assertThat(sku.unitsToNextTier(49)).isEqualTo(1);
    assertThat(sku.nextTier(49).orElseThrow().tier()).isEqualTo(2);
    assertThat(sku.tierFor(50)).isEqualTo(2);
    assertThat(sku.discountBasisPointsFor(50)).isEqualTo(800);
  }

  @Test
  void atTheTopNothingIsMissing() {
    assertThat(sku.isTopTier(50)).isTrue();
    assertThat(sku.isTopTier(49)).isFalse();
    assertThat(sku.unitsToNextTier(5_000)).isZero();
    assertThat(sku.nextTier(5_000)).isEmpty();
  }

  @Test
  void skuWithoutTiersIsAlwaysAtListAndAtTheTop() {
    assertThat(PriceTierSchedule.none().tierFor(1_000)).isZero();
    assertThat(PriceTierSchedule.none().isTopTier(0)).isTrue();
    assertThat(PriceTierSchedule.none().unitsToNextTier(0)).isZero();
  }

  @Test
  void categoryTierNeedsValueAndCategoriesAtExactBoundaries() {
    assertThat(categories.tierFor(9_999_999, 2)).isZero();
    assertThat(categories.valueToNextTier(9_999_999, 2)).isEqualTo(1);
    assertThat(categories.tierFor(10_000_000, 2)).isEqualTo(1);
    assertThat(categories.discountBasisPointsFor(10_000_000, 2)).isEqualTo(200);
    assertThat(categories.tierFor(10_000_000, 1)).isZero();
    assertThat(categories.categoriesToNextTier(10_000_000, 1)).isEqualTo(1);
    assertThat(categories.tierFor(25_000_000, 3)).isEqualTo(2);
    assertThat(categories.isTopTier(25_000_000, 3)).isTrue();
  }

  @Test
  void enoughValueInTooFewCategoriesMissesOnlyCategories() {
    assertThat(categories.tierFor(30_000_000, 2)).isEqualTo(1);
    assertThat(categories.nextTier(30_000_000, 2).orElseThrow().tier()).isEqualTo(2);
    assertThat(categories.valueToNextTier(30_000_000, 2)).isZero();
    assertThat(categories.categoriesToNextTier(30_000_000, 2)).isEqualTo(1);
  }

  @Test
  void emptyPoolReachesNoCategoryTierEvenIfTheFirstNeedsNoValue() {
    CategoryTierSchedule free =
        new CategoryTierSchedule(List.of(new CategoryTier("s", 1, 0, 0, 100)));
    assertThat(free.tierFor(0, 0)).isZero();
    assertThat(free.tierFor(1, 1)).isEqualTo(1);
    assertThat(CategoryTierSchedule.none().tierFor(99_999_999, 9)).isZero();
  }
}
