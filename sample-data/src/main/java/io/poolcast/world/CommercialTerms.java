package io.poolcast.world;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Supplier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Suppliers' terms, sized to the volume the market will pool so that the pooling demo is
 * interesting: minimums that a region's daily pool sometimes misses, price tiers a busy day
 * reaches, trucks a festival peak fills.
 *
 * <p>Volumes are the expected cases per region and day at base rates (no calendar effects).
 */
final class CommercialTerms {
  private static final long[] TRUCK_KG = {1_500, 3_000, 5_000, 10_000, 20_000, 40_000};
  private static final long[] TRUCK_LITRES = {8_000, 16_000, 30_000, 45_000, 80_000, 160_000};

  private final List<SupplierDraft> drafts;
  private final MarketBuilder.SkuTable skus;
  private final List<RegionProfile> regions;
  private final LocalDate start;
  private final int days;
  private final SplittableRandom rng;

  /** Expected cases per day, [sku][region]. */
  private final double[][] cases;

  private final List<Supplier> suppliers = new ArrayList<>();
  private final List<PriceTier> priceTiers = new ArrayList<>();
  private final List<CategoryTier> categoryTiers = new ArrayList<>();
  private final List<CutoffCalendar> cutoffCalendars = new ArrayList<>();
  private final DeliveryCalendar[][] deliveryCalendars;

  CommercialTerms(
      List<SupplierDraft> drafts,
      MarketBuilder.SkuTable skus,
      List<ShopPlan> shops,
      List<RegionProfile> regions,
      LocalDate start,
      int days,
      SplittableRandom rng) {
    this.drafts = drafts;
    this.skus = skus;
    this.regions = regions;
    this.start = start;
    this.days = days;
    this.rng = rng;
    this.cases = new double[skus.size()][regions.size()];
    this.deliveryCalendars = new DeliveryCalendar[drafts.size()][regions.size()];
    for (ShopPlan shop : shops) {
      for (int p = 0; p < shop.assortment().length; p++) {
        int sku = shop.assortment()[p];
        cases[sku][shop.region()] += shop.baseRate()[p] / skus.pack[sku];
      }
    }
    for (SupplierDraft s : drafts) {
      defineSupplier(s);
    }
    for (int sku = 0; sku < skus.size(); sku++) {
      definePriceTiers(sku);
    }
  }

  private void defineSupplier(SupplierDraft s) {
    double[] value = new double[regions.size()];
    double[] units = new double[regions.size()];
    double[] kg = new double[regions.size()];
    double[] litres = new double[regions.size()];
    for (int sku : s.skus) {
      for (int r = 0; r < regions.size(); r++) {
        value[r] += cases[sku][r] * skus.listPriceCents[sku];
        units[r] += cases[sku][r];
        kg[r] += cases[sku][r] * skus.weightGrams[sku] / 1000.0;
        litres[r] += cases[sku][r] * skus.volumeMl[sku] / 1000.0;
      }
    }
    double typicalValue = median(value, s);
    double typicalUnits = median(units, s);
    long minValue =
        rng.nextDouble() < 0.25
            ? 0
            : clamp(Draws.niceRound(0.6 * typicalValue), 30_000L, 2_000_000L);
    long minUnits = rng.nextDouble() < 0.3 ? Math.max(5, Draws.niceRound(0.5 * typicalUnits)) : 0;
    List<String> regionIds = new ArrayList<>();
    for (int r : s.regions) {
      regionIds.add(regions.get(r).regionId());
    }
    suppliers.add(
        new Supplier(
            s.supplierId,
            s.name,
            s.categories.stream().map(Category::id).toList(),
            regionIds,
            minValue,
            minUnits,
            sizeAbove(TRUCK_KG, 1.5 * max(kg)),
            sizeAbove(TRUCK_LITRES, 1.5 * max(litres)),
            "CNY"));
    if (s.categories.size() >= 2) {
      long first = Math.max(500_000L, Draws.niceRound(2 * typicalValue));
      categoryTiers.add(new CategoryTier(s.supplierId, 1, first, 2, 300));
      categoryTiers.add(new CategoryTier(s.supplierId, 2, 5 * first, 2, 600));
    }
    for (int r : s.regions) {
      CutoffCalendar calendar = cutoffCalendar(s, regions.get(r).regionId());
      cutoffCalendars.add(calendar);
      deliveryCalendars[s.index][r] = DeliveryCalendar.of(calendar);
    }
  }

  private CutoffCalendar cutoffCalendar(SupplierDraft s, String regionId) {
    List<LocalDate> holidays = new ArrayList<>();
    ChineseRetailCalendar calendar = ChineseRetailCalendar.instance();
    int lastYear = start.plusDays(days + 60L).getYear();
    for (int year = start.getYear() - 1; year <= lastYear; year++) {
      if (!ChineseRetailCalendar.supports(year)) {
        continue;
      }
      // Warehouses close from new year's eve to the fourth day of the new year.
      LocalDate newYear = calendar.springFestival(year);
      for (LocalDate d = newYear.minusDays(1); !d.isAfter(newYear.plusDays(4)); d = d.plusDays(1)) {
        holidays.add(d);
      }
      if (s.nationalDayBreak) {
        for (int day = 1; day <= 3; day++) {
          holidays.add(LocalDate.of(year, 10, day));
        }
      }
    }
    List<DayOfWeek> noDelivery = s.noSundayDelivery ? List.of(DayOfWeek.SUNDAY) : List.of();
    return new CutoffCalendar(
        s.supplierId, regionId, Region.DEFAULT_ZONE, s.cutoff, s.leadDays, noDelivery, holidays);
  }

  private void definePriceTiers(int sku) {
    double busiest = max(cases[sku]);
    String id = skus.id(sku);
    long first = Draws.niceRound(Math.max(3, 2 * busiest));
    long second = Math.max(Draws.niceRound(2 * first), Draws.niceRound(5 * busiest));
    priceTiers.add(new PriceTier(id, 1, first, 300));
    priceTiers.add(new PriceTier(id, 2, second, 800));
    if (busiest >= 5) {
      priceTiers.add(new PriceTier(id, 3, Draws.niceRound(2 * second), 1200));
    }
  }

  private static double median(double[] perRegion, SupplierDraft s) {
    double[] served = s.regions.stream().mapToDouble(r -> perRegion[r]).sorted().toArray();
    return served.length == 0 ? 0 : served[served.length / 2];
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }

  private static long sizeAbove(long[] sizes, double needed) {
    for (long size : sizes) {
      if (size >= needed) {
        return size;
      }
    }
    return sizes[sizes.length - 1];
  }

  List<Supplier> suppliers() {
    return suppliers;
  }

  List<PriceTier> priceTiers() {
    return priceTiers;
  }

  List<CategoryTier> categoryTiers() {
    return categoryTiers;
  }

  List<CutoffCalendar> cutoffCalendars() {
    return cutoffCalendars;
  }

  DeliveryCalendar[][] deliveryCalendars() {
    return deliveryCalendars;
  }
}
