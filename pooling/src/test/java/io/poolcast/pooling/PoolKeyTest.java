package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PoolKeyTest {
  private final PoolKey key = new PoolKey("sup-003", "east-hz", LocalDate.of(2026, 1, 6));

  @Test
  void poolIdIsSupplierRegionAndDate() {
    assertThat(key.poolId()).isEqualTo("sup-003|east-hz|2026-01-06");
    assertThat(key).hasToString("sup-003|east-hz|2026-01-06");
  }

  @Test
  void poolIdReadsBack() {
    assertThat(PoolKey.parse(key.poolId())).contains(key);
  }

  @Test
  void anythingElseDoesNotParse() {
    assertThat(PoolKey.parse(null)).isEmpty();
    assertThat(PoolKey.parse("sup-003|east-hz")).isEmpty();
    assertThat(PoolKey.parse("sup-003|east-hz|2026-13-01")).isEmpty();
    assertThat(PoolKey.parse("|east-hz|2026-01-06")).isEmpty();
    assertThat(PoolKey.parse("a|b|2026-01-06|x")).isEmpty();
  }

  @Test
  void rollingOverKeepsSupplierAndRegion() {
    assertThat(key.withDeliveryDate(LocalDate.of(2026, 1, 7)).poolId())
        .isEqualTo("sup-003|east-hz|2026-01-07");
  }

  @Test
  void partsAreRequired() {
    assertThatThrownBy(() -> new PoolKey("s", null, LocalDate.EPOCH))
        .isInstanceOf(NullPointerException.class);
  }
}
