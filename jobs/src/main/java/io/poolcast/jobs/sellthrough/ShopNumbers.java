package io.poolcast.jobs.sellthrough;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.StageKey;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The shop stage's BATCH key ({@link StageKey}): a shop's position in the reference data's list of
 * shops; -1 for a shop it does not list (the stage refuses its events, so no state is kept under
 * it).
 */
final class ShopNumbers extends StageKey<Integer> {
  private static final long serialVersionUID = 1L;

  private final List<String> shopIds;
  private transient Map<String, Integer> numbers;

  ShopNumbers(List<String> shopIds) {
    this.shopIds = List.copyOf(shopIds);
  }

  static ShopNumbers of(World world) {
    return new ShopNumbers(world.shops().stream().map(Shop::shopId).toList());
  }

  @Override
  public Integer of(String shopId) {
    if (numbers == null) {
      numbers = positions(shopIds);
    }
    return numbers.getOrDefault(shopId, -1);
  }

  /** The number itself: a shop's position in the reference data's list, as this key numbers it. */
  @Override
  public Integer of(int number, IntFunction<String> ids) {
    return number;
  }

  /** The shop id of a number; null for -1, a shop the reference data does not list. */
  @Override
  public String id(Integer key) {
    return key >= 0 && key < shopIds.size() ? shopIds.get(key) : null;
  }

  @Override
  public TypeInformation<Integer> type() {
    return Types.INT;
  }
}
