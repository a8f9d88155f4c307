package io.poolcast.events.reference;

import java.util.List;

/**
 * All reference data of one market: who sells what to whom, at which tiers and cut-offs. Read and
 * written as CSV files by {@link WorldCsv}.
 */
public record World(
    List<Region> regions,
    List<Shop> shops,
    List<Supplier> suppliers,
    List<Sku> skus,
    List<PriceTier> priceTiers,
    List<CategoryTier> categoryTiers,
    List<CutoffCalendar> cutoffCalendars) {

  public World {
    regions = List.copyOf(regions);
    shops = List.copyOf(shops);
    suppliers = List.copyOf(suppliers);
    skus = List.copyOf(skus);
    priceTiers = List.copyOf(priceTiers);
    categoryTiers = List.copyOf(categoryTiers);
    cutoffCalendars = List.copyOf(cutoffCalendars);
  }
}
