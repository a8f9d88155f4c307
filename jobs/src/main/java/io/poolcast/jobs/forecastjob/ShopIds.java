package io.poolcast.jobs.forecastjob;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.World;
import java.io.Serializable;
import java.util.HashSet;

/** The shops the reference data lists: small enough to ship with each operator. */
public final class ShopIds implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashSet<String> ids = new HashSet<>();

  public static ShopIds of(World world) {
    ShopIds shops = new ShopIds();
    world.shops().stream().map(Shop::shopId).forEach(shops.ids::add);
    return shops;
  }

  public boolean knows(String shopId) {
    return shopId != null && ids.contains(shopId);
  }
}
