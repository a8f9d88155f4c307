package io.poolcast.connectors.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/** The names of PoolCast's topics and the partition counts they are created with. */
public final class Topics {
  public static final String SHOP_ORDERS = "poolcast.shop-orders";
  public static final String POS_SALES = "poolcast.pos-sales";
  public static final String DEAD_LETTERS = "poolcast.dead-letters";
  public static final String REGION_DAILY_ORDERS = "poolcast.region-daily-orders";
  public static final String POOLED_ORDERS = "poolcast.pooled-orders";
  public static final String POOL_ALLOCATIONS = "poolcast.pool-allocations";
  public static final String POOL_PROGRESS = "poolcast.pool-progress";
  public static final String SELL_THROUGH = "poolcast.sell-through";
  public static final String INSIGHTS = "poolcast.insights";
  public static final String FORECASTS = "poolcast.forecasts";
  public static final String REPLENISHMENT_SUGGESTIONS = "poolcast.replenishment-suggestions";

  /** Partitions of input and output topics: enough for the demo's parallelism. */
  public static final int DEFAULT_PARTITIONS = 4;

  private Topics() {}

  /**
   * Every topic with its partition count, in a stable order. Dead letters get one partition so they
   * read back in the order they were written.
   */
  public static Map<String, Integer> defaults() {
    Map<String, Integer> topics = new LinkedHashMap<>();
    topics.put(SHOP_ORDERS, DEFAULT_PARTITIONS);
    topics.put(POS_SALES, DEFAULT_PARTITIONS);
    topics.put(DEAD_LETTERS, 1);
    topics.put(REGION_DAILY_ORDERS, DEFAULT_PARTITIONS);
    topics.put(POOLED_ORDERS, DEFAULT_PARTITIONS);
    topics.put(POOL_ALLOCATIONS, DEFAULT_PARTITIONS);
    topics.put(POOL_PROGRESS, DEFAULT_PARTITIONS);
    topics.put(SELL_THROUGH, DEFAULT_PARTITIONS);
    topics.put(INSIGHTS, DEFAULT_PARTITIONS);
    topics.put(FORECASTS, DEFAULT_PARTITIONS);
    topics.put(REPLENISHMENT_SUGGESTIONS, DEFAULT_PARTITIONS);
    return java.util.Collections.unmodifiableMap(topics);
  }
}
