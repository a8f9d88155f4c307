package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class RegionalPreferenceFunctionTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate SUNDAY = LocalDate.of(2026, 2, 1);

  private static SellThroughRow row(String region, String category, LocalDate date, long value) {
    return new SellThroughRow(
        SellThroughRow.REGION_CATEGORY,
        region,
        null,
        null,
        category,
        null,
        date,
        value,
        value,
        1,
        1,
        1.0,
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

  @Test
  void aSteadyTasteIsToldOnTheSundayClosingFourWeeks() throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SellThroughRow, Insight> h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new RegionalPreferenceFunction()),
            new PlatformKey(),
            Types.STRING)) {
      h.open();
      // rows arrive in reverse day order, as a BATCH run may deliver them
      for (int d = 0; d < 28; d++) {
        LocalDate date = SUNDAY.minusDays(d);
        h.processElement(row("east", "dairy", date, 30), 0);
        h.processElement(row("east", "snacks", date, 70), 0);
        h.processElement(row("west", "dairy", date, 10), 0);
        h.processElement(row("west", "snacks", date, 90), 0);
      }
      h.processWatermark(
          SUNDAY.minusDays(1).plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli());
      assertThat(h.extractOutputValues()).isEmpty(); // Saturday: nothing told
      h.processWatermark(Long.MAX_VALUE);
      List<Insight> told = h.extractOutputValues();
      assertThat(told).extracting(Insight::kind).containsOnly(Insight.PREFERENCE);
      assertThat(told).extracting(Insight::regionId).containsExactly("west", "east");
      assertThat(told.get(1).sentence())
          .isEqualTo(
              "east buys 1.50× the platform's share of dairy: 30.0% of its sales value vs 20.0%"
                  + " in the 4 weeks to 2026-02-01, every week above");
      assertThat(told.get(1).date()).isEqualTo(SUNDAY);
    }
  }
}
