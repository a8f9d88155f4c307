package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingPoolingSinks;
import io.poolcast.jobs.testing.CollectingSink;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Flink pooling job gives exactly what the pure domain gives on the same events. */
class PoolingJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static World world;
  static List<String> lines;
  static List<ShopOrderEvent> events;

  @BeforeAll
  static void generate(@TempDir Path dir) throws Exception {
    SampleWorldWriter.write(dir, Scale.SMALL, 11L, LocalDate.of(2026, 1, 5), 10, (p, d, t) -> {});
    world = WorldCsv.read(dir.resolve("world"));
    lines = Files.readAllLines(dir.resolve("events/shop-orders.jsonl"));
    events = lines.stream().map(l -> EventJson.fromJson(l, ShopOrderEvent.class)).toList();
  }

  private static List<String> difference(List<PoolAllocation> a, List<PoolAllocation> b) {
    java.util.Set<String> inB =
        b.stream().map(PoolAllocation::toString).collect(Collectors.toSet());
    return a.stream()
        .map(PoolAllocation::toString)
        .filter(x -> !inB.contains(x))
        .sorted()
        .limit(6)
        .toList();
  }

  /** An order of {@code e}'s for a supplier without a delivery calendar: refused, in any mode. */
  private static ShopOrderEvent ofAnUnknownSupplier(ShopOrderEvent e, String supplierId) {
    return new ShopOrderEvent(
        e.eventId() + "-" + supplierId,
        e.orderId() + "-" + supplierId,
        e.version(),
        e.type(),
        e.shopId(),
        supplierId,
        e.regionId(),
        e.lines(),
        e.eventTime(),
        e.requestedDeliveryDate(),
        e.latestDeliveryDate());
  }

  @Test
  void batchRunEqualsTheDomainReplay() throws Exception {
    // Orders of suppliers without a delivery calendar: dead letters, and no pool of their own.
    List<String> input = new ArrayList<>(lines);
    for (String supplier : List.of("supplier-unknown-1", "supplier-unknown-2")) {
      input.add(EventJson.toJson(ofAnUnknownSupplier(events.get(0), supplier)));
    }
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(2);
    CollectingPoolingSinks out = new CollectingPoolingSinks();
    CollectingSink<PooledOrderLine> pooled = out.pooled;
    CollectingSink<PoolAllocation> allocations = out.allocations;
    CollectingSink<PoolProgress> progress = out.progress;
    CollectingSink<DeadLetter> deadLetters = out.deadLetters;
    new PoolingJob(BoundedRawSource.of("poolcast.shop-orders", input), out.sinks(), world)
        .build(env);
    env.execute("pooling-test");

    List<PoolAllocation> expected = DomainReplay.allocations(events, PoolingReference.of(world));
    Comparator<PoolAllocation> order =
        Comparator.comparing(PoolAllocation::poolId)
            .thenComparing(PoolAllocation::orderId)
            .thenComparing(PoolAllocation::sku);
    List<String> missing = difference(expected, allocations.received());
    List<String> extra = difference(allocations.received(), expected);
    assertThat(missing).as("allocations the job missed").isEmpty();
    assertThat(extra).as("allocations the domain does not make").isEmpty();
    assertThat(allocations.received().stream().sorted(order).toList())
        .isEqualTo(expected.stream().sorted(order).toList());
    assertThat(deadLetters.received())
        .extracting(DeadLetter::reason)
        .containsExactly(DeadLetterReason.UNKNOWN_REFERENCE, DeadLetterReason.UNKNOWN_REFERENCE);
    // Conservation: every pooled line is the sum of its allocations.
    Map<String, Long> allocated =
        allocations.received().stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.poolId() + "/" + a.sku(),
                    Collectors.summingLong(PoolAllocation::quantity)));
    assertThat(pooled.received())
        .allSatisfy(
            l -> assertThat(allocated.get(l.poolId() + "/" + l.sku())).isEqualTo(l.quantity()));
    assertThat(progress.received()).isNotEmpty();
  }
}
