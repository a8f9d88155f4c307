package io.poolcast.jobs.sellthrough;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.World;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The key of the shop stage ({@link ShopStockFunction}). A STREAMING job keys by the shop id, the
 * key its savepoints keep the state under. A BATCH run keys by the shop's number in the reference
 * data: BATCH sorts each keyed input by key, then timestamp, and compares only 16 bytes of a record
 * directly. A 4-byte number and the 8-byte timestamp fit in them; a string key does not, so every
 * comparison of two records of one shop (thousands of sales each) read both keys byte by byte
 * through the memory pages: 15 % of the sell-through backfill's CPU on the seed year.
 *
 * @param <K> the key's type
 */
public abstract sealed class ShopKey<K> implements Serializable
    permits ShopKey.ById, ShopKey.ByNumber {
  private static final long serialVersionUID = 1L;

  /** The key of a shop id. */
  abstract K of(String shopId);

  /** The shop id of a key; null for a key of no shop in the reference data. */
  abstract String shopId(K key);

  abstract TypeInformation<K> type();

  /** Keys by shop id, whatever the mode (tests of the function alone use it). */
  public static ShopKey<String> byId() {
    return new ById();
  }

  /** The key for {@code env}'s runtime mode. */
  static ShopKey<?> forMode(StreamExecutionEnvironment env, World world) {
    boolean batch =
        env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE) == RuntimeExecutionMode.BATCH;
    return batch ? new ByNumber(world.shops().stream().map(Shop::shopId).toList()) : byId();
  }

  KeySelector<PosSale, K> ofSales() {
    return new SaleShop<>(this);
  }

  KeySelector<ShopOrderEvent, K> ofOrders() {
    return new OrderShop<>(this);
  }

  static final class ById extends ShopKey<String> {
    private static final long serialVersionUID = 1L;

    @Override
    String of(String shopId) {
      return shopId;
    }

    @Override
    String shopId(String key) {
      return key;
    }

    @Override
    TypeInformation<String> type() {
      return Types.STRING;
    }
  }

  /** A shop's position in the reference data's list; -1 for a shop it does not list. */
  static final class ByNumber extends ShopKey<Integer> {
    private static final long serialVersionUID = 1L;

    private final List<String> shopIds;
    private transient Map<String, Integer> numbers;

    ByNumber(List<String> shopIds) {
      this.shopIds = List.copyOf(shopIds);
    }

    @Override
    Integer of(String shopId) {
      if (numbers == null) {
        numbers = new HashMap<>();
        for (int i = 0; i < shopIds.size(); i++) {
          numbers.put(shopIds.get(i), i);
        }
      }
      return numbers.getOrDefault(shopId, -1);
    }

    @Override
    String shopId(Integer key) {
      return key >= 0 && key < shopIds.size() ? shopIds.get(key) : null;
    }

    @Override
    TypeInformation<Integer> type() {
      return Types.INT;
    }
  }

  private static final class SaleShop<K> implements KeySelector<PosSale, K> {
    private static final long serialVersionUID = 1L;
    private final ShopKey<K> key;

    SaleShop(ShopKey<K> key) {
      this.key = key;
    }

    @Override
    public K getKey(PosSale sale) {
      return key.of(sale.shopId());
    }
  }

  private static final class OrderShop<K> implements KeySelector<ShopOrderEvent, K> {
    private static final long serialVersionUID = 1L;
    private final ShopKey<K> key;

    OrderShop(ShopKey<K> key) {
      this.key = key;
    }

    @Override
    public K getKey(ShopOrderEvent order) {
      return key.of(order.shopId());
    }
  }
}
