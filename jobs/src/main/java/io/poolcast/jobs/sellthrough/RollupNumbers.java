package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.StageKey;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Roll-up series and days as numbers, for a BATCH run: {@link ContributionCombiner} adds up a shop
 * stage subtask's contributions by them, and the classes' stage is keyed by their supplier × region
 * as a number ({@link #groups}), so that Flink's sort compares a key whole in its 8-byte prefix (a
 * string key ties there and is then compared byte by byte, see {@link StageKey}). A series and day
 * ({@link SeriesDayKey}), from the high bits: the level (2 bits), the region (14), the SKU,
 * category or supplier (28) and the epoch day (20), each by its position in the reference data.
 * Exact: a region × SKU series' supplier and category follow from its SKU, and the other two levels
 * have no SKU. Contributions come from the shop stage, which refuses events of shops and SKUs the
 * reference data does not list.
 */
final class RollupNumbers implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DAY_BITS = 20;
  private static final int ITEM_BITS = 28;
  private static final int REGION_BITS = 14;

  private final List<String> regions;
  private final List<String> skus;
  private final List<String> skuSuppliers;
  private final List<String> skuCategories;
  private final List<String> categories;
  private final List<String> suppliers;
  private transient Map<String, Integer> regionNumbers;
  private transient Map<String, Integer> skuNumbers;
  private transient Map<String, Integer> categoryNumbers;
  private transient Map<String, Integer> supplierNumbers;

  RollupNumbers(
      List<String> regions, List<Sku> skus, List<String> categories, List<String> suppliers) {
    // Plain id lists: a key selector is serialized into the job, and reference records are not.
    if (regions.size() > 1 << REGION_BITS
        || Math.max(skus.size(), Math.max(categories.size(), suppliers.size())) > 1 << ITEM_BITS) {
      throw new IllegalArgumentException(
          "too many regions, SKUs, categories or suppliers to number roll-ups");
    }
    this.regions = List.copyOf(regions);
    this.skus = skus.stream().map(Sku::sku).toList();
    this.skuSuppliers = skus.stream().map(Sku::supplierId).toList();
    this.skuCategories = skus.stream().map(Sku::category).toList();
    this.categories = List.copyOf(categories);
    this.suppliers = List.copyOf(suppliers);
  }

  static RollupNumbers of(World world) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> suppliers = new LinkedHashSet<>();
    world.suppliers().forEach(s -> suppliers.add(s.supplierId()));
    for (Sku sku : world.skus()) {
      categories.add(sku.category());
      suppliers.add(sku.supplierId());
    }
    return new RollupNumbers(
        world.regions().stream().map(Region::regionId).toList(),
        world.skus(),
        List.copyOf(categories),
        List.copyOf(suppliers));
  }

  /** The number of a contribution's series and day. */
  long number(SellThroughRow row) {
    numberIds();
    long item =
        switch (row.level()) {
          case SellThroughRow.REGION_SKU -> number(skuNumbers, row.sku(), row);
          case SellThroughRow.REGION_CATEGORY -> number(categoryNumbers, row.category(), row);
          case SellThroughRow.SUPPLIER -> number(supplierNumbers, row.supplierId(), row);
          default -> throw new IllegalStateException("not a roll-up: " + row);
        };
    long level = SellThroughTally.ROLLUPS.indexOf(row.level());
    long region = number(regionNumbers, row.regionId(), row);
    long day = row.date().toEpochDay();
    if (day < 0 || day >= 1L << DAY_BITS) {
      throw new IllegalStateException("day out of the roll-up key's range: " + row);
    }
    return level << (REGION_BITS + ITEM_BITS + DAY_BITS)
        | region << (ITEM_BITS + DAY_BITS)
        | item << DAY_BITS
        | day;
  }

  /**
   * The BATCH key of the classes' stage ({@link MoverClassFunction#rollingUp}): a roll-up's
   * supplier × region ({@link SupplierRegionKey}) as a number, the region in the high half. Region
   * × category rows, which belong to no one supplier, take the number after the last supplier's.
   */
  KeySelector<SellThroughRow, Long> groups() {
    return new Groups(this);
  }

  long group(SellThroughRow row) {
    numberIds();
    long region = number(regionNumbers, row.regionId(), row);
    long supplier =
        row.supplierId() == null
            ? suppliers.size()
            : number(supplierNumbers, row.supplierId(), row);
    return region << Integer.SIZE | supplier;
  }

  private void numberIds() {
    if (regionNumbers == null) {
      regionNumbers = StageKey.positions(regions);
      skuNumbers = StageKey.positions(skus);
      categoryNumbers = StageKey.positions(categories);
      supplierNumbers = StageKey.positions(suppliers);
    }
  }

  private static final class Groups implements KeySelector<SellThroughRow, Long> {
    private static final long serialVersionUID = 1L;
    private final RollupNumbers numbers;

    Groups(RollupNumbers numbers) {
      this.numbers = numbers;
    }

    @Override
    public Long getKey(SellThroughRow row) {
      return numbers.group(row);
    }
  }

  /** The series and day of a number: the inverse of {@link #number}. */
  Series series(long number) {
    int level = (int) (number >>> (REGION_BITS + ITEM_BITS + DAY_BITS));
    String region = regions.get((int) (number >>> (ITEM_BITS + DAY_BITS)) & mask(REGION_BITS));
    int item = (int) (number >>> DAY_BITS) & mask(ITEM_BITS);
    LocalDate date = LocalDate.ofEpochDay(number & mask(DAY_BITS));
    return switch (SellThroughTally.ROLLUPS.get(level)) {
      case SellThroughRow.REGION_SKU ->
          new Series(
              SellThroughRow.REGION_SKU,
              region,
              skuSuppliers.get(item),
              skuCategories.get(item),
              skus.get(item),
              date);
      case SellThroughRow.REGION_CATEGORY ->
          new Series(
              SellThroughRow.REGION_CATEGORY, region, null, categories.get(item), null, date);
      default -> new Series(SellThroughRow.SUPPLIER, region, suppliers.get(item), null, null, date);
    };
  }

  /** A roll-up series and day: what a roll-up number stands for. */
  record Series(
      String level,
      String regionId,
      String supplierId,
      String category,
      String sku,
      LocalDate date) {}

  private static int mask(int bits) {
    return (1 << bits) - 1;
  }

  private static long number(Map<String, Integer> numbers, String id, SellThroughRow row) {
    Integer n = numbers.get(id);
    if (n == null) { // the shop stage lets no event of unknown reference data through
      throw new IllegalStateException("roll-up of unknown reference data: " + row);
    }
    return n;
  }
}
