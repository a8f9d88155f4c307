package io.poolcast.jobs.forecastjob;

import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Two regions, three shops, three SKUs of two suppliers, and weeks of daily POS sales. */
public final class ForecastTestWorld {
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static final World WORLD =
      new World(
          List.of(
              new Region("east", "East", "Asia/Shanghai"),
              new Region("west", "West", "Asia/Shanghai")),
          List.of(
              new Shop("shop-1", "One", "east", ShopFormat.CONVENIENCE_STORE, START),
              new Shop("shop-2", "Two", "east", ShopFormat.CONVENIENCE_STORE, START),
              new Shop("shop-3", "Three", "west", ShopFormat.COMMUNITY_SUPERMARKET, START)),
          List.of(
              new Supplier("sup-a", "A", List.of("drinks"), List.of("east", "west"), 1, 2, 3, 4),
              new Supplier("sup-b", "B", List.of("snacks"), List.of("east", "west"), 1, 2, 3, 4)),
          List.of(
              new Sku("sku-1", "sup-a", "drinks", "Tea", 12, 1, 1, 100, START),
              new Sku("sku-2", "sup-a", "drinks", "Water", 12, 1, 1, 100, START),
              new Sku("sku-3", "sup-b", "snacks", "Nuts", 12, 1, 1, 100, START)),
          List.of(),
          List.of(),
          List.of());

  private ForecastTestWorld() {}

  /**
   * Sales over {@code days} days, in event-time order: every shop sells sku-1 daily, sku-2 on most
   * days; only shop-3 sells sku-3, and only on weekends.
   */
  static List<PosSale> sales(int days) {
    List<PosSale> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate day = START.plusDays(d);
      int hour = 9;
      for (String shop : List.of("shop-1", "shop-2", "shop-3")) {
        String region = shop.equals("shop-3") ? "west" : "east";
        out.add(sale(shop, region, "sku-1", day, hour++, 3 + (d % 7 >= 5 ? 4 : d % 2)));
        if (d % 4 != 3) {
          out.add(sale(shop, region, "sku-2", day, hour++, 1 + d % 3));
        }
        if (shop.equals("shop-3") && d % 7 >= 5) {
          out.add(sale(shop, region, "sku-3", day, hour++, 2));
        }
      }
    }
    return out;
  }

  static PosSale sale(String shop, String region, String sku, LocalDate day, int hour, int units) {
    return new PosSale(
        "s-" + shop + "-" + sku + "-" + day + "-" + hour,
        shop,
        region,
        sku,
        units,
        250,
        day.atTime(hour, 0).atZone(SHANGHAI).toInstant());
  }

  static List<String> json(List<PosSale> sales) {
    return sales.stream().map(EventJson::toJson).toList();
  }
}
