package io.poolcast.jobs.replenishment;

import io.poolcast.events.DemandForecast;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import io.poolcast.pooling.LocalDays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One shop in Hangzhou (UTC+8), two suppliers that both close their pools at 18:00 for the next day
 * and never deliver on Sunday: cola (12 a case) and chips (6) from sup-1, tea (24) from sup-2.
 * {@link #THU} = Thursday 2026-01-08: an order at its close is delivered on Saturday, the next
 * day's on Monday, so the position must last 3 days.
 */
final class ReplenishmentTestWorld {
  static final LocalDate THU = LocalDate.of(2026, 1, 8);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ReplenishmentTestWorld() {}

  static World world() {
    LocalDate opened = LocalDate.of(2025, 1, 1);
    return new World(
        List.of(new Region("east-hz", "Hangzhou", "Asia/Shanghai")),
        List.of(new Shop("shop-1", "One", "east-hz", ShopFormat.CONVENIENCE_STORE, opened)),
        List.of(supplier("sup-1"), supplier("sup-2")),
        List.of(
            new Sku("cola", "sup-1", "beverages", "Cola", 12, 6000, 6000, 3000, opened),
            new Sku("chips", "sup-1", "snacks", "Chips", 6, 600, 3000, 1200, opened),
            new Sku("tea", "sup-2", "beverages", "Tea", 24, 9000, 9000, 4800, opened)),
        List.of(),
        List.of(),
        List.of(calendar("sup-1"), calendar("sup-2")));
  }

  static CutoffCalendar calendar(String supplier) {
    return new CutoffCalendar(
        supplier,
        "east-hz",
        "Asia/Shanghai",
        LocalTime.of(18, 0),
        1,
        List.of(DayOfWeek.SUNDAY),
        List.of());
  }

  private static Supplier supplier(String id) {
    return new Supplier(
        id, id, List.of("beverages", "snacks"), List.of("east-hz"), 0, 0, 1000, 1000);
  }

  /** The 30 shop × SKU rows of a forecast issued on {@code issuedOn}, flat mean and p90. */
  static List<DemandForecast> forecast(String sku, LocalDate issuedOn, double mean, double p90) {
    List<DemandForecast> rows = new ArrayList<>();
    for (int step = 1; step <= ForecastDays.HORIZON; step++) {
      rows.add(row("shop_sku", "shop-1", sku, issuedOn, step, mean, p90));
    }
    return rows;
  }

  static DemandForecast row(
      String level,
      String shop,
      String sku,
      LocalDate issuedOn,
      int step,
      double mean,
      double p90) {
    return new DemandForecast(
        level,
        "east-hz",
        sku,
        shop,
        "sup-1",
        "beverages",
        issuedOn,
        issuedOn.plusDays(step),
        step,
        0,
        mean,
        p90,
        mean,
        "GBM",
        "GBM",
        "card-" + issuedOn,
        null);
  }

  /** The shop × SKU sell-through row of a day with its closing stock. */
  static SellThroughRow stock(String sku, LocalDate day, long units, boolean known) {
    return new SellThroughRow(
        SellThroughRow.SHOP_SKU,
        "east-hz",
        "shop-1",
        sku.equals("tea") ? "sup-2" : "sup-1",
        "beverages",
        sku,
        day,
        1,
        300,
        1,
        1,
        1.0,
        0,
        units,
        known ? 1 : 0,
        1.0,
        null,
        0,
        null,
        0,
        0.0,
        null,
        null,
        LocalDays.endOf(day, ZONE));
  }

  /** A PLACED order of the shop, at local 19:00 of {@code placedOn}. */
  static ShopOrderEvent order(
      String id, String supplier, LocalDate placedOn, LocalDate delivery, OrderLine... lines) {
    Instant at = placedOn.atTime(19, 0).atZone(ZONE).toInstant();
    return new ShopOrderEvent(
        id + "-v1",
        id,
        1,
        OrderEventType.PLACED,
        "shop-1",
        supplier,
        "east-hz",
        List.of(lines),
        at,
        delivery,
        delivery);
  }

  /** The last millisecond of the local day. */
  static long closeOf(LocalDate day) {
    return ReviewTiming.lastMilliOf(day, ZONE).toEpochMilli();
  }
}
