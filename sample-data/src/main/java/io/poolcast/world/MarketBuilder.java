package io.poolcast.world;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a {@link MarketModel} from a size and a seed: regions, suppliers with their categories and
 * regions, SKUs, shops with their assortments, then the commercial terms sized to the volumes the
 * market will actually pool. Every phase draws from its own seeded stream, so the result depends
 * only on (size, seed, start, days).
 */
final class MarketBuilder {
  /** Consumer units a median SKU sells per day in a median convenience store. */
  static final double BASE_UNITS_PER_DAY = 0.55;

  private static final double SUPERMARKET_VOLUME = 1.6;
  private static final double NATIONAL_SUPPLIER_SHARE = 0.2;

  private final WorldSize size;
  private final long seed;
  private final LocalDate start;
  private final int days;

  private List<RegionProfile> profiles;
  private final List<SupplierDraft> suppliers = new ArrayList<>();
  private final SkuTable skus;

  MarketBuilder(WorldSize size, long seed, LocalDate start, int days) {
    this.size = size;
    this.seed = seed;
    this.start = start;
    this.days = days;
    this.skus = new SkuTable(size.skus());
  }

  MarketModel build() {
    profiles = RegionProfile.ALL.subList(0, size.regions());
    draftSuppliers(stream(1));
    ensureCoverage(stream(2));
    draftSkus(stream(3));
    List<ShopPlan> shops = draftShops();
    CommercialTerms terms =
        new CommercialTerms(suppliers, skus, shops, profiles, start, days, stream(5));
    List<Region> regions = new ArrayList<>();
    for (RegionProfile p : profiles) {
      regions.add(new Region(p.regionId(), p.name(), Region.DEFAULT_ZONE));
    }
    World world =
        new World(
            regions,
            shops.stream().map(ShopPlan::shop).toList(),
            terms.suppliers(),
            skus.records(),
            terms.priceTiers(),
            terms.categoryTiers(),
            terms.cutoffCalendars());
    return new MarketModel(
        world,
        profiles,
        skus.category,
        skus.pack,
        skus.supplier,
        skus.shelfPriceCents,
        skus.launchDay,
        shops,
        terms.deliveryCalendars());
  }

  private SplittableRandom stream(int phase) {
    return new SplittableRandom(StableHash.hash(seed, phase, 0, 0));
  }

  // ---- suppliers ----

  private void draftSuppliers(SplittableRandom rng) {
    Category[] all = Category.values();
    for (int i = 0; i < size.suppliers(); i++) {
      double r = rng.nextDouble();
      LocalTime cutoff =
          r < 0.6 ? LocalTime.of(20, 0) : r < 0.8 ? LocalTime.of(18, 0) : LocalTime.of(22, 0);
      SupplierDraft s =
          new SupplierDraft(
              i,
              Names.supplier(rng),
              Draws.logNormal(rng, 0.8),
              cutoff,
              rng.nextDouble() < 0.8 ? 1 : 2,
              rng.nextDouble() < 0.3,
              rng.nextDouble() < 0.3);
      // The first two rounds of suppliers cover every category as their main one.
      s.categories.add(i < 2 * all.length ? all[i % all.length] : pickCategory(rng));
      int extra = r(rng) < 0.55 ? 0 : r(rng) < 0.67 ? 1 : 2;
      for (int attempt = 0; s.categories.size() < 1 + extra && attempt < 20; attempt++) {
        Category c = pickCategory(rng);
        if (!s.sells(c)) {
          s.categories.add(c);
        }
      }
      assignRegions(s, rng);
      suppliers.add(s);
    }
  }

  private static double r(SplittableRandom rng) {
    return rng.nextDouble();
  }

  private static Category pickCategory(SplittableRandom rng) {
    double total = 0;
    for (Category c : Category.values()) {
      total += c.supplierShare();
    }
    double u = rng.nextDouble() * total;
    for (Category c : Category.values()) {
      u -= c.supplierShare();
      if (u < 0) {
        return c;
      }
    }
    return Category.SNACKS;
  }

