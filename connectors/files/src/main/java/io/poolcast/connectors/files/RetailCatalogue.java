package io.poolcast.connectors.files;

import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Sku;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SKUs of the Online Retail world, one per upper-cased StockCode seen on an accepted sale line:
 * name = most frequent non-empty description (ties: first seen), category from that name, list
 * price = most frequent unit price in pence (ties: the lower price), pack size 1, launched on the
 * UK-local day of its first sale, and two quantity price tiers scaled by its median line quantity.
 */
final class RetailCatalogue {
  private final Map<String, Sku> skus;
  private final List<PriceTier> priceTiers;

  private RetailCatalogue(Map<String, Sku> skus, List<PriceTier> priceTiers) {
    this.skus = skus;
    this.priceTiers = priceTiers;
  }

  /** Builds the catalogue from accepted sale lines (positive quantity and price). */
  static RetailCatalogue of(List<RetailRow> saleRows) {
    Map<String, SkuStats> stats = new LinkedHashMap<>();
    for (RetailRow row : saleRows) {
      stats.computeIfAbsent(row.stockCode(), code -> new SkuStats()).add(row);
    }
    Map<String, Sku> skus = new TreeMap<>();
    List<PriceTier> tiers = new ArrayList<>();
    for (Map.Entry<String, SkuStats> entry : new TreeMap<>(stats).entrySet()) {
      Sku sku = entry.getValue().toSku(entry.getKey());
      skus.put(sku.sku(), sku);
      tiers.addAll(entry.getValue().priceTiers(entry.getKey()));
    }
    return new RetailCatalogue(skus, tiers);
  }

  Sku sku(String stockCode) {
    Sku sku = skus.get(stockCode);
    if (sku == null) {
      throw new IllegalArgumentException("no SKU " + stockCode);
    }
    return sku;
  }

  List<Sku> skus() {
    return List.copyOf(skus.values());
  }

  List<PriceTier> priceTiers() {
    return List.copyOf(priceTiers);
  }

  /** What the accepted sale lines of one StockCode say about it. */
  private static final class SkuStats {
    private final Map<String, Integer> descriptions = new LinkedHashMap<>();
    private final Map<Long, Integer> prices = new HashMap<>();
    private int[] quantities = new int[8];
    private int lines;
    private RetailRow first;

    void add(RetailRow row) {
      if (first == null || row.invoiceTime().isBefore(first.invoiceTime())) {
        first = row;
      }
      if (!row.description().isEmpty()) {
        descriptions.merge(row.description(), 1, Integer::sum);
      }
      prices.merge(row.unitPricePence(), 1, Integer::sum);
      if (lines == quantities.length) {
        quantities = Arrays.copyOf(quantities, lines * 2);
      }
      quantities[lines++] = row.quantity();
    }

    Sku toSku(String code) {
      String name = mostFrequentDescription(code);
      RetailCategory category = RetailCategory.of(name);
      return new Sku(
          code,
          category.supplier().supplierId(),
          category.id(),
          name,
          1,
          category.weightGrams(),
          category.volumeMl(),
          modalPrice(),
          first.invoiceTime().toLocalDate());
    }

    List<PriceTier> priceTiers(String code) {
      long median = medianQuantity();
      long tier1 = Math.max(2, RetailSupplyRules.TIER1_MEDIAN_MULTIPLE * median);
      long tier2 = Math.max(tier1 + 1, RetailSupplyRules.TIER2_MEDIAN_MULTIPLE * median);
      return List.of(
          new PriceTier(code, 1, tier1, RetailSupplyRules.TIER1_DISCOUNT_BP),
          new PriceTier(code, 2, tier2, RetailSupplyRules.TIER2_DISCOUNT_BP));
    }

    private String mostFrequentDescription(String code) {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> d : descriptions.entrySet()) {
        if (d.getValue() > bestCount) {
          best = d.getKey();
          bestCount = d.getValue();
        }
      }
      return best == null ? code : best;
    }

    private long modalPrice() {
      long best = -1;
      int bestCount = 0;
      for (Map.Entry<Long, Integer> p : prices.entrySet()) {
        boolean more = p.getValue() > bestCount;
        boolean tieLower = p.getValue() == bestCount && p.getKey() < best;
        if (more || tieLower) {
          best = p.getKey();
          bestCount = p.getValue();
        }
      }
      return best;
    }

    /** The lower median of the line quantities. */
    private long medianQuantity() {
      int[] sorted = Arrays.copyOf(quantities, lines);
      Arrays.sort(sorted);
      return sorted[(lines - 1) / 2];
    }
  }
}
