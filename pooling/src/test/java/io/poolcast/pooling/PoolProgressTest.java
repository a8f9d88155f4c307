package io.poolcast.pooling;

import static io.poolcast.pooling.TestWorld.CUTOFF;
import static io.poolcast.pooling.TestWorld.MORNING;
import static io.poolcast.pooling.TestWorld.line;
import static io.poolcast.pooling.TestWorld.placed;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.SkuTierProgress;
import org.junit.jupiter.api.Test;

class PoolProgressTest {
  private final PoolingReference ref = TestWorld.reference();
  private final Pool pool = TestWorld.openPool(ref);

  private PoolProgress progress() {
    return pool.progress(MORNING, ref);
  }

  @Test
  void emptyPoolInvitesTheFirstOrder() {
    PoolProgress p = progress();
    assertThat(p.message()).isEqualTo("No orders yet: be the first");
    assertThat(p.secondsToCutoff()).isEqualTo(9 * 3600);
    assertThat(p.cutoff()).isEqualTo(CUTOFF);
    assertThat(p.trucks()).isZero();
  }

  @Test
  void underTheMinimumTellsWhatIsMissing() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 10, 4_800)), MORNING, ref);
    PoolProgress p = progress();
    assertThat(p.minimumMet()).isFalse();
    assertThat(p.listValueCents()).isEqualTo(48_000);
    assertThat(p.missingValueCentsToMinimum()).isEqualTo(452_000);
    assertThat(p.message()).isEqualTo("¥4,520 more to reach the minimum batch");
    assertThat(p.skuTiers())
        .containsExactly(new SkuTierProgress("sku-a", "beverages", 10, 0, 0, 1, 500, 10));
  }

  @Test
  void minimumInUnitsIsReportedInUnits() {
    PoolingReference units = PoolingReference.of(TestWorld.world(0, 100));
    Pool p = TestWorld.openPool(units);
    p.apply(placed("o1", "shop-1", line("sku-b", 40, 1_250)), MORNING, units);
    assertThat(p.progress(MORNING, units).message())
        .isEqualTo("60 more units to reach the minimum batch");
  }

  @Test
  void aboveTheMinimumPointsAtTheNextCategoryTier() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 110, 4_800)), MORNING, ref);
    pool.apply(
        placed("o2", "shop-2", line("sku-b", 10, 1_250), line("sku-c", 7, 999)), MORNING, ref);
    PoolProgress p = progress();
    assertThat(p.minimumMet()).isTrue();
    assertThat(p.categoryCount()).isEqualTo(3);
    assertThat(p.nextCategoryTier()).isEqualTo(1);
    assertThat(p.missingValueCentsToNextCategoryTier()).isEqualTo(1_000_000 - 547_493);
    assertThat(p.message()).isEqualTo("¥4,526 more and everybody saves 2%");
    assertThat(p.savingCents()).isEqualTo(110 * 384);
    assertThat(p.pooledValueCents()).isEqualTo(547_493 - 110 * 384);
    assertThat(p.orderCount()).isEqualTo(2);
    assertThat(p.shopCount()).isEqualTo(2);
    assertThat(p.trucks()).isEqualTo(2);
  }

  @Test
  void enoughValueInOneCategoryAsksForAnotherCategory() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 250, 4_800)), MORNING, ref);
    PoolProgress p = progress();
    assertThat(p.missingValueCentsToNextCategoryTier()).isZero();
    assertThat(p.missingCategoriesToNextCategoryTier()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("1 more category and everybody saves 2%");
  }

  @Test
  void topTierSaysSo() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 520, 4_800)), MORNING, ref);
    pool.apply(
        placed("o2", "shop-2", line("sku-b", 10, 1_250), line("sku-c", 7, 999)), MORNING, ref);
    PoolProgress p = progress();
    assertThat(p.categoryTier()).isEqualTo(2);
    assertThat(p.nextCategoryTier()).isZero();
    assertThat(p.message()).isEqualTo("Top tier reached: everybody saves 3%");
  }

  @Test
  void afterTheCutoffThePoolIsClosed() {
    PoolProgress p = pool.progress(CUTOFF, ref);
    assertThat(p.secondsToCutoff()).isZero();
    assertThat(p.message()).isEqualTo("Pool closed");
    assertThat(pool.progress(CUTOFF.minusMillis(1), ref).secondsToCutoff()).isEqualTo(1);
  }

  @Test
  void moneyAndPercentagesReadWell() {
    assertThat(Money.atLeast(320_000, "CNY")).isEqualTo("¥3,200");
    assertThat(Money.atLeast(320_001, "CNY")).isEqualTo("¥3,201");
    assertThat(Money.atLeast(0, "CNY")).isEqualTo("¥0");
    assertThat(Money.atLeast(320_001, "GBP")).isEqualTo("£3,201");
    assertThat(Money.atLeast(3_200, "JPY")).isEqualTo("¥3,200"); // no minor units
    assertThat(Money.atLeast(320_000, "CHF")).isEqualTo("CHF 3,200");
    assertThat(Money.atLeast(320_000, "XYZ")).isEqualTo("XYZ 3,200");
    assertThat(Money.percent(300)).isEqualTo("3%");
    assertThat(Money.percent(250)).isEqualTo("2.5%");
    assertThat(Money.percent(1_000)).isEqualTo("10%");
  }
}
