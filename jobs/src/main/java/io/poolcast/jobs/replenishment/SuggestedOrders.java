package io.poolcast.jobs.replenishment;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * A shop's suggestions of one day turned into shop orders: one {@link OrderEventType#PLACED} order
 * per supplier with a line per SKU to order (cases > 0), lines sorted by SKU, at the SKU's list
 * price. The order id is {@code r-<shop>-<supplier>-<yyyymmdd>} (the world's own orders are {@code
 * o-…}), so a replay makes the same ids and the pooling job sees a duplicate, not a second order.
 * Ordered at the close of the day for the delivery day of the supplier's calendar, which is also
 * the latest accepted: the suggestion counted on that day.
 */
public final class SuggestedOrders {
  /** Starts the id of every suggested order, and of no order of the world's own. */
  public static final String ID_PREFIX = "r-";

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  private SuggestedOrders() {}

  /**
   * @param suggestions one shop's suggestions of one day (any supplier; zero-case ones are skipped)
   * @param listPriceCents list price of a case of the SKU
   * @return one order per day and supplier with something to order, sorted by day and supplier
   */
  public static List<ShopOrderEvent> place(
      List<ReplenishmentSuggestion> suggestions, ToLongFunction<String> listPriceCents) {
    Map<String, List<ReplenishmentSuggestion>> bySupplier = new TreeMap<>();
    for (ReplenishmentSuggestion s : suggestions) {
      if (s.cases() > 0) {
        bySupplier.computeIfAbsent(s.date() + "|" + s.supplierId(), k -> new ArrayList<>()).add(s);
      }
    }
    List<ShopOrderEvent> orders = new ArrayList<>();
    bySupplier.forEach((daySupplier, lines) -> orders.add(order(lines, listPriceCents)));
    return orders;
  }

  private static ShopOrderEvent order(
      List<ReplenishmentSuggestion> lines, ToLongFunction<String> listPriceCents) {
    ReplenishmentSuggestion first = lines.get(0);
    String orderId = orderId(first);
    List<OrderLine> orderLines =
        lines.stream()
            .sorted(Comparator.comparing(ReplenishmentSuggestion::sku))
            .map(s -> new OrderLine(s.sku(), s.cases(), listPriceCents.applyAsLong(s.sku())))
            .toList();
    return new ShopOrderEvent(
        orderId + "-v1",
        orderId,
        1,
        OrderEventType.PLACED,
        first.shopId(),
        first.supplierId(),
        first.regionId(),
        orderLines,
        first.eventTime(),
        first.deliveryDate(),
        first.deliveryDate());
  }

  /** {@code r-<shop>-<supplier>-<yyyymmdd>} of the suggestion's day. */
  static String orderId(ReplenishmentSuggestion s) {
    return ID_PREFIX + s.shopId() + "-" + s.supplierId() + "-" + COMPACT.format(s.date());
  }
}
