package io.poolcast.jobs.replenishment;

import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.sellthrough.SellThroughCatalog;
import io.poolcast.pooling.DeliveryCalendar;
import io.poolcast.pooling.PoolingReference;
import java.time.ZoneId;
import java.util.Optional;

/** What the replenishment job looks up: SKUs, shops' zones, suppliers' delivery calendars. */
final class ReplenishmentCatalog {
  private final SellThroughCatalog catalog;
  private final PoolingReference reference;

  ReplenishmentCatalog(World world) {
    this.catalog = new SellThroughCatalog(world);
    this.reference = PoolingReference.of(world);
  }

  Optional<Sku> sku(String sku) {
    return catalog.sku(sku);
  }

  /** The zone of the shop's region, from the reference data. */
  Optional<ZoneId> zone(String shopId) {
    return catalog.shop(shopId).flatMap(catalog::zoneOf);
  }

  Optional<DeliveryCalendar> calendar(String supplierId, String regionId) {
    return reference.calendar(supplierId, regionId);
  }
}
