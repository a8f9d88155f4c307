package io.poolcast.pooling;

import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Sku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of orders adds up to: units, list value, categories, weight and volume, per SKU and in
 * total.
 *
 * <p>Prices come from the reference (the supplier's price list), not from the order lines: all
 * orders of a pool buy a SKU at one list price, so pooled lines and allocations add up to the cent.
 * A SKU the reference no longer knows falls back to the line's own list price, no category and no
 * weight.
 */
public final class PoolTotals {
  private final Map<String, SkuTotal> bySku;
  private final long units;
  private final long listValueCents;
  private final int categoryCount;
  private final long weightGrams;
  private final long volumeMl;
  private final int orderCount;
  private final int shopCount;

  private PoolTotals(List<ShopOrderEvent> orders, PoolingReference ref) {
    Map<String, Tally> tallies = new TreeMap<>();
    Set<String> shops = new HashSet<>();
    for (ShopOrderEvent order : orders) {
      shops.add(order.shopId());
      for (OrderLine line : order.lines()) {
        tallies.computeIfAbsent(line.sku(), sku -> Tally.of(line, ref.sku(sku))).add(order, line);
      }
    }
    Map<String, SkuTotal> totals = new TreeMap<>();
    Set<String> categories = new TreeSet<>();
    long unitSum = 0;
    long valueSum = 0;
    long grams = 0;
    long ml = 0;
    for (Tally t : tallies.values()) {
      SkuTotal total = t.total();
      totals.put(total.sku(), total);
      categories.add(total.category());
      unitSum += total.quantity();
      valueSum = Math.addExact(valueSum, total.listValueCents());
      grams = Math.addExact(grams, (long) t.weightGrams * total.quantity());
      ml = Math.addExact(ml, (long) t.volumeMl * total.quantity());
    }
    this.bySku = totals;
    this.units = unitSum;
    this.listValueCents = valueSum;
    this.categoryCount = categories.size();
    this.weightGrams = grams;
    this.volumeMl = ml;
    this.orderCount = orders.size();
    this.shopCount = shops.size();
  }

  /** Totals of these orders (cancelled orders must be left out by the caller). */
  public static PoolTotals of(List<ShopOrderEvent> orders, PoolingReference ref) {
    return new PoolTotals(orders, ref);
  }

  /** Per SKU, sorted by SKU id. */
  public List<SkuTotal> skus() {
    return new ArrayList<>(bySku.values());
  }

  public Optional<SkuTotal> sku(String skuId) {
    return Optional.ofNullable(bySku.get(skuId));
  }

  public long units() {
    return units;
  }

  public long listValueCents() {
    return listValueCents;
  }

  public int categoryCount() {
    return categoryCount;
  }

  public long weightGrams() {
    return weightGrams;
  }

  public long volumeMl() {
    return volumeMl;
  }

  public int orderCount() {
    return orderCount;
  }

  public int shopCount() {
    return shopCount;
  }

  /** Running sums of one SKU while the orders are read. */
  private static final class Tally {
    private final String sku;
    private final String category;
    private final long listPriceCents;
    private final int weightGrams;
    private final int volumeMl;
    private final Set<String> shops = new HashSet<>();
    private final Set<String> orders = new HashSet<>();
    private long quantity;

    private Tally(String sku, String category, long listPriceCents, int weightGrams, int volumeMl) {
      this.sku = sku;
      this.category = category;
      this.listPriceCents = listPriceCents;
      this.weightGrams = weightGrams;
      this.volumeMl = volumeMl;
    }

    static Tally of(OrderLine line, Optional<Sku> known) {
      return known
          .map(
              s ->
                  new Tally(
                      s.sku(), s.category(), s.listPriceCents(), s.weightGrams(), s.volumeMl()))
          .orElseGet(() -> new Tally(line.sku(), "", line.listPriceCents(), 0, 0));
    }

    void add(ShopOrderEvent order, OrderLine line) {
      quantity += line.quantity();
      shops.add(order.shopId());
      orders.add(order.orderId());
    }

    SkuTotal total() {
      return new SkuTotal(sku, category, listPriceCents, quantity, shops.size(), orders.size());
    }
  }
}
