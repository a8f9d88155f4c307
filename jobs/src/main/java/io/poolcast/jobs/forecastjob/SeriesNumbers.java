package io.poolcast.jobs.forecastjob;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.jobs.flink.StageKey;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The forecast's BATCH series key ({@link StageKey}): a series id as one number, its region, shop
 * and SKU by their positions in the reference data, 16 + 24 + 24 bits (shop 0 for a region × SKU
 * series, else the shop's position + 1). Exact both ways: the job keys only sales of known regions,
 * shops and SKUs ({@link SaleToSeriesFunction} refuses the others).
 */
final class SeriesNumbers extends StageKey<Long> {
  private static final long serialVersionUID = 1L;
  private static final int BITS = 24;
  private static final long MASK = (1L << BITS) - 1;

  private final List<String> regions;
  private final List<String> shops;
  private final List<String> skus;
  private transient Map<String, Integer> regionNumbers;
  private transient Map<String, Integer> shopNumbers;
  private transient Map<String, Integer> skuNumbers;

  SeriesNumbers(List<String> regions, List<String> shops, List<String> skus) {
    if (regions.size() > 1 << 16 || shops.size() >= MASK || skus.size() > MASK) {
      throw new IllegalArgumentException(
          "too many regions, shops or SKUs to number series: "
              + regions.size()
              + ", "
              + shops.size()
              + ", "
              + skus.size());
    }
    this.regions = List.copyOf(regions);
    this.shops = List.copyOf(shops);
    this.skus = List.copyOf(skus);
  }

  static SeriesNumbers of(World world) {
    return new SeriesNumbers(
        world.regions().stream().map(Region::regionId).toList(),
        world.shops().stream().map(Shop::shopId).toList(),
        world.skus().stream().map(Sku::sku).toList());
  }

  @Override
  public Long of(String seriesId) {
    if (regionNumbers == null) {
      regionNumbers = positions(regions);
      shopNumbers = positions(shops);
      skuNumbers = positions(skus);
    }
    SeriesKey key = SeriesKey.parse(seriesId);
    long region = number(regionNumbers, key.region(), seriesId);
    long shop = key.isShopLevel() ? number(shopNumbers, key.shop(), seriesId) + 1 : 0;
    return region << (2 * BITS) | shop << BITS | number(skuNumbers, key.sku(), seriesId);
  }

  @Override
  public String id(Long key) {
    String region = regions.get((int) (key >>> (2 * BITS)));
    int shop = (int) ((key >>> BITS) & MASK);
    String sku = skus.get((int) (key & MASK));
    return shop == 0
        ? SeriesKey.regionSku(region, sku).id()
        : SeriesKey.shopSku(region, shops.get(shop - 1), sku).id();
  }

  @Override
  public TypeInformation<Long> type() {
    return Types.LONG;
  }

  private static long number(Map<String, Integer> numbers, String id, String seriesId) {
    Integer n = numbers.get(id);
    if (n == null) { // SaleToSeriesFunction lets no such sale through
      throw new IllegalStateException("series of unknown reference data: " + seriesId);
    }
    return n;
  }
}
