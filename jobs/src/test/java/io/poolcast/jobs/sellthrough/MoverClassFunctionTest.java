package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.SellThroughRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Region × SKU rows get their supplier's ABC / XYZ classes once the day's timer fires. */
class MoverClassFunctionTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
  private static final LocalDate SEVENTH = FIRST.plusDays(6);

  private static SellThroughRow row(String level, String sku, LocalDate date, long units, long v) {
    boolean regionSku = level.equals(SellThroughRow.REGION_SKU);
    return new SellThroughRow(
        level,
        "east",
        null,
        regionSku ? "sup-1" : null,
        "drinks",
        regionSku ? sku : null,
        date,
        units,
        v,
        1,
        units > 0 ? 1 : 0,
        units > 0 ? 1.0 : 0,
        0,
        0,
        0,
        0,
        null,
        0,
        null,
        0,
        0,
        null,
        null,
        date.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  private static long endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, SellThroughRow>
      harness(MoverClassFunction<String> function) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(function), new SupplierRegionKey(), Types.STRING);
  }

  /** Seven days of three SKUs and a category row, each row through {@code send}, then the days. */
  private static List<SellThroughRow> classesOfAWeek(
      MoverClassFunction<String> function, Function<SellThroughRow, List<SellThroughRow>> send)
      throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, SellThroughRow> h =
        harness(function)) {
      h.open();
      for (int d = 6; d >= 0; d--) {
        LocalDate date = FIRST.plusDays(d);
        List<SellThroughRow> rows =
            List.of(
                row(SellThroughRow.REGION_SKU, "a", date, 10, 1_000),
                row(SellThroughRow.REGION_SKU, "b", date, d % 2 * 20, d % 2 * 400),
                row(SellThroughRow.REGION_SKU, "c", date, d == 6 ? 14 : 0, d == 6 ? 1_000 : 0),
                row(SellThroughRow.REGION_CATEGORY, null, date, 24, 1_400));
        for (SellThroughRow r : rows) {
          for (SellThroughRow sent : send.apply(r)) {
            h.processElement(sent, endOf(date) - 1);
          }
        }
      }
      h.processWatermark(endOf(SEVENTH));
      return h.extractOutputValues();
    }
  }

  /** A row as two partial sums, as two shop stage subtasks' combiners would send it. */
  private static List<SellThroughRow> halves(SellThroughRow r) {
    SellThroughRow first = row(r.level(), r.sku(), r.date(), r.unitsSold() / 2, r.valueCents() / 2);
    SellThroughRow second =
        new SellThroughRow(
            r.level(),
            r.regionId(),
            r.shopId(),
            r.supplierId(),
            r.category(),
            r.sku(),
            r.date(),
            r.unitsSold() - first.unitsSold(),
            r.valueCents() - first.valueCents(),
            0,
            r.sellingSkus() - first.sellingSkus(),
            0,
            0,
            0,
            0,
            0,
            null,
            0,
            null,
            0,
            0,
            null,
            null,
            r.closedAt());
    return List.of(first, second);
  }

  @Test
  void rollingUpPartialSumsClassesAsTheRollupsTheyAddUpTo() throws Exception {
    List<SellThroughRow> ofRollups =
        classesOfAWeek(MoverClassFunction.ofRollups(), r -> List.of(SellThroughTally.finish(r)));
    MoverClassFunction<String> rollingUp = MoverClassFunction.rollingUp();
    List<SellThroughRow> rolledUp = classesOfAWeek(rollingUp, MoverClassFunctionTest::halves);

    assertThat(rolledUp).containsExactlyInAnyOrderElementsOf(ofRollups).hasSize(28);
    assertThat(rolledUp)
        .filteredOn(r -> r.date().equals(SEVENTH) && r.sku() != null)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.abcClass()).isNotNull());
  }

  @Test
  void rollingUpAlsoSendsTheRollupsWithoutClasses() throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, SellThroughRow> h =
        harness(MoverClassFunction.rollingUp())) {
      h.open();
      SellThroughRow a = row(SellThroughRow.REGION_SKU, "a", FIRST, 10, 1_000);
      for (SellThroughRow half : halves(a)) {
        h.processElement(half, endOf(FIRST) - 1);
      }
      h.processWatermark(endOf(FIRST));
      assertThat(h.extractOutputValues()).containsExactly(SellThroughTally.finish(a));
      assertThat(h.getSideOutput(MoverClassFunction.ROLLUPS))
          .extracting(StreamRecord::getValue)
          .containsExactly(SellThroughTally.finish(a));
    }
  }

  @Test
  void theSeventhDayIsClassedAmongTheSuppliersSkusAndOtherLevelsPass() throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, SellThroughRow> h =
        harness(MoverClassFunction.ofRollups())) {
      h.open();
      long[] b = {0, 20, 0, 20, 0, 20, 10};
      // Days in reverse order, as a BATCH run may deliver them.
      for (int d = 6; d >= 0; d--) {
        LocalDate date = FIRST.plusDays(d);
        h.processElement(row(SellThroughRow.REGION_SKU, "a", date, 10, 1_000), 0);
        h.processElement(row(SellThroughRow.REGION_SKU, "b", date, b[d], b[d] * 20), 0);
        if (d < 2) {
          h.processElement(row(SellThroughRow.REGION_SKU, "d", date, 0, 0), 0);
        }
      }
      h.processElement(row(SellThroughRow.REGION_SKU, "c", SEVENTH, 14, 1_000), 0);
      SellThroughRow category = row(SellThroughRow.REGION_CATEGORY, null, SEVENTH, 34, 3_200);
      h.processElement(category, 0);
      assertThat(h.extractOutputValues()).isEmpty(); // held with its day

      h.processWatermark(endOf(SEVENTH.minusDays(1)));
      assertThat(h.extractOutputValues()).hasSize(14); // a, b on six days, d on two
      List<SellThroughRow> firstSix = h.extractOutputValues();
      assertThat(firstSix).allSatisfy(r -> assertThat(r.abcClass()).isNull());
      assertThat(firstSix).allSatisfy(r -> assertThat(r.xyzClass()).isNull());
      assertThat(firstSix.subList(0, 3)) // each day in series order
          .extracting(SellThroughRow::sku)
          .containsExactly("a", "b", "d");

      h.processWatermark(endOf(SEVENTH));
      assertThat(h.extractOutputValues()).hasSize(18);
      assertThat(h.extractOutputValues().subList(14, 18)).contains(category); // passes unclassed
      List<SellThroughRow> seventh =
          h.extractOutputValues().subList(14, 18).stream()
              .filter(r -> r.level().equals(SellThroughRow.REGION_SKU))
              .toList();
      // Seven days, value 9,400: a 7,000 (A), b 1,400 (A), c 1,000 (B), d 0 (no row today).
      // Units: a steady (X); b mean 10, sd ≈ 9.3 (Y); c {0,…,0,14} (Z).
      assertThat(seventh)
          .extracting(r -> r.sku() + " " + r.abcClass() + r.xyzClass())
          .containsExactly("a AX", "b AY", "c BZ");
      assertThat(seventh.get(0).withClasses(null, null))
          .isEqualTo(row(SellThroughRow.REGION_SKU, "a", SEVENTH, 10, 1_000));
    }
  }
}
