package io.poolcast.forecasting.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConformalQuantilesTest {
  @Test
  void conformalRankIsConservative() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    // n = 9: tau 0.9 -> ceil(10 * 0.9) = 9th ; tau 0.1 -> floor(10 * 0.1) = 1st ; 0.5 -> 5th
    assertThat(ConformalQuantiles.conformalQuantile(sorted, 0.9)).isEqualTo(9);
    assertThat(ConformalQuantiles.conformalQuantile(sorted, 0.1)).isEqualTo(1);
    assertThat(ConformalQuantiles.conformalQuantile(sorted, 0.5)).isEqualTo(5);
  }

  @Test
  void quantilesAreNonNegativeAndMonotone() {
    Residuals r = new Residuals(new double[][] {{-5, -3, 2, 4}, {-6, 1, 3, 8}}, 4);
    double[][] q =
        ConformalQuantiles.of(
            new double[] {1, 2, 3},
            r,
            new double[] {0.05, 0.5, 0.95},
            new CalibrationSettings(4, 1, 4));
    for (int j = 0; j < 3; j++) {
      assertThat(q[0][j]).isGreaterThanOrEqualTo(0);
      assertThat(q[1][j]).isGreaterThanOrEqualTo(q[0][j]);
      assertThat(q[2][j]).isGreaterThanOrEqualTo(q[1][j]);
    }
    assertThat(q[0][0]).isZero(); // 1 - 5 clamped at 0
  }

  @Test
  void zeroDaysStayZeroWhenTheLevelHasRisen() {
    // calibrated when the forecast was 1: two of five days had no demand (residual -1), the rest
    // sold 2, 3, 4. Today's forecast is 5. Shifting every residual would give outcomes 4, 4, 6,
    // 7, 8 and a p10 of 4; keeping the zero days at zero gives 0, 0, 6, 7, 8.
    Residuals r =
        new Residuals(
            new double[][] {{-1, -1, 1, 2, 3}},
            new boolean[][] {{true, true, false, false, false}},
            5);
    double[][] q =
        ConformalQuantiles.of(
            new double[] {5}, r, new double[] {0.1, 0.5, 0.9}, new CalibrationSettings(5, 1, 5));
    // n = 5: tau 0.1 -> floor(0.6) clamped to the 1st; 0.5 -> ceil(3) = 3rd; 0.9 -> ceil(5.4) = 5th
    assertThat(q[0][0]).isZero();
    assertThat(q[1][0]).isEqualTo(6);
    assertThat(q[2][0]).isEqualTo(8);
    double[][] shifted =
        ConformalQuantiles.of(
            new double[] {5},
            new Residuals(new double[][] {{-1, -1, 1, 2, 3}}, 5),
            new double[] {0.1},
            new CalibrationSettings(5, 1, 5));
    assertThat(shifted[0][0]).isEqualTo(4);
  }

  @Test
  void residualsRememberWhichActualsWereZero() {
    Series s =
        Series.of(
            "s", LocalDate.of(2024, 1, 1), Frequency.DAILY, new double[] {1, 0, 2, 0, 3, 0, 4, 0});
    Residuals r =
        Residuals.collect(s, 1, new CalibrationSettings(4, 1, 1), (history, h) -> new double[] {1});
    // origins at cut-offs 7, 6, 5, 4: actuals 0, 4, 0, 3
    assertThat(r.byStep()[0]).containsExactly(-1, 3, -1, 2);
    assertThat(r.zeroByStep()[0]).containsExactly(true, false, true, false);
  }

  @Test
  void residualsComeFromRollingOriginsInsideTheHistory() {
    double[] y = new double[40];
    for (int i = 0; i < y.length; i++) {
      y[i] = i;
    }
    Series s = Series.of("s", LocalDate.of(2024, 1, 1), Frequency.DAILY, y);
    // a "last value" forecast misses a +1/day trend by j+1 at step j
    Residuals r =
        Residuals.collect(
            s,
            5,
            new CalibrationSettings(3, 2, 1),
            (history, h) -> {
              double[] f = new double[h];
              java.util.Arrays.fill(f, history.y(history.length() - 1));
              return f;
            });
    assertThat(r.origins()).isEqualTo(3);
    assertThat(r.byStep()[0]).containsOnly(1.0);
    assertThat(r.byStep()[4]).containsOnly(5.0);
    assertThat(QuantileLevels.label(0.1)).isEqualTo("p10");
    assertThat(QuantileLevels.label(0.025)).isEqualTo("q0.025");
  }
}
