package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.Shop;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** BATCH keys the shop stage by the shop's number, STREAMING by its id; both lead back to it. */
class ShopKeyTest {
  @Test
  void aBatchRunKeysByTheShopsNumberAndGetsTheIdBack() {
    ShopKey<?> key = ShopKey.forMode(env(RuntimeExecutionMode.BATCH), TinyWorld.world());

    assertThat(key.type()).isEqualTo(Types.INT);
    for (Shop shop : TinyWorld.world().shops()) {
      assertThat(roundTrip(key, shop.shopId())).isEqualTo(shop.shopId());
    }
  }

  @Test
  void aStreamingRunKeysByTheShopIdItsSavepointsKeep() {
    ShopKey<?> key = ShopKey.forMode(env(RuntimeExecutionMode.STREAMING), TinyWorld.world());

    assertThat(key.type()).isEqualTo(Types.STRING);
    assertThat(key.ofSales()).isNotNull();
    assertThat(roundTrip(key, "shop-unknown")).isEqualTo("shop-unknown");
  }

  @Test
  void aShopTheReferenceDataDoesNotListHasNoShopBehindItsNumber() {
    ShopKey.ByNumber key = new ShopKey.ByNumber(List.of("s1", "s2"));

    assertThat(key.of("s2")).isEqualTo(1);
    assertThat(key.of("s9")).isEqualTo(-1);
    assertThat(key.shopId(-1)).isNull();
  }

  private static <K> String roundTrip(ShopKey<K> key, String shopId) {
    return key.shopId(key.of(shopId));
  }

  private static StreamExecutionEnvironment env(RuntimeExecutionMode mode) {
    Configuration conf = new Configuration();
    conf.set(ExecutionOptions.RUNTIME_MODE, mode);
    return StreamExecutionEnvironment.getExecutionEnvironment(conf);
  }
}