  /**
   * National suppliers serve every region; regional ones their home area and maybe a neighbour. In
   * a market where every shop lists every SKU, every supplier is national.
   */
  private void assignRegions(SupplierDraft s, SplittableRandom rng) {
    if (rng.nextDouble() < NATIONAL_SUPPLIER_SHARE || size.listsEverySku()) {
      for (int i = 0; i < profiles.size(); i++) {
        s.regions.add(i);
      }
      return;
    }
    int home = rng.nextInt(profiles.size());
    s.regions.add(home);
    for (int i = 0; i < profiles.size(); i++) {
      if (profiles.get(i).area().equals(profiles.get(home).area()) && rng.nextDouble() < 0.7) {
        s.regions.add(i);
      }
    }
    if (rng.nextDouble() < 0.15) {
      s.regions.add(rng.nextInt(profiles.size()));
    }
  }

  /** Every category must be sold by at least two suppliers in every region. */
  private void ensureCoverage(SplittableRandom rng) {
    for (int region = 0; region < profiles.size(); region++) {
      for (Category c : Category.values()) {
        List<SupplierDraft> selling = new ArrayList<>();
        int serving = 0;
        for (SupplierDraft s : suppliers) {
          if (s.sells(c)) {
            selling.add(s);
            serving += s.regions.contains(region) ? 1 : 0;
          }
        }
        // two per region where the category has two suppliers at all (a tiny world may have one)
        while (serving < Math.min(2, selling.size())) {
          SupplierDraft pick = selling.get(rng.nextInt(selling.size()));
          if (pick.regions.add(region)) {
            serving++;
          }
        }
      }
    }
  }

  // ---- SKUs ----

  private void draftSkus(SplittableRandom rng) {
    int[] counts = skuCounts();
    double newShare = Math.min(0.15, Math.max(0.03, days / 365.0 * 0.15));
    for (SupplierDraft s : suppliers) {
      for (int j = 0; j < counts[s.index]; j++) {
        Category c =
            j < s.categories.size()
                ? s.categories.get(j)
                : rng.nextDouble() < 0.6
                    ? s.primary()
                    : s.categories.get(rng.nextInt(s.categories.size()));
        LocalDate launch =
            rng.nextDouble() < newShare
                ? start.plusDays(rng.nextInt(Math.max(1, days)))
                : start.minusDays(1 + rng.nextInt(2000));
        s.skus.add(skus.add(s, c, launch, rng));
      }
    }
  }

  /** SKUs per supplier: a few big catalogues and many small ones, summing to the target. */
  private int[] skuCounts() {
    int n = suppliers.size();
    int[] counts = new int[n];
    double totalWeight = 0;
    int reserved = 0;
    for (SupplierDraft s : suppliers) {
      totalWeight += s.sizeWeight;
      counts[s.index] = s.categories.size();
      reserved += counts[s.index];
    }
    int remaining = Math.max(0, size.skus() - reserved);
    int assigned = 0;
    for (SupplierDraft s : suppliers) {
      int share = (int) Math.floor(remaining * s.sizeWeight / totalWeight);
      counts[s.index] += share;
      assigned += share;
    }
    for (int i = 0; assigned < remaining; i = (i + 1) % n, assigned++) {
      counts[i]++;
    }
    return counts;
  }

  // ---- shops ----

  private List<ShopPlan> draftShops() {
    double newShare = Math.min(0.12, Math.max(0.03, days / 365.0 * 0.12));
    double totalWeight = profiles.stream().mapToDouble(RegionProfile::shopWeight).sum();
    List<ShopPlan> shops = new ArrayList<>(size.shops());
    for (int i = 0; i < size.shops(); i++) {
      SplittableRandom rng = new SplittableRandom(StableHash.hash(seed, 4, i, 0));
      int region = pickRegion(rng, totalWeight);
      ShopFormat format =
          rng.nextDouble() < 0.65 ? ShopFormat.CONVENIENCE_STORE : ShopFormat.COMMUNITY_SUPERMARKET;
      LocalDate opened =
          rng.nextDouble() < newShare
              ? start.plusDays(rng.nextInt(Math.max(1, days)))
              : start.minusDays(30 + rng.nextInt(1500));
      shops.add(planShop(i, region, format, opened, rng));
    }
    return shops;
  }

