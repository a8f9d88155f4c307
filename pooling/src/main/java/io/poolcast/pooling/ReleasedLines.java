package io.poolcast.pooling;

import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.OrderRelease;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The released part of a pool: the pooled lines for the supplier and the allocations per order and
 * SKU, both at one {@link PoolQuote}, so that per SKU the allocated quantities add up to the pooled
 * line and every allocation pays the line's unit price.
 */
record ReleasedLines(
    String poolId,
    Instant at,
    List<PooledOrderLine> lines,
    List<PoolAllocation> allocations,
    List<OrderRelease> orders) {

  /** Releases {@code orders} at tier prices ({@code tiered}) or at list. */
  static ReleasedLines build(
      PoolKey key,
      List<ShopOrderEvent> orders,
      PoolingReference ref,
      SupplierTerms terms,
      boolean tiered,
      ReleaseReason reason,
      Instant at) {
    return build(key, orders, PoolTotals.of(orders, ref), terms, tiered, reason, at);
  }

  /**
   * As {@link #build(PoolKey, List, PoolingReference, SupplierTerms, boolean, ReleaseReason,
   * Instant)}, with the orders' totals already summed.
   */
  static ReleasedLines build(
      PoolKey key,
      List<ShopOrderEvent> orders,
      PoolTotals totals,
      SupplierTerms terms,
      boolean tiered,
      ReleaseReason reason,
      Instant at) {
    PoolQuote quote = tiered ? PoolQuote.tiered(totals, terms) : PoolQuote.atList(totals, terms);
    long trucks = TruckPlans.of(totals, terms.supplier).trucks();
    String poolId = key.poolId(); // one string for all the release's rows, not one each
    List<PooledOrderLine> lines = new ArrayList<>();
    for (SkuTotal sku : totals.skus()) {
      PoolQuote.SkuPrice price = quote.price(sku.sku());
      lines.add(
          new PooledOrderLine(
              poolId,
              key.supplierId(),
              key.regionId(),
              key.deliveryDate(),
              sku.sku(),
              sku.category(),
              sku.quantity(),
              sku.listPriceCents(),
              price.unitPriceCents(),
              price.tier(),
              quote.categoryTier(),
              sku.shopCount(),
              sku.orderCount(),
              trucks,
              reason,
              at));
    }
    List<PoolAllocation> allocations = new ArrayList<>();
    List<OrderRelease> notes = new ArrayList<>();
    for (ShopOrderEvent order : sortedById(orders)) {
      notes.add(new OrderRelease(poolId, order.orderId(), order.shopId(), reason));
      for (Map.Entry<String, Long> q : quantitiesBySku(order).entrySet()) {
        SkuTotal sku = totals.sku(q.getKey()).orElseThrow();
        long unit = quote.price(sku.sku()).unitPriceCents();
        allocations.add(
            new PoolAllocation(
                poolId,
                order.orderId(),
                order.shopId(),
                sku.sku(),
                q.getValue(),
                sku.listPriceCents(),
                unit,
                PooledPrice.savingCents(sku.listPriceCents(), unit, q.getValue())));
      }
    }
    return new ReleasedLines(poolId, at, lines, allocations, notes);
  }

  Release toRelease(
      List<OrderRelease> moreOrders,
      List<RolledOverOrder> rolledOver,
      List<OrderRejection> rejections,
      String detail) {
    List<OrderRelease> all = new ArrayList<>(orders);
    all.addAll(moreOrders);
    return new Release(poolId, true, at, lines, allocations, all, rolledOver, rejections, detail);
  }

  private static List<ShopOrderEvent> sortedById(List<ShopOrderEvent> orders) {
    List<ShopOrderEvent> sorted = new ArrayList<>(orders);
    sorted.sort((a, b) -> a.orderId().compareTo(b.orderId()));
    return sorted;
  }

  /** An order may list a SKU twice; the allocation is per SKU. */
  private static Map<String, Long> quantitiesBySku(ShopOrderEvent order) {
    Map<String, Long> bySku = new TreeMap<>();
    for (OrderLine line : order.lines()) {
      bySku.merge(line.sku(), (long) line.quantity(), Long::sum);
    }
    return bySku;
  }
}
