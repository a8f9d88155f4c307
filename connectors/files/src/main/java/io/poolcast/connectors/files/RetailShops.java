package io.poolcast.connectors.files;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shops of the Online Retail world, one per CustomerID with an accepted sale line: id {@code
 * ret-<CustomerID>}, region = the country of its first sale line, opened on the UK-local day of its
 * first sale. Customers whose yearly value (sum of quantity × unit price of accepted sale lines) is
 * at least the median over all customers are {@code COMMUNITY_SUPERMARKET}, the others {@code
 * CONVENIENCE_STORE}.
 */
final class RetailShops {
  static final String SHOP_PREFIX = "ret-";

  private final Map<String, Shop> byCustomer;
  private final long customersInSeveralCountries;

  private RetailShops(Map<String, Shop> byCustomer, long customersInSeveralCountries) {
    this.byCustomer = byCustomer;
    this.customersInSeveralCountries = customersInSeveralCountries;
  }

  static String shopId(String customerId) {
    return SHOP_PREFIX + customerId;
  }

  static RetailShops of(List<RetailRow> saleRows) {
    Map<String, CustomerStats> stats = new LinkedHashMap<>();
    for (RetailRow row : saleRows) {
      stats.computeIfAbsent(row.customerId(), id -> new CustomerStats(row)).add(row);
    }
    long median = medianValue(stats);
    Map<String, Shop> shops = new TreeMap<>();
    long several = 0;
    for (Map.Entry<String, CustomerStats> e : stats.entrySet()) {
      shops.put(e.getKey(), e.getValue().toShop(e.getKey(), median));
      several += e.getValue().severalCountries ? 1 : 0;
    }
    return new RetailShops(shops, several);
  }

  private static long medianValue(Map<String, CustomerStats> stats) {
    long[] values = stats.values().stream().mapToLong(s -> s.valuePence).toArray();
    if (values.length == 0) {
      return 0;
    }
    Arrays.sort(values);
    return values[(values.length - 1) / 2];
  }

  List<Shop> shops() {
    return List.copyOf(byCustomer.values());
  }

  long customersInSeveralCountries() {
    return customersInSeveralCountries;
  }

  /** What the accepted sale lines of one customer say about it. */
  private static final class CustomerStats {
    private final RetailRow first;
    private long valuePence;
    private boolean severalCountries;

    CustomerStats(RetailRow first) {
      this.first = first;
    }

    void add(RetailRow row) {
      valuePence += row.unitPricePence() * row.quantity();
      severalCountries |= !row.country().equals(first.country());
    }

    Shop toShop(String customerId, long medianValue) {
      ShopFormat format =
          valuePence >= medianValue
              ? ShopFormat.COMMUNITY_SUPERMARKET
              : ShopFormat.CONVENIENCE_STORE;
      return new Shop(
          shopId(customerId),
          "Customer " + customerId,
          CountryZones.regionIdOf(first.country()),
          format,
          first.invoiceTime().toLocalDate());
    }
  }
}
