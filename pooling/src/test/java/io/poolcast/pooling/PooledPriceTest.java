package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PooledPriceTest {
  @Test
  void discountIsRoundedDownSoThePriceRoundsUp() {
    // 999 × 500 / 10 000 = 49.95 -> 49 off.
    assertThat(PooledPrice.unitPriceCents(999, 500, 0)).isEqualTo(950);
    // 1 cent at 50 %: 0.5 -> 0 off, a cent stays a cent.
    assertThat(PooledPrice.unitPriceCents(1, 4_000, 1_000)).isEqualTo(1);
    // exact: 10 000 × 300 / 10 000 = 300.
    assertThat(PooledPrice.unitPriceCents(10_000, 200, 100)).isEqualTo(9_700);
  }

  @Test
  void skuAndCategoryDiscountsAdd() {
    assertThat(PooledPrice.totalDiscountBasisPoints(800, 300)).isEqualTo(1_100);
    assertThat(PooledPrice.unitPriceCents(4_800, 800, 300)).isEqualTo(4_272);
  }

  @Test
  void zeroPriceStaysZeroAndNoDiscountKeepsList() {
    assertThat(PooledPrice.unitPriceCents(0, 800, 300)).isZero();
    assertThat(PooledPrice.unitPriceCents(4_800, 0, 0)).isEqualTo(4_800);
  }

  @Test
  void combinedDiscountIsCappedAtHalf() {
    assertThat(PooledPrice.totalDiscountBasisPoints(4_000, 2_000)).isEqualTo(5_000);
    assertThat(PooledPrice.totalDiscountBasisPoints(Integer.MAX_VALUE, Integer.MAX_VALUE))
        .isEqualTo(5_000);
    assertThat(PooledPrice.unitPriceCents(1_001, 9_000, 9_000)).isEqualTo(501);
  }

  @Test
  void negativeDiscountsNeverRaiseThePrice() {
    assertThat(PooledPrice.unitPriceCents(1_000, -500, -1)).isEqualTo(1_000);
  }

  @Test
  void savingIsListMinusUnitTimesQuantity() {
    assertThat(PooledPrice.savingCents(999, 950, 7)).isEqualTo(343);
    assertThat(PooledPrice.savingCents(999, 999, 7)).isZero();
  }

  @Test
  void negativeListPriceIsRefusedAndHugePricesDoNotOverflowSilently() {
    assertThatThrownBy(() -> PooledPrice.unitPriceCents(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PooledPrice.unitPriceCents(Long.MAX_VALUE / 10_000, 5_000, 0))
        .isEqualTo(Long.MAX_VALUE / 10_000 - (Long.MAX_VALUE / 10_000) / 2);
    assertThatThrownBy(() -> PooledPrice.unitPriceCents(Long.MAX_VALUE, 2, 0))
        .isInstanceOf(ArithmeticException.class);
  }
}
