package io.poolcast.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows are ordered by series and day, a missing key first; the figures do not count. */
class SellThroughRowTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  @Test
  void ordersBySeriesThenDay() {
    SellThroughRow category = row("region_category", null, null, "drinks", null, DAY, 9);
    SellThroughRow shopA = row("shop_sku", "shop-1", "sup-1", "drinks", "cola", DAY, 1);
    SellThroughRow shopANextDay =
        row("shop_sku", "shop-1", "sup-1", "drinks", "cola", DAY.plusDays(1), 0);
    SellThroughRow shopB = row("shop_sku", "shop-2", "sup-1", "drinks", "chips", DAY, 5);
    SellThroughRow regionSku = row("region_sku", null, "sup-1", "drinks", "cola", DAY, 3);
    List<SellThroughRow> rows =
        new ArrayList<>(List.of(shopB, shopANextDay, regionSku, shopA, category));
    rows.sort(null);
    assertThat(rows).containsExactly(category, regionSku, shopA, shopANextDay, shopB);
  }

  @Test
  void figuresDoNotOrder() {
    assertThat(
            row("shop_sku", "shop-1", "sup-1", "drinks", "cola", DAY, 1)
                .compareTo(row("shop_sku", "shop-1", "sup-1", "drinks", "cola", DAY, 7)))
        .isZero();
  }

  private static SellThroughRow row(
      String level,
      String shop,
      String supplier,
      String category,
      String sku,
      LocalDate day,
      long units) {
    return new SellThroughRow(
        level,
        "east-hz",
        shop,
        supplier,
        category,
        sku,
        day,
        units,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        0,
        null,
        0,
        0,
        null,
        null,
        Instant.EPOCH);
  }
}
