package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.SellThroughRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
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

  @Test
  void theSeventhDayIsClassedAmongTheSuppliersSkusAndOtherLevelsPass() throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, SellThroughRow> h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new MoverClassFunction()),
            new SupplierRegionKey(),
            Types.STRING)) {
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
      assertThat(h.extractOutputValues()).containsExactly(category); // passes at once

      h.processWatermark(endOf(SEVENTH.minusDays(1)));
      assertThat(h.extractOutputValues()).hasSize(15); // + a, b on six days, d on two
      List<SellThroughRow> firstSix = h.extractOutputValues().subList(1, 15);
      assertThat(firstSix).allSatisfy(r -> assertThat(r.abcClass()).isNull());
      assertThat(firstSix).allSatisfy(r -> assertThat(r.xyzClass()).isNull());

      h.processWatermark(endOf(SEVENTH));
      assertThat(h.extractOutputValues()).hasSize(18);
      List<SellThroughRow> seventh = h.extractOutputValues().subList(15, 18);
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
