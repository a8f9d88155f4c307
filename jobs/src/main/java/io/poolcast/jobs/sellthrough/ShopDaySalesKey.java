package io.poolcast.jobs.sellthrough;

import io.poolcast.jobs.flink.StageKey;
import io.poolcast.jobs.pooling.WorldSnapshot;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * The shop stage's key of a {@link ShopDaySales}: its shop's id in a STREAMING job, its shop's
 * number itself in a BATCH run ({@link ShopNumbers} numbers shops as {@link SaleNumbers} does).
 */
final class ShopDaySalesKey<K> implements KeySelector<ShopDaySales, K> {
  private static final long serialVersionUID = 1L;

  private final StageKey<K> key;
  private final WorldSnapshot world;
  private transient SaleNumbers numbers;

  ShopDaySalesKey(StageKey<K> key, WorldSnapshot world) {
    this.key = key;
    this.world = world;
  }

  @Override
  public K getKey(ShopDaySales sale) {
    if (numbers == null) {
      numbers = new SaleNumbers(world.world());
    }
    return key.of(sale.shop(), numbers::shopId);
  }
}
