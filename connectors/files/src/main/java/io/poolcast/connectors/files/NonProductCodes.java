package io.poolcast.connectors.files;

import java.util.Locale;
import java.util.Set;

/**
 * StockCodes of the Online Retail file that are not goods: postage ({@code POST}, {@code DOT},
 * {@code C2} carriage), manual entries ({@code M}), discounts ({@code D}), samples ({@code S}),
 * bad-debt adjustments ({@code B}), bank and Amazon fees, charity ({@code CRUK}) and gift vouchers
 * ({@code gift_0001_*}). They are fees or accounting lines, not orderable SKUs.
 */
public final class NonProductCodes {
  static final Set<String> CODES =
      Set.of("POST", "DOT", "M", "C2", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK");
  static final String VOUCHER_PREFIX = "GIFT_";

  private NonProductCodes() {}

  public static boolean isNonProduct(String stockCode) {
    String code = stockCode.trim().toUpperCase(Locale.ROOT);
    return CODES.contains(code) || code.startsWith(VOUCHER_PREFIX);
  }
}
