package io.poolcast.forecasting.gbm;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.data.Exogenous;
import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** GBM with exogenous daily columns: known-future promotions, relative price, stock-outs. */
class ExogenousGbmTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 2);
  private static final List<ExogenousColumn> COLUMNS =
      ExogenousColumn.parseAll(List.of("price", "promo", "stockout"));

  /**
   * Demand = base x weekday x (1 + 1.0 x promo) x noise; promotions random (20% of days) and known
   * in advance. Without the promo column the model can only predict the average uplift.
   */
  private static SeriesFrame promoFrame(int series, int days, boolean withPromo) {
    SplittableRandom rng = new SplittableRandom(2026);
    List<ExogenousColumn> promoOnly = List.of(ExogenousColumn.parse("promo"));
    List<Series> out = new ArrayList<>();
    for (int s = 0; s < series; s++) {
      double base = 5 + rng.nextInt(45);
      double[] y = new double[days];
      double[] promo = new double[days];
      for (int d = 0; d < days; d++) {
        promo[d] = rng.nextDouble() < 0.2 ? 1 : 0;
        double weekday = d % 7 == 5 || d % 7 == 6 ? 1.4 : 1.0;
        double noise = 1 + 0.1 * rng.nextGaussian();
        y[d] = Math.max(0, Math.round(base * weekday * (1 + promo[d]) * noise));
      }
      Series plain = new Series("s" + s, START, Frequency.DAILY, y, Map.of());
      out.add(
          withPromo
              ? plain.withExogenous(new Exogenous(promoOnly, new double[][] {promo}))
              : plain);
    }
    return new SeriesFrame(out);
  }

  /**
   * MAE of the last 28 days forecast from the history before them. The held-out days' covariates
   * stay on the series ({@link Series#head} keeps them): the known future, as in a backtest.
   */
  private static double backtestMae(SeriesFrame frame) {
    int h = 28;
    List<Series> histories = new ArrayList<>();
    for (Series s : frame.series()) {
      histories.add(s.head(s.length() - h));
    }
    GbmModel model = new GbmModel(GbmSettings.DEFAULT.withTrees(25).withRows(50, 30_000));
    Map<String, Fitted> fits = model.fitGlobal(new SeriesFrame(histories), 7);
    double error = 0;
    for (Series s : histories) {
      double[] forecast = fits.get(s.uniqueId()).predictMean(h);
      double[] actual = frame.get(s.uniqueId()).slice(s.length(), s.length() + h);
      for (int i = 0; i < h; i++) {
        error += Math.abs(actual[i] - forecast[i]);
      }
    }
    return error / (h * histories.size());
  }

  @Test
  void knownFuturePromotionsBeatTheSameModelWithoutThem() {
    double with = backtestMae(promoFrame(20, 200, true));
    double without = backtestMae(promoFrame(20, 200, false));
    // demand doubles on promotion days: knowing them must cut the error clearly (measured 0.32)
    assertThat(with / without).as("MAE with %.2f, without %.2f", with, without).isLessThan(0.5);
  }

  private static Exogenous covariates(int days, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] v = new double[3][days];
    for (int d = 0; d < days; d++) {
      v[0][d] = 2 + rng.nextInt(3);
      v[1][d] = rng.nextInt(2);
      v[2][d] = rng.nextInt(10) == 0 ? 1 : 0;
    }
    return new Exogenous(COLUMNS, v);
  }

  @Test
  void exogenousFeaturesReadTheTargetDayAndOnlyThePastOtherwise() {
    int days = 200;
    int origin = 150;
    double[] y = new double[days];
    for (int d = 0; d < days; d++) {
      y[d] = 10 + d % 7;
    }
    Exogenous x = covariates(days, 3);
    FeatureBuilder builder =
        new FeatureBuilder(new HorizonBucket(1, 7), new ExogenousFeatures(COLUMNS));
    List<String> names = builder.names();
    assertThat(names.subList(FeatureBuilder.NAMES.size(), names.size()))
        .containsExactly("price", "price_rel", "promo", "promo_share_28", "stockout_share_28");
    int step = 4;
    int target = origin + step - 1;
    float[] f = builder.features(y, x, START, origin, step);
    double usual = 0;
    double promoShare = 0;
    for (int d = origin - 28; d < origin; d++) {
      usual += x.value(0, d) / 28;
      promoShare += x.value(1, d) / 28;
    }
    assertThat(f[names.indexOf("price")]).isEqualTo((float) x.value(0, target));
    assertThat(f[names.indexOf("price_rel")]).isEqualTo((float) (x.value(0, target) / usual));
    assertThat(f[names.indexOf("promo")]).isEqualTo((float) x.value(1, target));
    assertThat(f[names.indexOf("promo_share_28")]).isEqualTo((float) promoShare);

    // demand and stock-outs after the origin are never read (no leak from held-out rows)
    double[] otherY = y.clone();
    double[][] other = new double[3][days];
    for (int c = 0; c < 3; c++) {
      for (int d = 0; d < days; d++) {
        other[c][d] = x.value(c, d);
      }
    }
    for (int d = origin; d < days; d++) {
      otherY[d] = 1e9;
      other[2][d] = 1 - other[2][d];
    }
    assertThat(builder.features(otherY, new Exogenous(COLUMNS, other), START, origin, step))
        .containsExactly(f);
  }

  @Test
  void stockOutDaysAreNotDemand() {
    double[] y = {4, 0, 5, 0};
    double[][] v = {{1, 1, 1, 1}, {0, 0, 0, 0}, {0, 1, 0, 0}};
    Series s = new Series("a", START, Frequency.DAILY, y, Map.of(), new Exogenous(COLUMNS, v));
    // day 1 was a stock-out: unknown demand, not a zero to learn from; day 3 is a real zero
    assertThat(ExogenousFeatures.demand(s)).containsExactly(4, Double.NaN, 5, 0);
  }
}
