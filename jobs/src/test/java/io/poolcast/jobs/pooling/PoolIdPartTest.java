package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.model.PoolAllocation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An allocation's day and region come from its pool id, row after row. */
class PoolIdPartTest {
  private static PoolAllocation of(String poolId) {
    return new PoolAllocation(poolId, "o1", "shop-1", "sku-1", 1, 100, 90, 10);
  }

  @Test
  void readsEachRowsPartFromItsOwnPoolId() {
    PoolIdPart day = new PoolIdPart(PoolKey::deliveryDate);
    PoolIdPart region = new PoolIdPart(PoolKey::regionId);

    assertThat(day.apply(of("sup-1|east-hz|2026-01-06"))).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(day.apply(of("sup-1|east-hz|2026-01-06"))).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(day.apply(of("sup-2|east-hz|2026-01-07"))).isEqualTo(LocalDate.of(2026, 1, 7));
    assertThat(region.apply(of("sup-2|north-bj|2026-01-07"))).isEqualTo("north-bj");
    assertThat(region.apply(of("not a pool id"))).isNull();
    assertThat(region.apply(of(null))).isNull();
    assertThat(region.apply(of("sup-2|south-gz|2026-01-07"))).isEqualTo("south-gz");
  }
}
