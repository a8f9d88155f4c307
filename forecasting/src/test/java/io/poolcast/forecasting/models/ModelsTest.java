package io.poolcast.forecasting.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelsTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final double[] WEEK = {5, 1, 1, 1, 1, 8, 10};

  static Series daily(double... y) {
    return Series.of("s", START, Frequency.DAILY, y);
  }

  static Series weeklyPattern(int weeks) {
    double[] y = new double[weeks * 7];
    for (int i = 0; i < y.length; i++) {
      y[i] = WEEK[i % 7];
    }
    return daily(y);
  }

  /** Demand of 5 every 4th day: 0,0,0,5,0,0,0,5,... */
  static Series everyFourthDay(int n) {
    double[] y = new double[n];
    for (int i = 3; i < n; i += 4) {
      y[i] = 5;
    }
    return daily(y);
  }

  @Test
  void etsExtrapolatesAPureLinearTrend() {
    double[] y = new double[60];
    for (int t = 0; t < y.length; t++) {
      y[t] = 10 + 2 * t;
    }
    for (Ets ets : new Ets[] {Ets.nonSeasonal(), Ets.dampedSeasonal()}) {
      double[] f = ets.fit(daily(y)).predictMean(30);
      for (int j = 0; j < 30; j++) {
        assertThat(f[j]).as(ets.name() + " step " + j).isCloseTo(10 + 2 * (60 + j), within(0.05));
      }
    }
  }

  @Test
  void seasonalNaiveAndEtsReproduceAPureWeeklyPattern() {
    Series s = weeklyPattern(8);
    double[] naive = new SeasonalNaive().fit(s).predictMean(14);
    Fitted ets = Ets.dampedSeasonal().fit(s);
    double[] smooth = ets.predictMean(14);
    assertThat(ets.label()).isEqualTo("ETS(A,Ad,A)");
    for (int j = 0; j < 14; j++) {
      assertThat(naive[j]).isEqualTo(WEEK[j % 7]);
      assertThat(smooth[j]).isCloseTo(WEEK[j % 7], within(1e-6));
    }
  }

  @Test
  void etsIsNonSeasonalOnWeeklyDataShorterThanTwoYears() {
    double[] y = new double[80];
    for (int i = 0; i < y.length; i++) {
      y[i] = 20 + (i % 3);
    }
    Series weekly = Series.of("w", START, Frequency.WEEKLY, y);
    assertThat(Ets.dampedSeasonal().fit(weekly).label()).isEqualTo("ETS(A,Ad,N)");
    assertThat(
            Ets.dampedSeasonal()
                .fit(Series.of("w", START, Frequency.WEEKLY, java.util.Arrays.copyOf(y, 104)))
                .season())
        .isEqualTo(52);
  }

  @Test
  void crostonFamilyOnRegularIntermittentDemand() {
    Series s = everyFourthDay(80); // ends on a demand day: index 79
    // Croston: sizes all 5, intervals all 4 -> 5 / 4
    assertThat(Croston.classic().fit(s).predictMean(3)).containsOnly(1.25);
    // SBA: 1.25 * (1 - 0.1 / 2)
    assertThat(Croston.sba().fit(s).predictMean(1)[0]).isCloseTo(1.1875, within(1e-12));
    // TSB: size stays 5; the probability settles into a cycle. Right after a demand it is
    // p = 0.9^4 p + 0.1 (three decays by 0.9, then one step towards 1) -> p = 0.1 / (1 - 0.9^4)
    // = 0.29078, so the forecast made on a demand day is 5 * 0.29078 = 1.4539.
    assertThat(new Tsb().fit(s).predictMean(1)[0])
        .isCloseTo(5 * 0.1 / (1 - Math.pow(0.9, 4)), within(1e-3));
  }

  @Test
  void tsbDecaysWhenAnItemStopsSelling() {
    double[] y = new double[120];
    for (int i = 3; i < 60; i += 4) {
      y[i] = 5;
    }
    double tsb = new Tsb().fit(daily(y)).predictMean(1)[0];
    double croston = Croston.classic().fit(daily(y)).predictMean(1)[0];
    assertThat(tsb).isLessThan(0.01);
    assertThat(croston).isCloseTo(1.25, within(1e-12)); // Croston never notices
  }

  @Test
  void allZeroSeriesForecastZero() {
    Series zeros = daily(new double[50]);
    for (ForecastModel m :
        new ForecastModel[] {
          new Naive(),
          new SeasonalNaive(),
          new MovingAverage(7),
          Croston.classic(),
          Croston.sba(),
          new Tsb(),
          Ets.dampedSeasonal(),
          new AutoModel()
        }) {
      assertThat(m.fit(zeros).predictMean(5)).as(m.name()).containsOnly(0.0);
    }
  }

  @Test
  void baselines() {
    Series s = daily(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(new Naive().fit(s).predictMean(2)).containsExactly(8, 8);
    assertThat(new MovingAverage(4).fit(s).predictMean(1)).containsExactly(6.5);
    assertThat(new SeasonalNaive().fit(s).predictMean(8)).containsExactly(2, 3, 4, 5, 6, 7, 8, 2);
    assertThatThrownBy(() -> new SeasonalNaive().fit(daily(1, 2))).isInstanceOf(ModelFailure.class);
  }

  @Test
  void demandClassification() {
    assertThat(DemandClass.classify(new double[] {10, 11, 9, 10})).isEqualTo(DemandClass.SMOOTH);
    assertThat(DemandClass.classify(new double[] {1, 30, 2, 40})).isEqualTo(DemandClass.ERRATIC);
    assertThat(DemandClass.classify(everyFourthDay(40).y())).isEqualTo(DemandClass.INTERMITTENT);
    assertThat(DemandClass.classify(new double[] {0, 0, 1, 0, 0, 40, 0, 0}))
        .isEqualTo(DemandClass.LUMPY);
  }

  @Test
  void autoModelGivesDegenerateSeriesABaselineWithANote() {
    AutoModel auto = new AutoModel();
    assertThat(auto.fit(daily(new double[30])).note()).contains("all-zero");
    AutoModel.AutoFit single = auto.fit(daily(4));
    assertThat(single.note()).contains("single observation");
    assertThat(single.predictMean(3)).containsOnly(4.0);
    assertThat(auto.fit(daily(3, 3, 3, 3)).note()).contains("constant");
  }

  @Test
  void autoModelPicksPerDemandClass() {
    AutoModel auto = new AutoModel(14, 2);
    AutoModel.AutoFit weekly = auto.fit(weeklyPattern(12));
    // sizes 5,1,1,1,1,8,10: mean 27/7, CV^2 = 0.80 > 0.49 -> erratic (but never zero)
    assertThat(weekly.demandClass()).isEqualTo(DemandClass.ERRATIC);
    assertThat(weekly.chosen().name()).isIn("SeasonalNaive", "ETS");
    assertThat(weekly.predictMean(7)[6]).isCloseTo(10, within(1e-6));
    AutoModel.AutoFit sparse = auto.fit(everyFourthDay(120));
    assertThat(sparse.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
    assertThat(sparse.calibrationModel(auto)).isSameAs(sparse.chosen());
  }

  @Test
  void autoModelRefusesMissingValuesSoTheForecasterFallsBack() {
    assertThatThrownBy(() -> new AutoModel().fit(daily(1, Double.NaN, 3)))
        .isInstanceOf(ModelFailure.class);
  }
}
