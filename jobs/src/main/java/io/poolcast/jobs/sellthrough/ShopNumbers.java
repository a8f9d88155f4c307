package io.poolcast.jobs.sellthrough;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.ListedIds;
import io.poolcast.jobs.flink.StageKey;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The shop stage's BATCH key ({@link StageKey}): a shop's position in the reference data's list of
 * shops; -1 for a shop it does not list (the stage refuses its events, so no state is kept under
 * it).
 */
final class ShopNumbers extends ListedIds {
  private static final long serialVersionUID = 1L;

  ShopNumbers(List<String> shopIds) {
    super(shopIds);
  }

  static ShopNumbers of(World world) {
    return new ShopNumbers(world.shops().stream().map(Shop::shopId).toList());
  }

  /** The number itself: a shop's position in the reference data's list, as this key numbers it. */
  @Override
  public Integer of(int number, IntFunction<String> ids) {
    return number;
  }
}
