package io.poolcast.world;

import java.util.SplittableRandom;

/** Plausible display names for suppliers and shops. Only for people reading the data. */
final class Names {
  private static final String[] FIRST = {
    "Hua", "Jin", "Xin", "Tian", "Kang", "Fu", "Da", "Long", "Mei", "Heng", "Yong", "Sheng", "Bai",
    "Hong", "Rui", "Jia"
  };
  private static final String[] SECOND = {
    "mei", "feng", "yuan", "tai", "xing", "li", "sheng", "da", "he", "an", "run", "kang"
  };
  private static final String[] SUFFIX = {
    "Foods", "Trading", "Beverage Co.", "Supply Chain", "Distribution", "Consumer Goods"
  };

  private Names() {}

  static String supplier(SplittableRandom rng) {
    return FIRST[rng.nextInt(FIRST.length)]
        + SECOND[rng.nextInt(SECOND.length)]
        + " "
        + SUFFIX[rng.nextInt(SUFFIX.length)];
  }

  static String sku(Category category, int number, int packSize) {
    String label = category.id().replace('_', ' ');
    return Character.toUpperCase(label.charAt(0))
        + label.substring(1)
        + " item "
        + number
        + " ("
        + packSize
        + "x)";
  }
}
