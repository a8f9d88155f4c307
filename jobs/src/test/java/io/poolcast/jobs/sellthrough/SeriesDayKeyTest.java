package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.StockLedger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Equal series and day, equal keys; other series differ early in the key's bytes. */
class SeriesDayKeyTest {
  private static final Instant END = Instant.parse("2026-01-06T16:00:00Z");

  private static SellThroughRow regionSku(String shop, int sku, LocalDate day) {
    var stock = StockLedger.start().closeDay(12, 4, true);
    var row =
        SellThroughTally.shopRow(
            shop, "east-hz", TinyWorld.world().skus().get(sku), day, stock, 1_200, END);
    return SellThroughTally.contribution(row, SellThroughRow.REGION_SKU);
  }

  @Test
  void rowsOfOneSeriesAndDayShareAKeyAndOthersDifferWithinTheFirst16Bytes() throws Exception {
    SeriesDayKey key = new SeriesDayKey();
    LocalDate day = LocalDate.of(2026, 1, 6);
    assertThat(key.getKey(regionSku("shop-1", 0, day)))
        .isEqualTo(key.getKey(regionSku("shop-2", 0, day)))
        .endsWith("|" + SellThroughTally.seriesKey(regionSku("shop-2", 0, day)));
    String[] others = {
      key.getKey(regionSku("shop-1", 0, day)),
      key.getKey(regionSku("shop-1", 1, day)),
      key.getKey(regionSku("shop-1", 0, day.plusDays(1)))
    };
    for (int i = 0; i < others.length; i++) {
      for (int j = i + 1; j < others.length; j++) {
        assertThat(prefix(others[i])).isNotEqualTo(prefix(others[j]));
      }
    }
  }

  private static String prefix(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return new String(Arrays.copyOf(bytes, Math.min(15, bytes.length)), StandardCharsets.UTF_8);
  }
}
