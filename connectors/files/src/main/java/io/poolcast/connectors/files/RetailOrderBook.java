package io.poolcast.connectors.files;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns invoices into shop-order events, in time order. A sale invoice becomes one PLACED order per
 * supplier ({@code <InvoiceNo>-<supplierId>}, lines of the same SKU merged). Each line of a
 * cancellation invoice reduces the same customer's most recent order, placed at or before it, that
 * still holds the StockCode; every order a cancellation invoice touched then gets one event with
 * the next version: AMENDED with the lines left, or CANCELLED when none is left.
 */
final class RetailOrderBook {
  private final RetailCatalogue catalogue;
  private final Map<String, CutoffCalendar> calendars = new HashMap<>();
  private final Map<String, List<OpenOrder>> byCustomerAndSku = new HashMap<>();
  private final List<ShopOrderEvent> events = new ArrayList<>();
  private long placedOrders;
  private long splitInvoices;
  private long matchedLines;
  private long unmatchedLines;
  private long cancelledUnits;
  private long unitsBeyondOrder;
  private long amendedEvents;
  private long cancelledEvents;
  private long eventsAfterRequestedDelivery;

  RetailOrderBook(RetailCatalogue catalogue, List<CutoffCalendar> calendars) {
    this.catalogue = catalogue;
    for (CutoffCalendar c : calendars) {
      this.calendars.put(key(c.supplierId(), c.regionId()), c);
    }
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }

  /** Places one sale invoice (all lines share invoice, customer, country and time). */
  void place(List<RetailRow> lines) {
    RetailRow head = lines.get(0);
    Map<String, List<RetailRow>> bySupplier = new TreeMap<>();
    for (RetailRow line : lines) {
      String supplier = catalogue.sku(line.stockCode()).supplierId();
      bySupplier.computeIfAbsent(supplier, s -> new ArrayList<>()).add(line);
    }
    if (bySupplier.size() > 1) {
      splitInvoices++;
    }
    Instant placedAt = UkTime.toInstant(head.invoiceTime());
    String regionId = CountryZones.regionIdOf(head.country());
    for (Map.Entry<String, List<RetailRow>> part : bySupplier.entrySet()) {
      CutoffCalendar calendar = calendars.get(key(part.getKey(), regionId));
      LocalDate requested = DeliveryDates.requestedDelivery(calendar, placedAt);
      OpenOrder order =
          new OpenOrder(
              head.invoiceNo() + "-" + part.getKey(),
              head.customerId(),
              part.getKey(),
              regionId,
              calendar.zoneId(),
              placedAt,
              requested);
      for (RetailRow line : part.getValue()) {
        Sku sku = catalogue.sku(line.stockCode());
        order.add(sku.sku(), line.quantity(), sku.listPriceCents());
        byCustomerAndSku
            .computeIfAbsent(key(head.customerId(), sku.sku()), k -> new ArrayList<>())
            .add(order);
      }
      events.add(order.event(OrderEventType.PLACED, placedAt));
      placedOrders++;
    }
  }

  /** Applies one cancellation invoice; unmatched lines are counted in {@code rejected}. */
  void cancel(List<RetailRow> lines, RejectedRows.Tally rejected) {
    Instant at = UkTime.toInstant(lines.get(0).invoiceTime());
    Set<OpenOrder> touched = new LinkedHashSet<>();
    for (RetailRow line : lines) {
      OpenOrder order = latestHolding(line.customerId(), line.stockCode(), at);
      if (order == null) {
        unmatchedLines++;
        rejected.add(
            RejectReason.UNMATCHED_CANCELLATION,
            line.lineNumber(),
            line.invoiceNo()
                + " cancels "
                + line.stockCode()
                + " of customer "
                + line.customerId()
                + ", which no earlier order holds");
        continue;
      }
      int wanted = -line.quantity();
      int removed = order.reduce(line.stockCode(), wanted);
      matchedLines++;
      cancelledUnits += removed;
      unitsBeyondOrder += wanted - removed;
      touched.add(order);
    }
    for (OpenOrder order : touched) {
      emitChange(order, at);
    }
  }

  private void emitChange(OpenOrder order, Instant at) {
    OrderEventType type = order.isEmpty() ? OrderEventType.CANCELLED : OrderEventType.AMENDED;
    order.version++;
    events.add(order.event(type, at));
    if (type == OrderEventType.CANCELLED) {
      cancelledEvents++;
    } else {
      amendedEvents++;
    }
    if (at.atZone(ZoneId.of(order.zoneId)).toLocalDate().isAfter(order.requested)) {
      eventsAfterRequestedDelivery++;
    }
  }

  private OpenOrder latestHolding(String customerId, String sku, Instant at) {
    List<OpenOrder> candidates = byCustomerAndSku.getOrDefault(key(customerId, sku), List.of());
    for (int i = candidates.size() - 1; i >= 0; i--) {
      OpenOrder order = candidates.get(i);
      if (!order.placedAt.isAfter(at) && order.holds(sku)) {
        return order;
      }
    }
    return null;
  }

  List<ShopOrderEvent> events() {
    return List.copyOf(events);
  }

  long placedOrders() {
    return placedOrders;
  }

  long splitInvoices() {
    return splitInvoices;
  }

  CancellationStats cancellationStats() {
    return new CancellationStats(
        matchedLines,
        unmatchedLines,
        cancelledUnits,
        unitsBeyondOrder,
        amendedEvents,
        cancelledEvents,
        eventsAfterRequestedDelivery);
  }

  /** An order as it currently stands. */
  private static final class OpenOrder {
    private final String orderId;
    private final String customerId;
    private final String supplierId;
    private final String regionId;
    private final String zoneId;
    private final Instant placedAt;
    private final LocalDate requested;
    private final Map<String, Integer> quantities = new LinkedHashMap<>();
    private final Map<String, Long> prices = new HashMap<>();
    private int version = 1;

    OpenOrder(
        String orderId,
        String customerId,
        String supplierId,
        String regionId,
        String zoneId,
        Instant placedAt,
        LocalDate requested) {
      this.orderId = orderId;
      this.customerId = customerId;
      this.supplierId = supplierId;
      this.regionId = regionId;
      this.zoneId = zoneId;
      this.placedAt = placedAt;
      this.requested = requested;
    }

    void add(String sku, int quantity, long priceCents) {
      quantities.merge(sku, quantity, Integer::sum);
      prices.put(sku, priceCents);
    }

    boolean holds(String sku) {
      return quantities.getOrDefault(sku, 0) > 0;
    }

    boolean isEmpty() {
      return quantities.isEmpty();
    }

    /** Removes up to {@code units} of the SKU; returns how many were removed. */
    int reduce(String sku, int units) {
      int held = quantities.get(sku);
      int removed = Math.min(held, units);
      if (held == removed) {
        quantities.remove(sku);
      } else {
        quantities.put(sku, held - removed);
      }
      return removed;
    }

    ShopOrderEvent event(OrderEventType type, Instant at) {
      List<OrderLine> lines = new ArrayList<>(quantities.size());
      quantities.forEach((sku, qty) -> lines.add(new OrderLine(sku, qty, prices.get(sku))));
      return new ShopOrderEvent(
          orderId + "-v" + version,
          orderId,
          version,
          type,
          RetailShops.shopId(customerId),
          supplierId,
          regionId,
          lines,
          at,
          requested,
          DeliveryDates.latestDelivery(requested));
    }
  }
}
