package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionDailyOrderTallyTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static ShopOrderEvent event(OrderEventType type, List<OrderLine> lines) {
    return new ShopOrderEvent(
        "e", "o", 1, type, "shop", "sup", "east-hz", lines, Instant.EPOCH, DAY, DAY);
  }

  @Test
  void placedOrdersCountLinesUnitsAndValue() {
    RegionDailyOrderSummary s =
        RegionDailyOrderTally.add(
            RegionDailyOrderTally.empty("east-hz", DAY),
            event(
                OrderEventType.PLACED,
                List.of(new OrderLine("a", 3, 1_250), new OrderLine("b", 2, 100))));
    assertThat(s).isEqualTo(new RegionDailyOrderSummary("east-hz", DAY, 1, 0, 0, 2, 5, 3_950));
  }

  @Test
  void amendmentsAndCancellationsAreOnlyCounted() {
    RegionDailyOrderSummary s = RegionDailyOrderTally.empty("east-hz", DAY);
    s =
        RegionDailyOrderTally.add(
            s, event(OrderEventType.AMENDED, List.of(new OrderLine("a", 9, 5))));
    s = RegionDailyOrderTally.add(s, event(OrderEventType.CANCELLED, List.of()));
    assertThat(s).isEqualTo(new RegionDailyOrderSummary("east-hz", DAY, 0, 1, 1, 0, 0, 0));
  }

  @Test
  void localDayFollowsTheRegionsZone() {
    Instant lateUtc = Instant.parse("2026-01-05T17:30:00Z"); // 01:30 next day in Shanghai
    assertThat(LocalDays.dayOf(lateUtc, ZoneId.of("Asia/Shanghai"))).isEqualTo(DAY.plusDays(1));
    assertThat(LocalDays.dayOf(lateUtc, ZoneId.of("Europe/London"))).isEqualTo(DAY);
  }

  @Test
  void endOfDayHandlesDaylightSavingDays() {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate springForward = LocalDate.of(2026, 3, 29);
    assertThat(LocalDays.endOf(springForward, london))
        .isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    assertThat(LocalDays.endOf(springForward.minusDays(1), london))
        .isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
  }
}
