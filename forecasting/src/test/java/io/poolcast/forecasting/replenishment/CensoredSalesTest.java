package io.poolcast.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CensoredSalesTest {
  @Test
  void raisesStockOutDaysToTheInStockMeanOfTheWindow() {
    double[] sales = {4, 2, 6, 1, 0, 9};
    boolean[] out = {false, false, false, true, true, true};

    // window 3: day 3 ← mean(4, 2, 6) = 4; day 4 ← days 1..3 in stock: mean(2, 6) = 4;
    // day 5 ← days 2..4 in stock: 6 only, but 9 sold is more and stays
    assertThat(CensoredSales.uncensor(sales, out, 3)).containsExactly(4, 2, 6, 4, 4, 9);
  }

  @Test
  void keepsSalesWithoutAnInStockDayToLearnFrom() {
    assertThat(CensoredSales.uncensor(new double[] {1, 3}, new boolean[] {true, true}, 28))
        .containsExactly(1, 3);
    assertThatThrownBy(() -> CensoredSales.uncensor(new double[] {1}, new boolean[0], 28))
        .hasMessageContaining("one stock-out flag per day");
  }
}
