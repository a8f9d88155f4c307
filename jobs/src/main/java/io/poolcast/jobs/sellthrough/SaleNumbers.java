package io.poolcast.jobs.sellthrough;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.StageKey;
import io.poolcast.pooling.LocalDayLookup;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shops and SKUs by their positions in the reference data's lists, as {@link ShopDaySales} names
 * them, and each shop's zone. The positions are those of {@link ShopNumbers}, the shop stage's
 * BATCH key. Built from the job's world wherever it is needed, so every operator numbers alike.
 */
final class SaleNumbers {
  /** A shop or SKU the reference data does not list. */
  static final int UNKNOWN = -1;

  private final Map<String, Integer> shopNumbers;
  private final Map<String, Integer> skuNumbers;
  private final String[] shopIds;
  private final String[] skuIds;
  private final LocalDayLookup[] shopDays;

  SaleNumbers(World world) {
    // One lookup per zone, shared by its shops: a day's sales of all of them hit its bounds.
    Map<ZoneId, LocalDayLookup> lookups = new HashMap<>();
    Map<String, LocalDayLookup> regionDays = new HashMap<>();
    for (Region r : world.regions()) {
      ZoneId zone = ZoneId.of(r.zoneId() == null ? Region.DEFAULT_ZONE : r.zoneId());
      regionDays.put(r.regionId(), lookups.computeIfAbsent(zone, LocalDayLookup::new));
    }
    List<Shop> shops = world.shops();
    shopIds = new String[shops.size()];
    shopDays = new LocalDayLookup[shops.size()];
    for (int i = 0; i < shops.size(); i++) {
      shopIds[i] = shops.get(i).shopId();
      shopDays[i] = regionDays.get(shops.get(i).regionId());
    }
    shopNumbers = StageKey.positions(Arrays.asList(shopIds));
    List<Sku> skus = world.skus();
    skuIds = new String[skus.size()];
    for (int i = 0; i < skus.size(); i++) {
      skuIds[i] = skus.get(i).sku();
    }
    skuNumbers = StageKey.positions(Arrays.asList(skuIds));
  }

  /** A shop's number, or {@link #UNKNOWN}. */
  int shop(String shopId) {
    return shopId == null ? UNKNOWN : shopNumbers.getOrDefault(shopId, UNKNOWN);
  }

  /** A SKU's number, or {@link #UNKNOWN}. */
  int sku(String sku) {
    return sku == null ? UNKNOWN : skuNumbers.getOrDefault(sku, UNKNOWN);
  }

  String shopId(int shop) {
    return shopIds[shop];
  }

  String skuId(int sku) {
    return skuIds[sku];
  }

  /** The zone of a shop's region; null when the reference data has no such region. */
  ZoneId zone(int shop) {
    return shopDays[shop] == null ? null : shopDays[shop].zone();
  }

  /**
   * The local days of a shop's region (shared by the zone's shops, so not thread-safe); null when
   * the reference data has no such region.
   */
  LocalDayLookup days(int shop) {
    return shopDays[shop];
  }
}
