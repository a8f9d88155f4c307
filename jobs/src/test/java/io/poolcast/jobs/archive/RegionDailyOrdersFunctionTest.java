package io.poolcast.jobs.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.RegionZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The day close, its state clean-up and the late-event rule, driven by explicit watermarks. */
class RegionDailyOrdersFunctionTest {
  private static final RegionZones ZONES = RegionZones.of(Map.of("uk", "Europe/London"));

  private static ShopOrderEvent placed(String id, String time) {
    LocalDate d = LocalDate.of(2026, 3, 30);
    return new ShopOrderEvent(
        "ev-" + id,
        id,
        1,
        OrderEventType.PLACED,
        "shop",
        "sup",
        "uk",
        List.of(new OrderLine("sku", 1, 100)),
        Instant.parse(time),
        d,
        d);
  }

  private static KeyedOneInputStreamOperatorTestHarness<
          String, ShopOrderEvent, RegionDailyOrderSummary>
      harness() throws Exception {
    var h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new RegionDailyOrdersFunction(ZONES, "shop-orders")),
            new RegionDayKey(ZONES),
            Types.STRING);
    h.open();
    return h;
  }

  @Test
  void emitsAtTheRegionsMidnightOnADaylightSavingDayAndClearsState() throws Exception {
    var h = harness();
    // 2026-03-29 is 23 hours long in London: local midnight after it is 23:00Z.
    h.processElement(
        placed("a", "2026-03-29T10:00:00Z"), Instant.parse("2026-03-29T10:00:00Z").toEpochMilli());
    h.processWatermark(Instant.parse("2026-03-29T22:59:00Z").toEpochMilli());
    assertThat(h.extractOutputValues()).isEmpty();
    h.processWatermark(Instant.parse("2026-03-29T23:00:00Z").toEpochMilli());
    assertThat(h.extractOutputValues())
        .containsExactly(
            new RegionDailyOrderSummary("uk", LocalDate.of(2026, 3, 29), 1, 0, 0, 1, 1, 100));
    assertThat(h.numKeyedStateEntries()).isZero();
    h.close();
  }

  @Test
  void anOrderForAClosedDayIsADeadLetterNotARevision() throws Exception {
    var h = harness();
    h.processWatermark(Instant.parse("2026-03-31T00:00:00Z").toEpochMilli());
    h.processElement(
        placed("late", "2026-03-29T10:00:00Z"),
        Instant.parse("2026-03-29T10:00:00Z").toEpochMilli());
    assertThat(h.extractOutputValues()).isEmpty();
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .singleElement()
        .satisfies(r -> assertThat(r.getValue().reason()).isEqualTo(DeadLetterReason.TOO_LATE));
    h.close();
  }
}
