package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import io.poolcast.pooling.model.PooledOrderLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The pooling operator's timers and state, driven by explicit watermarks (streaming). */
class PoolingFunctionTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 1, 6);
  // 20:00 in Shanghai on Monday is 12:00Z: the cut-off of Tuesday's pool.
  private static final Instant CUTOFF = Instant.parse("2026-01-05T12:00:00Z");

  private static World world() {
    return world(500);
  }

  /** One supplier, one SKU with one tier from 10 units at {@code tierBasisPoints}. */
  private static World world(int tierBasisPoints) {
    return new World(
        List.of(new Region("east-hz", "Hangzhou", "Asia/Shanghai")),
        List.of(),
        List.of(
            new Supplier(
                "sup", "Sup", List.of("beverages"), List.of("east-hz"), 0, 0, 1_000, 10_000)),
        List.of(
            new Sku(
                "sku",
                "sup",
                "beverages",
                "Tea",
                12,
                10_000,
                20_000,
                48_00,
                LocalDate.of(2025, 1, 1))),
        List.of(new PriceTier("sku", 1, 10, tierBasisPoints)),
        List.<CategoryTier>of(),
        List.of(
            new CutoffCalendar(
                "sup", "east-hz", "Asia/Shanghai", LocalTime.of(20, 0), 1, List.of(), List.of())));
  }

  private static ShopOrderEvent order(String id, int qty, Instant at) {
    return new ShopOrderEvent(
        id + "-v1",
        id,
        1,
        OrderEventType.PLACED,
        "shop-" + id,
        "sup",
        "east-hz",
        List.of(new OrderLine("sku", qty, 48_00)),
        at,
        TUESDAY,
        TUESDAY.plusDays(1));
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, ShopOrderEvent, PooledOrderLine>
      harness() throws Exception {
    var h = unopened(world());
    h.open();
    return h;
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, ShopOrderEvent, PooledOrderLine>
      unopened(World world) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new PoolingFunction(WorldSnapshot.of(world))),
        new SupplierRegionKey(),
        Types.STRING);
  }

  @Test
  void aTierChangeAtARestartReachesOnlyPoolsOpenedAfterIt() throws Exception {
    var before = harness(); // 5 % from 10 units
    Instant afternoon = CUTOFF.minusSeconds(3_600);
    before.processElement(order("o1", 10, afternoon), afternoon.toEpochMilli());
    var savepoint = before.snapshot(1, afternoon.toEpochMilli());
    before.close();

    var after = unopened(world(1_500)); // restarted with 15 % from 10 units
    after.initializeState(savepoint);
    after.open();
    Instant evening = CUTOFF.plusSeconds(3_600); // after Tuesday's cut-off: Wednesday's pool
    after.processElement(order("o2", 10, evening), evening.toEpochMilli());
    after.processWatermark(CUTOFF.plusSeconds(86_400).toEpochMilli());
    assertThat(after.extractOutputValues())
        .extracting(PooledOrderLine::deliveryDate, PooledOrderLine::unitPriceCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TUESDAY, 45_60L), // opened under 5 %
            org.assertj.core.groups.Tuple.tuple(TUESDAY.plusDays(1), 40_80L)); // under 15 %
    after.close();
  }

  @Test
  void releasesAtTheCutoffAndClearsItsStateOnceTheHomesAreForgotten() throws Exception {
    var h = harness();
    h.processElement(
        order("o1", 6, CUTOFF.minusSeconds(3_600)), CUTOFF.minusSeconds(3_600).toEpochMilli());
    h.processElement(
        order("o2", 6, CUTOFF.minusSeconds(60)), CUTOFF.minusSeconds(60).toEpochMilli());
    assertThat(h.getSideOutput(PoolingOutputs.PROGRESS)).hasSize(2);
    h.processWatermark(CUTOFF.minusMillis(1).toEpochMilli());
    assertThat(h.extractOutputValues()).isEmpty();

    h.processWatermark(CUTOFF.toEpochMilli());
    assertThat(h.extractOutputValues())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.quantity()).isEqualTo(12);
              assertThat(l.tier()).isEqualTo(1);
              assertThat(l.unitPriceCents()).isEqualTo(45_60);
            });
    assertThat(h.getSideOutput(PoolingOutputs.ALLOCATIONS)).hasSize(2);
    assertThat(h.numKeyedStateEntries()).isEqualTo(1); // homes kept for late amendments

    h.processWatermark(CUTOFF.plusSeconds(10 * 86_400).toEpochMilli());
    assertThat(h.numKeyedStateEntries()).isZero();
    h.close();
  }

  @Test
  void anOrderArrivingAfterItsPoolClosedIsADeadLetterNotARevision() throws Exception {
    var h = harness();
    h.processElement(
        order("o1", 6, CUTOFF.minusSeconds(3_600)), CUTOFF.minusSeconds(3_600).toEpochMilli());
    h.processWatermark(CUTOFF.toEpochMilli());
    // Made before the cut-off but processed after the watermark passed it: too late for Tuesday.
    h.processElement(
        order("late", 1, CUTOFF.minusSeconds(30)), CUTOFF.minusSeconds(30).toEpochMilli());
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .singleElement()
        .satisfies(r -> assertThat(r.getValue().reason()).isEqualTo(DeadLetterReason.TOO_LATE));
    h.close();
  }

  @Test
  void aSupplierWithEarlyReleaseShipsAFullPoolBeforeTheCutoff() throws Exception {
    ReleasePolicyFile early =
        ReleasePolicyFile.of(
            List.of(
                new SupplierReleasePolicy(
                    "sup",
                    true,
                    io.poolcast.pooling.ReleasePolicy.UnderMinimum.RELEASE_AT_LIST,
                    true,
                    0.95)));
    var h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new PoolingFunction(WorldSnapshot.of(world()), early)),
            new SupplierRegionKey(),
            Types.STRING);
    h.open();
    // 100 cases of 10 kg fill the 1,000 kg truck, and 100 >= the top tier's 10.
    h.processElement(
        order("o1", 100, CUTOFF.minusSeconds(7_200)), CUTOFF.minusSeconds(7_200).toEpochMilli());
    assertThat(h.extractOutputValues())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.releaseReason())
                    .isEqualTo(io.poolcast.pooling.model.ReleaseReason.EARLY_FULL));
    h.processElement(
        order("o2", 1, CUTOFF.minusSeconds(60)), CUTOFF.minusSeconds(60).toEpochMilli());
    assertThat(h.getSideOutput(PoolingOutputs.PROGRESS))
        .last()
        .satisfies(p -> assertThat(p.getValue().deliveryDate()).isEqualTo(TUESDAY.plusDays(1)));
    h.close();
  }
}
