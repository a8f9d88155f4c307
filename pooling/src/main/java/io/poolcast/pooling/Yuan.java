package io.poolcast.pooling;

import java.math.BigDecimal;
import java.util.Locale;

/** How money and discounts read in shop messages. */
public final class Yuan {
  private Yuan() {}

  /**
   * Cents as whole yuan with thousands separators, rounded <i>up</i> so that "¥X more" is always
   * enough: 320 000 → "¥3,200", 320 001 → "¥3,201".
   */
  public static String atLeast(long cents) {
    long yuan = -Math.floorDiv(-cents, 100);
    return String.format(Locale.ROOT, "¥%,d", yuan);
  }

  /** Basis points as a percentage without trailing zeros: 300 → "3%", 250 → "2.5%". */
  public static String percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }
}
