package io.poolcast.pooling;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** How money and discounts read in shop messages and reports, in the supplier's currency. */
public final class Money {
  private static final Map<String, String> LOCAL_SYMBOLS =
      Map.of("CNY", "¥", "GBP", "£", "EUR", "€", "USD", "$", "JPY", "¥", "HKD", "HK$");

  private Money() {}

  /**
   * Minor units (cents, fen, pence) as whole major units with thousands separators, rounded
   * <i>up</i> so that "¥X more" is always enough: CNY 320 000 → "¥3,200", 320 001 → "¥3,201"; GBP
   * 320 000 → "£3,200". A currency without minor units (JPY) is not divided.
   *
   * @param currency ISO 4217 code; an unknown code is printed as it is ("XYZ 3,200")
   */
  public static String atLeast(long minorUnits, String currency) {
    int digits = fractionDigits(currency);
    long unit = BigDecimal.TEN.pow(digits).longValueExact();
    long major = -Math.floorDiv(-minorUnits, unit);
    return String.format(Locale.ROOT, "%s%,d", symbol(currency), major);
  }

  /** Basis points as a percentage without trailing zeros: 300 → "3%", 250 → "2.5%". */
  public static String percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }

  private static int fractionDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      return 2;
    }
  }

  /**
   * The symbol shops of the currency's own country read. Java's ROOT locale prints "CN¥" and "£"
   * but the locale-by-locale lookup depends on the JDK's locale order, so the platform's currencies
   * are named here; others take the ROOT symbol ("CA$") or their code.
   */
  static String symbol(String currency) {
    String known = LOCAL_SYMBOLS.get(currency);
    if (known != null) {
      return known;
    }
    try {
      String root = Currency.getInstance(currency).getSymbol(Locale.ROOT);
      return root.equals(currency) ? currency + " " : root;
    } catch (IllegalArgumentException | NullPointerException e) {
      return currency + " ";
    }
  }
}
