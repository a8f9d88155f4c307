package io.poolcast.jobs.sellthrough;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Two shops in Hangzhou (UTC+8) and one supplier with two SKUs: cola in cases of 12, chips in cases
 * of 6. Local day 2026-01-05 runs from 2026-01-04T16:00Z to 2026-01-05T16:00Z.
 */
final class TinyWorld {
  static final LocalDate DAY1 = LocalDate.of(2026, 1, 5);

  private TinyWorld() {}

  static World world() {
    LocalDate opened = LocalDate.of(2025, 1, 1);
    return new World(
        List.of(new Region("east-hz", "Hangzhou", "Asia/Shanghai")),
        List.of(
            new Shop("shop-1", "One", "east-hz", ShopFormat.CONVENIENCE_STORE, opened),
            new Shop("shop-2", "Two", "east-hz", ShopFormat.CONVENIENCE_STORE, opened)),
        List.of(
            new Supplier(
                "sup-1",
                "Fizz Co",
                List.of("beverages", "snacks"),
                List.of("east-hz"),
                0,
                0,
                1000,
                1000)),
        List.of(
            new Sku("cola", "sup-1", "beverages", "Cola", 12, 6000, 6000, 3000, opened),
            new Sku("chips", "sup-1", "snacks", "Chips", 6, 600, 3000, 1200, opened)),
        List.of(),
        List.of(),
        List.of());
  }

  /** A sale at local {@code HH:mm} of day {@code DAY1 + dayOffset}. */
  static PosSale sale(String shop, String sku, int dayOffset, String localTime, int units) {
    return new PosSale(
        "s-" + shop + "-" + sku + "-" + dayOffset + "-" + localTime,
        shop,
        "east-hz",
        sku,
        units,
        sku.equals("cola") ? 300 : 250,
        at(dayOffset, localTime));
  }

  /** An order event placed at local {@code HH:mm} of day {@code DAY1 + dayOffset}. */
  static ShopOrderEvent order(
      String id,
      int version,
      OrderEventType type,
      String shop,
      int dayOffset,
      String localTime,
      LocalDate delivery,
      OrderLine... lines) {
    return new ShopOrderEvent(
        id + "-v" + version,
        id,
        version,
        type,
        shop,
        "sup-1",
        "east-hz",
        Arrays.asList(lines),
        at(dayOffset, localTime),
        delivery,
        delivery);
  }

  static Instant at(int dayOffset, String localTime) {
    return DAY1.plusDays(dayOffset)
        .atTime(java.time.LocalTime.parse(localTime))
        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
        .toInstant();
  }

  /** The instant the local day {@code DAY1 + dayOffset} ends. */
  static Instant endOf(int dayOffset) {
    return at(dayOffset + 1, "00:00");
  }
}