  private int pickRegion(SplittableRandom rng, double totalWeight) {
    double u = rng.nextDouble() * totalWeight;
    for (int i = 0; i < profiles.size(); i++) {
      u -= profiles.get(i).shopWeight();
      if (u < 0) {
        return i;
      }
    }
    return profiles.size() - 1;
  }

  private ShopPlan planShop(
      int index, int region, ShopFormat format, LocalDate opened, SplittableRandom rng) {
    RegionProfile profile = profiles.get(region);
    boolean convenience = format == ShopFormat.CONVENIENCE_STORE;
    String id = String.format("shop-%05d", index + 1);
    String name =
        profile.name() + (convenience ? " Convenience " : " Community Market ") + (index + 1);
    Shop shop = new Shop(id, name, profile.regionId(), format, opened);
    int[] assortment = new AssortmentPlanner(suppliers, skus, region, format, size).choose(rng);
    double shopScale = Draws.logNormal(rng, 0.35) * (convenience ? 1.0 : SUPERMARKET_VOLUME);
    float[] base = new float[assortment.length];
    float[] guess = new float[assortment.length];
    for (int p = 0; p < assortment.length; p++) {
      int sku = assortment[p];
      base[p] =
          (float)
              (BASE_UNITS_PER_DAY
                  * shopScale
                  * skus.category[sku].velocity()
                  * skus.popularity[sku]);
      guess[p] = (float) Draws.logNormal(rng, 0.3);
    }
    boolean allNight = convenience && rng.nextDouble() < 0.4;
    int open = allNight ? 0 : convenience ? 7 * 60 : 8 * 60;
    int close = allNight ? 24 * 60 : convenience ? 23 * 60 : 21 * 60 + 30;
    int orderMinute =
        rng.nextDouble() < 0.75 ? 17 * 60 + rng.nextInt(170) : 20 * 60 + rng.nextInt(150);
    double closeChance = (convenience ? 0.3 : 0.4) + (profile.migrantCity() ? 0.3 : 0);
    int closureDays = rng.nextDouble() < closeChance ? 1 + rng.nextInt(5) : 0;
    double safety = -0.5 + 1.5 * rng.nextDouble();
    return new ShopPlan(
        index,
        shop,
        region,
        assortment,
        base,
        guess,
        safety,
        orderMinute,
        open,
        close,
        closureDays);
  }

  /** The SKUs of the market as parallel arrays (hot in the simulation) and reference records. */
  static final class SkuTable {
    final Category[] category;
    final int[] pack;
    final int[] supplier;
    final long[] shelfPriceCents;
    final long[] listPriceCents;
    final int[] weightGrams;
    final int[] volumeMl;
    final long[] launchDay;
    final double[] popularity;
    private final List<Sku> records;
    private int count;

    SkuTable(int capacity) {
      category = new Category[capacity];
      pack = new int[capacity];
      supplier = new int[capacity];
      shelfPriceCents = new long[capacity];
      listPriceCents = new long[capacity];
      weightGrams = new int[capacity];
      volumeMl = new int[capacity];
      launchDay = new long[capacity];
      popularity = new double[capacity];
      records = new ArrayList<>(capacity);
    }

