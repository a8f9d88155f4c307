package io.poolcast.forecasting.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.CrossValidationResult;
import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final List<String> LEVELS = List.of("region,sku", "region,category", "total");

  /** 3 shops (2 north, 1 south) × 2 SKUs (A food, B drink), 70 days. */
  static SeriesFrame shopSku(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Series> out = new ArrayList<>();
    String[][] shops = {{"s1", "north"}, {"s2", "north"}, {"s3", "south"}};
    for (String[] shop : shops) {
      for (String sku : List.of("A", "B")) {
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
          y[t] = rng.nextInt(10) + (t % 7 == 5 ? 8 : 0);
        }
        Map<String, String> attrs =
            Map.of(
                "shop",
                shop[0],
                "region",
                shop[1],
                "sku",
                sku,
                "category",
                sku.equals("A") ? "food" : "drink");
        out.add(
            new Series(shop[0] + "_" + sku, LocalDate.of(2024, 1, 1), Frequency.DAILY, y, attrs));
      }
    }
    return new SeriesFrame(out);
  }

  @Test
  void levelsAreBuiltFromAttributes() {
    Hierarchy h = Hierarchy.of(shopSku(1), LEVELS);
    assertThat(h.nodes()).hasSize(4 + 4 + 1 + 6);
    assertThat(h.nodes().get(0).id()).isEqualTo("region=north/sku=A");
    assertThat(h.nodes().get(0).bottom()).containsExactly(0, 2); // s1_A, s2_A
    assertThat(h.nodes().get(8).id()).isEqualTo("total");
    SeriesFrame all = h.aggregatedFrame();
    double total = 0;
    for (int b = 0; b < 6; b++) {
      total += all.get(h.nodes().get(9 + b).id()).y(10);
    }
    assertThat(all.get("total").y(10)).isEqualTo(total);
    assertThat(all.get("region=south/category=food").attributes())
        .containsEntry("level", "region,category")
        .containsEntry("region", "south");
    assertThat(h.warnings()).isEmpty();
  }

  @Test
  void bothReconcilersAddUpExactlyAndNeverGoNegative() {
    Hierarchy h = Hierarchy.of(shopSku(2), LEVELS);
    SummingMatrix s = h.summingMatrix();
    SplittableRandom rng = new SplittableRandom(3);
    double[][] base = new double[s.nodeCount()][5];
    double[][] residuals = new double[s.nodeCount()][60];
    for (int i = 0; i < s.nodeCount(); i++) {
      for (int j = 0; j < 5; j++) {
        base[i][j] = rng.nextDouble() * 20 - 4; // incoherent, some negative
      }
      for (int t = 0; t < 60; t++) {
        residuals[i][t] = rng.nextDouble() * 6 - 3;
      }
    }
    for (Reconciler r : List.of(new BottomUp(), new MinTShrink(residuals))) {
      double[][] out = Reconciliation.reconcile(s, base, r);
      assertCoherentAndNonNegative(s, out);
    }
    assertThat(new MinTShrink(residuals).method(s)).startsWith("MinT-shrink");
    assertThat(new MinTShrink(residuals, 100).method(s)).startsWith("WLS-structural");
  }

  @Test
  void minTKeepsCoherentForecastsAndSoEqualsBottomUp() {
    Hierarchy h = Hierarchy.of(shopSku(4), LEVELS);
    SummingMatrix s = h.summingMatrix();
    SplittableRandom rng = new SplittableRandom(5);
    double[][] bottom = new double[s.bottomCount()][3];
    for (double[] row : bottom) {
      for (int j = 0; j < row.length; j++) {
        row[j] = rng.nextDouble() * 10;
      }
    }
    double[][] coherent = new double[s.nodeCount()][3];
    for (int j = 0; j < 3; j++) {
      double[] col = new double[s.bottomCount()];
      for (int b = 0; b < col.length; b++) {
        col[b] = bottom[b][j];
      }
      double[] all = s.aggregate(col);
      for (int i = 0; i < all.length; i++) {
        coherent[i][j] = all[i];
      }
    }
    double[][] residuals = new double[s.nodeCount()][40];
    for (double[] row : residuals) {
      for (int t = 0; t < row.length; t++) {
        row[t] = rng.nextDouble() - 0.5;
      }
    }
    double[][] bu = Reconciliation.reconcile(s, coherent, new BottomUp());
    double[][] mint = Reconciliation.reconcile(s, coherent, new MinTShrink(residuals));
    for (int i = 0; i < s.nodeCount(); i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(mint[i][j]).isCloseTo(bu[i][j], within(1e-9));
      }
    }
  }

  @Test
  void wlsStructuralKnownAnswer() {
    // total + two bottom series: W = diag(2, 1, 1), base total 10, bottoms 3 and 3 -> 4 and 4
    SeriesFrame frame =
        new SeriesFrame(
            List.of(
                Series.of("a", LocalDate.of(2024, 1, 1), Frequency.DAILY, 1, 2),
                Series.of("b", LocalDate.of(2024, 1, 1), Frequency.DAILY, 1, 2)));
    SummingMatrix s = Hierarchy.of(frame, List.of("total")).summingMatrix();
    double[][] out =
        Reconciliation.reconcile(s, new double[][] {{10}, {3}, {3}}, MinTShrink.structural());
    assertThat(out[0][0]).isCloseTo(8, within(1e-9));
    assertThat(out[1][0]).isCloseTo(4, within(1e-9));
    assertThat(out[2][0]).isCloseTo(4, within(1e-9));
  }

  @Test
  void forecasterRowsReconcileWithBacktestResiduals() {
    Hierarchy h = Hierarchy.of(shopSku(6), LEVELS);
    SeriesFrame all = h.aggregatedFrame();
    Forecaster fc =
        new Forecaster(List.of(new SeasonalNaive()), Frequency.DAILY, 1, 1)
            .withCalibration(new CalibrationSettings(3, 7, 10));
    double[] q = {0.1, 0.5, 0.9};
    ForecastResult base = fc.forecast(all, 7, q);
    CrossValidationResult cv = fc.crossValidation(all, 7, 4, 7, q);
    double[][] residuals = HierarchicalForecast.residuals(h, cv, "SeasonalNaive");
    MinTShrink mint = new MinTShrink(residuals);
    assertThat(mint.method(h.summingMatrix())).startsWith("MinT-shrink");
    List<ForecastRow> rows = HierarchicalForecast.reconcile(h, base, "SeasonalNaive", mint);
    assertThat(rows).hasSize(h.nodes().size() * 7);
    assertThat(rows.get(0).model()).isEqualTo("SeasonalNaive/MinTShrink");
    Map<String, ForecastRow> firstDay = new HashMap<>();
    rows.stream()
        .filter(r -> r.ds().equals(rows.get(0).ds()))
        .forEach(r -> firstDay.put(r.uniqueId(), r));
    for (Node node : h.nodes()) {
      double mean = 0;
      double p90 = 0;
      for (int b : node.bottom()) {
        ForecastRow leaf = firstDay.get(h.nodes().get(h.summingMatrix().firstBottom() + b).id());
        mean += leaf.mean();
        p90 += leaf.quantiles()[2];
      }
      ForecastRow row = firstDay.get(node.id());
      assertThat(row.mean()).isCloseTo(mean, within(1e-9)).isGreaterThanOrEqualTo(0);
      assertThat(row.quantiles()[2]).isCloseTo(p90, within(1e-9));
      assertThat(row.quantiles()).isSorted();
    }
  }

  static void assertCoherentAndNonNegative(SummingMatrix s, double[][] out) {
    int first = s.firstBottom();
    for (int i = 0; i < s.nodeCount(); i++) {
      for (int j = 0; j < out[i].length; j++) {
        double sum = 0;
        for (int b : s.nodes().get(i).bottom()) {
          sum += out[first + b][j];
        }
        assertThat(out[i][j]).isCloseTo(sum, within(1e-9)).isGreaterThanOrEqualTo(0.0);
      }
    }
  }
}
