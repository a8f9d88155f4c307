package io.poolcast.world;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;

/**
 * Everything the generator fixes about a shop up front: its assortment and habits.
 *
 * @param index position in the world's shop list
 * @param shop the reference record
 * @param region index of its region
 * @param assortment SKU indices it lists, grouped by supplier
 * @param baseRate consumer units per day each listed SKU sells on a plain day, before calendar
 *     effects (the true level, which the shop does not know exactly)
 * @param guessNoise how far the shop's first estimate of each SKU's rate is off (multiplier)
 * @param safetyFactor z of the shop's reorder point: higher means fewer stock-outs
 * @param orderMinute habitual minute of the day it places its orders
 * @param openMinute opening time, minutes after midnight
 * @param closeMinute closing time, minutes after midnight (1440 for shops open all night)
 * @param festivalClosureDays days from lunar new year's day it stays closed (0 = stays open)
 */
record ShopPlan(
    int index,
    Shop shop,
    int region,
    int[] assortment,
    float[] baseRate,
    float[] guessNoise,
    double safetyFactor,
    int orderMinute,
    int openMinute,
    int closeMinute,
    int festivalClosureDays) {

  ShopFormat format() {
    return shop.format();
  }

  long openDay() {
    return shop.openedOn().toEpochDay();
  }
}
