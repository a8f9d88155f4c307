package io.poolcast.jobs.sellthrough;

import static io.poolcast.jobs.sellthrough.TinyWorld.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.PosSale;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Sales numbered for the shop stage: positions, region-local day; unknown ones refused. */
class SaleNumberingTest {
  private static OneInputStreamOperatorTestHarness<PosSale, ShopDaySales> harness(
      boolean keepEvents) throws Exception {
    var h =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(
                new SaleNumbering(WorldSnapshot.of(TinyWorld.world()), keepEvents)));
    h.open();
    return h;
  }

  private static void feed(OneInputStreamOperatorTestHarness<PosSale, ShopDaySales> h, PosSale s)
      throws Exception {
    h.processElement(s, s.eventTime().toEpochMilli());
  }

  @Test
  void numbersTheShopAndSkuAsTheShopStageKeysAndTheDayInTheRegionsZone() throws Exception {
    var h = harness(false);
    // 00:30 in Hangzhou is still the previous day in UTC: the day is the region's.
    feed(h, sale("shop-2", "chips", 1, "00:30", 3));
    ShopDaySales numbered = h.extractOutputValues().get(0);
    SaleNumbers numbers = new SaleNumbers(TinyWorld.world());
    assertThat(numbers.shopId(numbered.shop())).isEqualTo("shop-2");
    assertThat(numbered.shop()).isEqualTo(ShopNumbers.of(TinyWorld.world()).of("shop-2"));
    assertThat(numbered.size()).isEqualTo(1);
    assertThat(numbers.skuId(numbered.skus()[0])).isEqualTo("chips");
    assertThat(numbered.date()).isEqualTo(TinyWorld.DAY1.plusDays(1));
    assertThat(numbered.date())
        .isNotEqualTo(
            LocalDate.ofInstant(
                sale("shop-2", "chips", 1, "00:30", 3).eventTime(), ZoneOffset.UTC));
    assertThat(numbered.units()).containsExactly(3);
    assertThat(numbered.valueCents()).containsExactly(3 * 250);
    assertThat(numbered.event()).isNull(); // a BATCH run's: never refused late, not carried
    h.close();
  }

  @Test
  void keepsTheSaleWhereTheShopStageMayRefuseItLate() throws Exception {
    var h = harness(true);
    PosSale s = sale("shop-1", "cola", 0, "10:00", 1);
    feed(h, s);
    assertThat(h.extractOutputValues()).extracting(ShopDaySales::event).containsExactly(s);
    h.close();
  }

  @Test
  void aSaleOfAnUnknownShopOrSkuIsADeadLetterNotASale() throws Exception {
    var h = harness(false);
    feed(h, sale("shop-9", "cola", 0, "10:00", 1));
    feed(h, sale("shop-1", "crisps", 0, "10:00", 1));
    feed(h, sale("shop-1", "cola", 0, "10:00", 1));
    assertThat(h.extractOutputValues()).hasSize(1);
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .extracting(r -> r.getValue())
        .extracting(DeadLetter::reason, DeadLetter::detail)
        .containsExactly(
            tuple(DeadLetterReason.UNKNOWN_REFERENCE, "unknown shop or SKU in sale"),
            tuple(DeadLetterReason.UNKNOWN_REFERENCE, "unknown shop or SKU in sale"));
    assertThat(h.getSideOutput(DeadLetters.TAG).peek().getValue().payload())
        .contains("\"shop_id\":\"shop-9\"");
    h.close();
  }
}
