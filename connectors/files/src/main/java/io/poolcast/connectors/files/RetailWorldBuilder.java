package io.poolcast.connectors.files;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puts regions, shops, suppliers, SKUs, tiers and cut-off calendars together into a World. */
final class RetailWorldBuilder {
  private RetailWorldBuilder() {}

  /** One region per country name, keyed by region id. */
  static Map<String, Region> regions(Collection<String> countries) {
    Map<String, Region> regions = new TreeMap<>();
    for (String country : countries) {
      String id = CountryZones.regionIdOf(country);
      regions.putIfAbsent(id, new Region(id, country, CountryZones.zoneOf(country)));
    }
    return regions;
  }

  static World build(Map<String, Region> regions, RetailShops shops, RetailCatalogue catalogue) {
    List<String> regionIds = List.copyOf(regions.keySet());
    return new World(
        List.copyOf(regions.values()),
        shops.shops(),
        suppliers(regionIds),
        catalogue.skus(),
        catalogue.priceTiers(),
        categoryTiers(),
        calendars(regions.values()));
  }

  private static List<Supplier> suppliers(List<String> regionIds) {
    List<Supplier> suppliers = new ArrayList<>();
    for (RetailSupplier s : RetailSupplier.values()) {
      List<String> categories = RetailCategory.soldBy(s).stream().map(RetailCategory::id).toList();
      suppliers.add(
          new Supplier(
              s.supplierId(),
              s.displayName(),
              categories,
              regionIds,
              RetailSupplyRules.MIN_BATCH_VALUE_PENCE,
              0,
              RetailSupplyRules.TRUCK_CAPACITY_KG,
              RetailSupplyRules.TRUCK_CAPACITY_LITRES,
              "GBP")); // the UCI shop sells in pounds sterling
    }
    return suppliers;
  }

  private static List<CategoryTier> categoryTiers() {
    List<CategoryTier> tiers = new ArrayList<>();
    for (RetailSupplier s : RetailSupplier.values()) {
      int categories = RetailCategory.soldBy(s).size();
      tiers.add(
          new CategoryTier(
              s.supplierId(),
              1,
              RetailSupplyRules.CATEGORY_TIER1_VALUE_PENCE,
              Math.min(RetailSupplyRules.CATEGORY_TIER1_CATEGORIES, categories),
              RetailSupplyRules.CATEGORY_TIER1_DISCOUNT_BP));
      tiers.add(
          new CategoryTier(
              s.supplierId(),
              2,
              RetailSupplyRules.CATEGORY_TIER2_VALUE_PENCE,
              Math.min(RetailSupplyRules.CATEGORY_TIER2_CATEGORIES, categories),
              RetailSupplyRules.CATEGORY_TIER2_DISCOUNT_BP));
    }
    return tiers;
  }

  static List<CutoffCalendar> calendars(Collection<Region> regions) {
    List<CutoffCalendar> calendars = new ArrayList<>();
    for (RetailSupplier s : RetailSupplier.values()) {
      for (Region region : regions) {
        calendars.add(calendar(s.supplierId(), region));
      }
    }
    return calendars;
  }

  static CutoffCalendar calendar(String supplierId, Region region) {
    List<LocalDate> holidays =
        region.regionId().equals(RetailSupplyRules.UK_REGION)
            ? RetailSupplyRules.UK_BANK_HOLIDAYS
            : List.of();
    return new CutoffCalendar(
        supplierId,
        region.regionId(),
        region.zoneId(),
        RetailSupplyRules.CUTOFF,
        RetailSupplyRules.LEAD_DAYS,
        RetailSupplyRules.NO_DELIVERY_DAYS,
        holidays);
  }
}
