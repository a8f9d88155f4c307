package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.Shop;
import io.poolcast.jobs.flink.StageKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A BATCH run keys the shop stage by the shop's number and gets the shop id back from it. */
class ShopNumbersTest {
  @Test
  void everyShopHasItsNumberAndItsIdBack() {
    ShopNumbers numbers = ShopNumbers.of(TinyWorld.world());

    for (Shop shop : TinyWorld.world().shops()) {
      assertThat(numbers.id(numbers.of(shop.shopId()))).isEqualTo(shop.shopId());
    }
  }

  @Test
  void aShopTheReferenceDataDoesNotListHasNoShopBehindItsNumber() {
    ShopNumbers numbers = new ShopNumbers(List.of("s1", "s2"));

    assertThat(numbers.of("s2")).isEqualTo(1);
    assertThat(numbers.of("s9")).isEqualTo(-1);
    assertThat(numbers.id(-1)).isNull();
  }

  @Test
  void aNumberedSaleIsKeyedByItsNumberInBatchAndByItsShopIdOtherwise() {
    SaleNumbers sales = new SaleNumbers(TinyWorld.world());
    int shop2 = sales.shop("shop-2");

    assertThat(ShopNumbers.of(TinyWorld.world()).of(shop2, sales::shopId))
        .isEqualTo(ShopNumbers.of(TinyWorld.world()).of("shop-2"));
    assertThat(StageKey.byId().of(shop2, sales::shopId)).isEqualTo("shop-2");
  }
}