    int add(SupplierDraft s, Category c, LocalDate launch, SplittableRandom rng) {
      int i = count++;
      double priceDraw = rng.nextDouble();
      category[i] = c;
      pack[i] = c.packSize(rng.nextDouble());
      supplier[i] = s.index;
      shelfPriceCents[i] = c.shelfPriceCents(priceDraw);
      double markup = 1.25 + 0.2 * rng.nextDouble();
      listPriceCents[i] = Math.max(1, Math.round(shelfPriceCents[i] * pack[i] / markup));
      double bulk = 0.85 + 0.3 * rng.nextDouble();
      weightGrams[i] = (int) Math.round(c.unitWeightGrams() * pack[i] * bulk);
      volumeMl[i] = (int) Math.round(c.unitVolumeMl() * pack[i] * bulk * 1.05);
      launchDay[i] = launch.toEpochDay();
      popularity[i] = Draws.logNormal(rng, 1.0);
      String id = String.format("sku-%06d", i + 1);
      records.add(
          new Sku(
              id,
              s.supplierId,
              c.id(),
              Names.sku(c, i + 1, pack[i]),
              pack[i],
              weightGrams[i],
              volumeMl[i],
              listPriceCents[i],
              launch));
      return i;
    }

    String id(int sku) {
      return records.get(sku).sku();
    }

    List<Sku> records() {
      return records;
    }

    int size() {
      return count;
    }
  }

  /** Picks a shop's SKUs: first a handful of suppliers, then their SKUs that suit the format. */
  static final class AssortmentPlanner {
    private final List<SupplierDraft> suppliers;
    private final SkuTable skus;
    private final int region;
    private final ShopFormat format;
    private final WorldSize size;

    AssortmentPlanner(
        List<SupplierDraft> suppliers,
        SkuTable skus,
        int region,
        ShopFormat format,
        WorldSize size) {
      this.suppliers = suppliers;
      this.skus = skus;
      this.region = region;
      this.format = format;
      this.size = size;
    }

    int[] choose(SplittableRandom rng) {
      boolean convenience = format == ShopFormat.CONVENIENCE_STORE;
      int range = size.maxAssortment() - size.minAssortment();
      double u = rng.nextDouble();
      int target =
          size.minAssortment() + (int) Math.round(range * (convenience ? 0.6 * u : 0.4 + 0.6 * u));
      int supplierTarget = convenience ? 6 + rng.nextInt(9) : 12 + rng.nextInt(17);
      List<Integer> pool = new ArrayList<>();
      int taken = 0;
      for (SupplierDraft s : rankSuppliers(rng)) {
        if (taken >= supplierTarget && pool.size() >= 1.5 * target) {
          break;
        }
        pool.addAll(s.skus);
        taken++;
      }
      return pickSkus(pool, target, rng);
    }

    private List<SupplierDraft> rankSuppliers(SplittableRandom rng) {
      List<SupplierDraft> serving = new ArrayList<>();
      List<Double> keys = new ArrayList<>();
      for (SupplierDraft s : suppliers) {
        if (s.regions.contains(region)) {
          double affinity = 0;
          for (Category c : s.categories) {
            affinity = Math.max(affinity, c.affinity(format));
          }
          serving.add(s);
          keys.add(weightedKey(rng, s.sizeWeight * affinity));
        }
      }
      Integer[] order = sortedByKey(keys);
      List<SupplierDraft> ranked = new ArrayList<>(serving.size());
      for (int i : order) {
        ranked.add(serving.get(i));
      }
      return ranked;
    }

    private int[] pickSkus(List<Integer> pool, int target, SplittableRandom rng) {
      List<Double> keys = new ArrayList<>(pool.size());
      for (int sku : pool) {
        keys.add(weightedKey(rng, skus.popularity[sku] * skus.category[sku].affinity(format)));
      }
      Integer[] order = sortedByKey(keys);
      int n = Math.min(target, pool.size());
      int[] chosen = new int[n];
      for (int i = 0; i < n; i++) {
        chosen[i] = pool.get(order[i]);
      }
      Arrays.sort(chosen); // SKU indices run supplier by supplier, so this groups by supplier
      return chosen;
    }

    /** Efraimidis–Spirakis key: taking the largest keys samples without replacement by weight. */
    private static double weightedKey(SplittableRandom rng, double weight) {
      return Math.log(1.0 - rng.nextDouble()) / Math.max(weight, 1e-9);
    }

    private static Integer[] sortedByKey(List<Double> keys) {
      Integer[] order = new Integer[keys.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble((Integer i) -> keys.get(i)).reversed());
      return order;
    }
  }
}
