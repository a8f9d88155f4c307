package io.poolcast.world;

import io.poolcast.events.reference.World;
import java.util.List;

/**
 * The generated market: the public reference data plus the hidden truth behind it (true demand
 * rates, assortments, shop habits) that drives the simulation. Arrays are indexed by SKU index,
 * supplier index and region index in the order of the world's lists.
 */
final class MarketModel {
  final World world;
  final List<RegionProfile> regions;
  final Category[] skuCategory;
  final int[] skuPack;
  final int[] skuSupplier;
  final long[] skuShelfPriceCents;
  final long[] skuLaunchDay;
  final List<ShopPlan> shops;
  final DeliveryCalendar[][] calendars;

  MarketModel(
      World world,
      List<RegionProfile> regions,
      Category[] skuCategory,
      int[] skuPack,
      int[] skuSupplier,
      long[] skuShelfPriceCents,
      long[] skuLaunchDay,
      List<ShopPlan> shops,
      DeliveryCalendar[][] calendars) {
    this.world = world;
    this.regions = regions;
    this.skuCategory = skuCategory;
    this.skuPack = skuPack;
    this.skuSupplier = skuSupplier;
    this.skuShelfPriceCents = skuShelfPriceCents;
    this.skuLaunchDay = skuLaunchDay;
    this.shops = shops;
    this.calendars = calendars;
  }

  int skuCount() {
    return skuCategory.length;
  }

  /** The calendar of a supplier in a region; null if it does not deliver there. */
  DeliveryCalendar calendar(int supplier, int region) {
    return calendars[supplier][region];
  }
}
