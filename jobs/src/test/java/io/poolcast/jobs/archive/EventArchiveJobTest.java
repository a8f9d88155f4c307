package io.poolcast.jobs.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.testing.BoundedRawSource;
import io.poolcast.jobs.testing.CollectingSink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventArchiveJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final RegionZones ZONES =
      RegionZones.of(Map.of("east-hz", "Asia/Shanghai", "uk", "Europe/London"));

  private static ShopOrderEvent order(
      String id, OrderEventType type, String region, String time, int qty) {
    List<OrderLine> lines =
        type == OrderEventType.CANCELLED ? List.of() : List.of(new OrderLine("sku-1", qty, 500));
    LocalDate d = LocalDate.of(2026, 1, 10);
    return new ShopOrderEvent(
        "ev-" + id + type,
        id,
        type == OrderEventType.PLACED ? 1 : 2,
        type,
        "shop-1",
        "sup-1",
        region,
        lines,
        Instant.parse(time),
        d,
        d);
  }

  private static StreamExecutionEnvironment env() {
    Configuration conf = new Configuration();
    conf.setString("pipeline.generic-types", "false");
    conf.setString("restart-strategy.type", "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(1);
    return env;
  }

  @Test
  void sumsOrdersPerRegionLocalDayAndDeadLettersBadInput() throws Exception {
    List<String> orders = new ArrayList<>();
    // 2026-01-05 23:30 in Shanghai is 15:30Z: still Jan 5 locally.
    orders.add(
        EventJson.toJson(order("o1", OrderEventType.PLACED, "east-hz", "2026-01-05T15:30:00Z", 2)));
    // 16:30Z is 00:30 on Jan 6 in Shanghai.
    orders.add(
        EventJson.toJson(order("o2", OrderEventType.PLACED, "east-hz", "2026-01-05T16:30:00Z", 3)));
    orders.add(
        EventJson.toJson(
            order("o2", OrderEventType.CANCELLED, "east-hz", "2026-01-05T17:00:00Z", 0)));
    orders.add(
        EventJson.toJson(order("o3", OrderEventType.PLACED, "uk", "2026-01-05T16:30:00Z", 4)));
    orders.add("{not json");
    orders.add(
        EventJson.toJson(
            order("o4", OrderEventType.PLACED, "atlantis", "2026-01-05T10:00:00Z", 1)));
    orders.add(
        EventJson.toJson(order("o5", OrderEventType.PLACED, "uk", "2026-01-08T10:00:00Z", 1)));
    List<String> sales =
        List.of(
            EventJson.toJson(
                new PosSale(
                    "s1",
                    "shop-1",
                    "east-hz",
                    "sku-1",
                    2,
                    300,
                    Instant.parse("2026-01-05T03:00:00Z"))),
            "{\"sale_id\":\"s2\"}");

    CollectingSink<ShopOrderEvent> orderArchive = new CollectingSink<>();
    CollectingSink<PosSale> saleArchive = new CollectingSink<>();
    CollectingSink<RegionDailyOrderSummary> topic = new CollectingSink<>();
    CollectingSink<RegionDailyOrderSummary> files = new CollectingSink<>();
    CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();
    StreamExecutionEnvironment env = env();
    new EventArchiveJob(
            new EventArchiveJob.Sources(
                BoundedRawSource.of("poolcast.shop-orders", orders),
                BoundedRawSource.of("poolcast.pos-sales", sales)),
            new EventArchiveJob.Sinks(orderArchive, saleArchive, topic, files, deadLetters),
            ZONES)
        .build(env);
    env.execute("event-archive-test");

    assertThat(orderArchive.received())
        .extracting(ShopOrderEvent::orderId)
        .containsExactly("o1", "o2", "o2", "o3", "o4", "o5");
    assertThat(saleArchive.received()).extracting(PosSale::saleId).containsExactly("s1");
    assertThat(topic.received())
        .containsExactlyInAnyOrder(
            new RegionDailyOrderSummary("east-hz", LocalDate.of(2026, 1, 5), 1, 0, 0, 1, 2, 1_000),
            new RegionDailyOrderSummary("east-hz", LocalDate.of(2026, 1, 6), 1, 0, 1, 1, 3, 1_500),
            new RegionDailyOrderSummary("uk", LocalDate.of(2026, 1, 5), 1, 0, 0, 1, 4, 2_000),
            new RegionDailyOrderSummary("uk", LocalDate.of(2026, 1, 8), 1, 0, 0, 1, 1, 500));
    assertThat(files.received()).containsExactlyInAnyOrderElementsOf(topic.received());
    assertThat(deadLetters.received())
        .extracting(DeadLetter::reason, DeadLetter::sourceTopic)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                DeadLetterReason.UNPARSEABLE, "poolcast.shop-orders"),
            org.assertj.core.groups.Tuple.tuple(DeadLetterReason.UNKNOWN_REFERENCE, "shop-orders"),
            org.assertj.core.groups.Tuple.tuple(
                DeadLetterReason.MISSING_FIELD, "poolcast.pos-sales"));
    DeadLetter garbage =
        deadLetters.received().stream()
            .filter(d -> d.reason() == DeadLetterReason.UNPARSEABLE)
            .findFirst()
            .orElseThrow();
    assertThat(garbage.payload()).isEqualTo("{not json");
    assertThat(garbage.sourceOffset()).isEqualTo(4L);
  }
}
