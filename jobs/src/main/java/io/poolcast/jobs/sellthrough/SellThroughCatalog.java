package io.poolcast.jobs.sellthrough;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the sell-through job looks up in the reference data: shops' regions and zones, SKUs. */
public final class SellThroughCatalog {
  private final Map<String, Shop> shops = new HashMap<>();
  private final Map<String, Sku> skus = new HashMap<>();
  private final Map<String, ZoneId> zones = new HashMap<>();
  private final Map<String, String> supplierNames = new HashMap<>();

  public SellThroughCatalog(World world) {
    world.shops().forEach(s -> shops.put(s.shopId(), s));
    world.skus().forEach(s -> skus.put(s.sku(), s));
    world.suppliers().forEach(s -> supplierNames.put(s.supplierId(), s.name()));
    for (Region r : world.regions()) {
      zones.put(r.regionId(), ZoneId.of(r.zoneId() == null ? Region.DEFAULT_ZONE : r.zoneId()));
    }
  }

  public Optional<Shop> shop(String shopId) {
    return Optional.ofNullable(shopId == null ? null : shops.get(shopId));
  }

  public Optional<Sku> sku(String sku) {
    return Optional.ofNullable(sku == null ? null : skus.get(sku));
  }

  /** The zone of a shop's region (from the reference data, not from the event). */
  public Optional<ZoneId> zoneOf(Shop shop) {
    return Optional.ofNullable(zones.get(shop.regionId()));
  }

  /** A supplier's display name, or its id when the reference data has none. */
  public String supplierName(String supplierId) {
    return supplierNames.getOrDefault(supplierId, supplierId);
  }

  /** A SKU's display name with its id, or the id alone when unknown. */
  public String skuName(String skuId) {
    return sku(skuId).map(s -> s.name() + " (" + skuId + ")").orElse(skuId);
  }
}
