package io.poolcast.forecasting.daily;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demand series the forecast job keeps: a SKU in a region ({@link #REGION_SKU}) or in one shop
 * ({@link #SHOP_SKU}). Its {@link #id()} is the key the job partitions by and the series' {@code
 * unique_id}: {@code region|sku} or {@code region|shop|sku}.
 *
 * @param level {@link #REGION_SKU} or {@link #SHOP_SKU}
 * @param region region id
 * @param shop shop id; null at region level
 * @param sku SKU id
 */
public record SeriesKey(String level, String region, String shop, String sku) {
  public static final String REGION_SKU = "region_sku";
  public static final String SHOP_SKU = "shop_sku";

  public static SeriesKey regionSku(String region, String sku) {
    return new SeriesKey(REGION_SKU, region, null, sku);
  }

  public static SeriesKey shopSku(String region, String shop, String sku) {
    return new SeriesKey(SHOP_SKU, region, shop, sku);
  }

  /** The key of an {@link #id()}. */
  public static SeriesKey parse(String id) {
    String[] parts = id.split("\\|", -1);
    return switch (parts.length) {
      case 2 -> regionSku(parts[0], parts[1]);
      case 3 -> shopSku(parts[0], parts[1], parts[2]);
      default -> throw new IllegalArgumentException("not a series id: " + id);
    };
  }

  public boolean isShopLevel() {
    return SHOP_SKU.equals(level);
  }

  public String id() {
    return isShopLevel() ? region + "|" + shop + "|" + sku : region + "|" + sku;
  }

  /** The series' attributes for the forecasting library (level, region, shop, sku). */
  public Map<String, String> attributes() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("level", level);
    a.put("region", region);
    if (shop != null) {
      a.put("shop", shop);
    }
    a.put("sku", sku);
    return a;
  }
}
