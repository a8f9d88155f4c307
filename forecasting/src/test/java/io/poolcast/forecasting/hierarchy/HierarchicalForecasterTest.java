package io.poolcast.forecasting.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.BacktestReport;
import io.poolcast.forecasting.CvRow;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Naive;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HierarchicalForecasterTest {
  private static final List<String> LEVELS = List.of("region,sku", "region,category", "total");
  private static final double[] Q = {0.1, 0.5, 0.9};

  private static Forecaster forecaster() {
    return new Forecaster(List.of(new SeasonalNaive(), new Naive()), Frequency.DAILY, 1, 1)
        .withCalibration(new CalibrationSettings(3, 7, 10));
  }

  @Test
  void everyMethodGivesOrderedNonNegativeRowsAndReconciledOnesAddUp() {
    Hierarchy h = Hierarchy.of(ReconciliationTest.shopSku(7), LEVELS);
    for (ReconcileMethod method : ReconcileMethod.values()) {
      HierarchicalForecaster.Forecast f =
          new HierarchicalForecaster(forecaster(), h, method).forecast(7, Q);
      assertThat(f.rows()).hasSize(h.nodes().size() * 2 * 7);
      assertThat(f.rows().get(0).uniqueId()).isEqualTo("region=north/sku=A");
      for (ForecastRow r : f.rows()) {
        assertThat(r.quantiles()).isSorted();
        assertThat(r.quantiles()[0]).isGreaterThanOrEqualTo(0);
        assertThat(r.mean()).isGreaterThanOrEqualTo(0);
      }
      if (method != ReconcileMethod.NONE) {
        assertAddsUp(h, f.rows());
      }
    }
    HierarchicalForecaster.Forecast mint =
        new HierarchicalForecaster(forecaster(), h, ReconcileMethod.MINT).forecast(7, Q);
    assertThat(mint.rows().get(0).model()).isEqualTo("SeasonalNaive/MinTShrink");
    assertThat(mint.notes()).hasSize(2).allMatch(n -> n.contains("MinT-shrink, lambda="));
  }

  @Test
  void backtestReconcilesEveryCutoffAndReportsPerLevel() {
    Hierarchy h = Hierarchy.of(ReconciliationTest.shopSku(8), LEVELS);
    HierarchicalForecaster.Backtest bt =
        new HierarchicalForecaster(forecaster(), h, ReconcileMethod.BOTTOMUP)
            .crossValidation(7, 2, 7, Q);
    assertThat(bt.cv().models())
        .containsExactly("SeasonalNaive", "Naive", "SeasonalNaive/BottomUp", "Naive/BottomUp");
    for (LocalDate cutoff : bt.cv().rows().stream().map(CvRow::cutoff).distinct().toList()) {
      List<ForecastRow> rows =
          bt.cv().rows().stream()
              .filter(r -> r.cutoff().equals(cutoff) && r.model().endsWith("/BottomUp"))
              .map(
                  r ->
                      new ForecastRow(
                          r.uniqueId(), r.ds(), r.model(), r.mean(), r.quantiles(), null))
              .toList();
      assertThat(rows).hasSize(h.nodes().size() * 2 * 7);
      assertAddsUp(h, rows);
    }
    Table perLevel = BacktestReport.of(bt.cv()).byAttribute(Hierarchy.LEVEL);
    assertThat(perLevel.rowCount()).isEqualTo(4 * 4); // 4 models x (3 levels + bottom)
    assertThat(perLevel.stringColumn("level").unique().asList())
        .containsExactlyInAnyOrder("bottom", "region,sku", "region,category", "total");
  }

  @Test
  void aShopOpenedLateKeepsItsStartAndIsReconciledButNotScoredBeforeIt() {
    List<Series> series = new java.util.ArrayList<>(ReconciliationTest.shopSku(9).series());
    double[] young = new double[10];
    java.util.Arrays.fill(young, 5);
    series.add(
        new Series(
            "s4_A",
            LocalDate.of(2024, 1, 1).plusDays(60),
            Frequency.DAILY,
            young,
            Map.of("shop", "s4", "region", "south", "sku", "A", "category", "food")));
    Hierarchy h = Hierarchy.of(new SeriesFrame(series), LEVELS);
    assertThat(h.aggregatedFrame().get("s4_A").start()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(h.aggregatedFrame().get("total").length()).isEqualTo(70);
    HierarchicalForecaster.Backtest bt =
        new HierarchicalForecaster(forecaster(), h, ReconcileMethod.MINT)
            .crossValidation(7, 2, 7, Q);
    List<LocalDate> cutoffs =
        bt.cv().rows().stream().map(CvRow::cutoff).distinct().sorted().toList();
    assertThat(cutoffs).hasSize(2);
    assertThat(bt.cv().rows())
        .filteredOn(r -> r.uniqueId().equals("s4_A"))
        .allMatch(r -> r.cutoff().equals(cutoffs.get(1)))
        .hasSize(4 * 7);
    List<ForecastRow> second =
        bt.cv().rows().stream()
            .filter(r -> r.cutoff().equals(cutoffs.get(1)) && r.model().contains("/"))
            .map(
                r ->
                    new ForecastRow(r.uniqueId(), r.ds(), r.model(), r.mean(), r.quantiles(), null))
            .toList();
    assertThat(second).hasSize(h.nodes().size() * 2 * 7);
    assertAddsUp(h, second);
    assertThat(bt.notes()).anyMatch(n -> n.contains("WLS-structural"));
  }

  @Test
  void anUnknownLevelColumnNamesTheAvailableOnes() {
    SeriesFrame frame = ReconciliationTest.shopSku(1);
    assertThatThrownBy(() -> Hierarchy.of(frame, List.of("region,store")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown column 'store' in level 'region,store'; available: category, region, shop,"
                + " sku or total");
    SeriesFrame withLevel =
        new SeriesFrame(
            List.of(
                new Series(
                    "a",
                    LocalDate.of(2024, 1, 1),
                    Frequency.DAILY,
                    new double[] {1},
                    Map.of("level", "x"))));
    assertThatThrownBy(() -> Hierarchy.of(withLevel, List.of("total")))
        .hasMessageContaining("column 'level'");
    Hierarchy h = Hierarchy.of(frame, LEVELS);
    assertThat(h.levels()).containsExactly("region,sku", "region,category", "total", "bottom");
    assertThat(h.levelOf("s1_A")).isEqualTo("bottom");
    assertThat(h.levelOf("region=south/category=food")).isEqualTo("region,category");
  }

  /** p50 and mean of every node equal the sum over its bottom series (1e-6). */
  private static void assertAddsUp(Hierarchy h, List<ForecastRow> rows) {
    Map<String, ForecastRow> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.uniqueId() + "|" + r.model() + "|" + r.ds(), r));
    SummingMatrix s = h.summingMatrix();
    for (ForecastRow r : rows) {
      Node node = h.nodes().get(h.nodes().stream().map(Node::id).toList().indexOf(r.uniqueId()));
      double mean = 0;
      double p50 = 0;
      for (int b : node.bottom()) {
        String leaf = s.nodes().get(s.firstBottom() + b).id();
        ForecastRow l = byKey.get(leaf + "|" + r.model() + "|" + r.ds());
        mean += l.mean();
        p50 += l.quantiles()[1];
      }
      assertThat(r.mean()).isCloseTo(mean, within(1e-6));
      assertThat(r.quantiles()[1]).isCloseTo(p50, within(1e-6));
    }
  }
}
