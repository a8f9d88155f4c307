package io.poolcast.pooling;

import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The figures a platform planner asks of a pooling run: how many orders were pooled into how many
 * pools, how much of the order value reached a tier, what shops saved (in total and per region),
 * how many trucks at what fill, and what was refused and why.
 *
 * @param orders distinct orders with an allocation
 * @param pools released pools with at least one line
 * @param listValueCents pooled value at list price
 * @param pooledValueCents pooled value at the pooled prices
 * @param savingCents what the shops saved
 * @param tieredValueShare share of list value in lines that reached a quantity or category tier
 * @param savingCentsByRegion savings per region
 * @param trucks trucks over all pools
 * @param averageFill mean fill of a pool's trucks (binding dimension), 0..1
 * @param refusals refused order events by reason (from dead letters)
 * @param currency the ISO 4217 currency of the pooled suppliers, or {@link #MIXED} when they price
 *     in several (the sums then add minor units of different currencies and say so)
 */
public record PoolingReport(
    long orders,
    long pools,
    long listValueCents,
    long pooledValueCents,
    long savingCents,
    double tieredValueShare,
    Map<String, Long> savingCentsByRegion,
    long trucks,
    double averageFill,
    Map<String, Long> refusals,
    String currency) {
  /** The currency of a report over suppliers pricing in several currencies. */
  public static final String MIXED = "mixed";

  public static PoolingReport of(
      List<PooledOrderLine> lines,
      List<PoolAllocation> allocations,
      Map<String, Long> refusals,
      PoolingReference ref) {
    long list = 0;
    long pooled = 0;
    long tiered = 0;
    Map<String, Long> savings = new TreeMap<>();
    Map<String, List<PooledOrderLine>> byPool = new LinkedHashMap<>();
    for (PooledOrderLine l : lines) {
      long lineList = l.listPriceCents() * l.quantity();
      list += lineList;
      pooled += l.valueCents();
      tiered += l.tier() > 0 || l.categoryTier() > 0 ? lineList : 0;
      savings.merge(l.region(), lineList - l.valueCents(), Long::sum);
      byPool.computeIfAbsent(l.poolId(), k -> new ArrayList<>()).add(l);
    }
    long trucks = 0;
    double fill = 0;
    for (List<PooledOrderLine> pool : byPool.values()) {
      TruckPlan plan = truckPlan(pool, ref);
      trucks += plan.trucks();
      fill += plan.fill();
    }
    Set<String> currencies = new TreeSet<>();
    byPool.keySet().forEach(id -> currencies.add(currencyOf(byPool.get(id), ref)));
    Set<String> orders = new HashSet<>();
    allocations.forEach(a -> orders.add(a.orderId()));
    return new PoolingReport(
        orders.size(),
        byPool.size(),
        list,
        pooled,
        list - pooled,
        list == 0 ? 0 : (double) tiered / list,
        savings,
        trucks,
        byPool.isEmpty() ? 0 : fill / byPool.size(),
        new TreeMap<>(refusals),
        currencies.isEmpty()
            ? Supplier.DEFAULT_CURRENCY
            : currencies.size() == 1 ? currencies.iterator().next() : MIXED);
  }

  private static String currencyOf(List<PooledOrderLine> pool, PoolingReference ref) {
    return ref.supplierOrUnlimited(pool.get(0).supplierId()).currency();
  }

  private static TruckPlan truckPlan(List<PooledOrderLine> pool, PoolingReference ref) {
    long grams = 0;
    long ml = 0;
    for (PooledOrderLine l : pool) {
      Sku sku = ref.sku(l.sku()).orElse(null);
      if (sku != null) {
        grams += (long) sku.weightGrams() * l.quantity();
        ml += (long) sku.volumeMl() * l.quantity();
      }
    }
    Supplier supplier = ref.supplierOrUnlimited(pool.get(0).supplierId());
    return TruckPlan.of(grams, ml, supplier.truckCapacityKg(), supplier.truckCapacityLitres());
  }

  /** The report as console lines. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT, "  %,d orders pooled into %,d regional batch orders%n", orders, pools));
    if (MIXED.equals(currency)) {
      s.append("  suppliers price in several currencies: money below adds their minor units\n");
    }
    s.append(
        String.format(
            Locale.ROOT,
            "  list value %s, pooled value %s: shops saved %s (%.2f%%)%n",
            Money.atLeast(listValueCents, currency),
            Money.atLeast(pooledValueCents, currency),
            Money.atLeast(savingCents, currency),
            listValueCents == 0 ? 0 : 100.0 * savingCents / listValueCents));
    s.append(
        String.format(
            Locale.ROOT,
            "  %.1f%% of the order value reached a price or category tier%n",
            100 * tieredValueShare));
    s.append(
        String.format(
            Locale.ROOT, "  %,d trucks, average fill %.0f%%%n", trucks, 100 * averageFill));
    s.append("  savings per region: ")
        .append(
            savingCentsByRegion.entrySet().stream()
                .map(e -> e.getKey() + " " + Money.atLeast(e.getValue(), currency))
                .collect(Collectors.joining(", ")))
        .append(System.lineSeparator());
    long refused = refusals.values().stream().mapToLong(Long::longValue).sum();
    s.append(
        String.format(Locale.ROOT, "  late or refused order events: %,d %s%n", refused, refusals));
    return s.toString();
  }
}
