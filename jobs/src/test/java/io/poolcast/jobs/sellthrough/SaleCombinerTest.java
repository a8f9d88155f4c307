package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * A BATCH run's sales go to the shop stage gathered per shop and day, none lost or counted twice.
 */
class SaleCombinerTest {
  private static final int DAY = 20_500;

  private static OneInputStreamOperatorTestHarness<ShopDaySales, ShopDaySales> harness(int maxSales)
      throws Exception {
    var h = new OneInputStreamOperatorTestHarness<>(new SaleCombiner(maxSales));
    h.open();
    return h;
  }

  /**
   * Shop 0 sells SKU 7 twice and SKU 8 once on DAY, shop 1 once on DAY, shop 0 once the day after.
   */
  private static void feedSales(OneInputStreamOperatorTestHarness<ShopDaySales, ShopDaySales> h)
      throws Exception {
    h.processElement(ShopDaySales.of(0, DAY, 7, 2, 600, null), 1_000);
    h.processElement(ShopDaySales.of(1, DAY, 7, 1, 300, null), 1_500);
    h.processElement(ShopDaySales.of(0, DAY, 8, 1, 250, null), 3_000);
    h.processElement(ShopDaySales.of(0, DAY, 7, 4, 1_200, null), 2_000);
    h.processElement(ShopDaySales.of(0, DAY + 1, 7, 1, 300, null), 90_000);
  }

  /** Units and cents per "shop/day/sku", over all records sent. */
  private static Map<String, List<Long>> totals(List<ShopDaySales> records) {
    Map<String, List<Long>> totals = new TreeMap<>();
    for (ShopDaySales r : records) {
      for (int i = 0; i < r.size(); i++) {
        totals.merge(
            r.shop() + "/" + r.day() + "/" + r.skus()[i],
            List.of((long) r.units()[i], r.valueCents()[i]),
            (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
      }
    }
    return totals;
  }

  @Test
  void sendsOneRecordPerShopAndDayWhenItsInputEnds() throws Exception {
    var h = harness(SaleCombiner.DEFAULT_MAX_SALES);
    feedSales(h);
    assertThat(h.extractOutputValues()).isEmpty();

    h.endInput();

    List<ShopDaySales> sent = h.extractOutputValues();
    assertThat(sent)
        .extracting(r -> r.shop() + "/" + r.day() + ":" + r.size())
        .containsExactly("0/" + DAY + ":3", "1/" + DAY + ":1", "0/" + (DAY + 1) + ":1");
    assertThat(sent.get(0).skus()).containsExactly(7, 8, 7);
    assertThat(sent.get(0).units()).containsExactly(2, 1, 4);
    assertThat(sent.get(0).valueCents()).containsExactly(600, 250, 1_200);
    // Each record carries its latest sale's timestamp.
    assertThat(h.getOutput())
        .map(r -> ((StreamRecord<?>) r).getTimestamp())
        .containsExactly(3_000L, 1_500L, 90_000L);
    h.close();
  }

  @Test
  void aShopBackOnAnEarlierDayAddsToThatDaysRecord() throws Exception {
    var h = harness(SaleCombiner.DEFAULT_MAX_SALES);
    feedSales(h); // shop 0's last sale is on DAY + 1
    h.processElement(ShopDaySales.of(0, DAY, 9, 5, 500, null), 2_500);
    h.processElement(ShopDaySales.of(7, DAY, 9, 1, 100, null), 2_600); // a shop number never seen
    h.endInput();

    assertThat(h.extractOutputValues())
        .extracting(r -> r.shop() + "/" + r.day() + ":" + r.size())
        .containsExactly(
            "0/" + DAY + ":4", "1/" + DAY + ":1", "0/" + (DAY + 1) + ":1", "7/" + DAY + ":1");
    h.close();
  }

  @Test
  void sendsWhatItHoldsWhenFullAndLosesNoSale() throws Exception {
    var h = harness(2);
    feedSales(h);
    h.endInput();

    List<ShopDaySales> sent = h.extractOutputValues();
    assertThat(sent).hasSize(4); // shop 0's DAY comes in two records
    assertThat(totals(sent))
        .containsExactly(
            Map.entry("0/" + DAY + "/7", List.of(6L, 1_800L)),
            Map.entry("0/" + DAY + "/8", List.of(1L, 250L)),
            Map.entry("0/" + (DAY + 1) + "/7", List.of(1L, 300L)),
            Map.entry("1/" + DAY + "/7", List.of(1L, 300L)));
    h.close();
  }
}
