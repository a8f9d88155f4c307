package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolingReportTest {
  private static PooledOrderLine line(
      String pool, String sku, long qty, long list, long unit, int tier) {
    return new PooledOrderLine(
        pool,
        TestWorld.SUPPLIER,
        TestWorld.REGION,
        TestWorld.TUESDAY,
        sku,
        "beverages",
        qty,
        list,
        unit,
        tier,
        0,
        2,
        2,
        1,
        ReleaseReason.CUTOFF,
        Instant.EPOCH);
  }

  @Test
  void sumsValueSavingsTiersAndTrucks() {
    // sku-a: 10 kg a case, truck 1,000 kg → 50 cases fill half a truck.
    List<PooledOrderLine> lines =
        List.of(line("p1", "sku-a", 50, 48_00, 44_16, 2), line("p1", "sku-b", 10, 12_50, 12_50, 0));
    List<PoolAllocation> allocations =
        List.of(
            new PoolAllocation("p1", "o1", "s1", "sku-a", 30, 48_00, 44_16, 30 * 3_84),
            new PoolAllocation("p1", "o2", "s2", "sku-a", 20, 48_00, 44_16, 20 * 3_84),
            new PoolAllocation("p1", "o2", "s2", "sku-b", 10, 12_50, 12_50, 0));
    PoolingReport r =
        PoolingReport.of(lines, allocations, Map.of("TOO_LATE", 3L), TestWorld.reference());
    assertThat(r.orders()).isEqualTo(2);
    assertThat(r.pools()).isEqualTo(1);
    assertThat(r.listValueCents()).isEqualTo(50 * 48_00 + 10 * 12_50);
    assertThat(r.savingCents()).isEqualTo(50 * 3_84);
    assertThat(r.tieredValueShare()).isEqualTo(2_400_00.0 / (2_400_00 + 125_00));
    assertThat(r.savingCentsByRegion()).containsEntry(TestWorld.REGION, 50L * 3_84);
    assertThat(r.trucks()).isEqualTo(1);
    assertThat(r.averageFill()).isEqualTo(0.52); // 500 kg + 20 kg of 1,000 kg
    assertThat(r.describe()).contains("2 orders pooled into 1 regional batch orders");
  }

  @Test
  void printsMoneyInTheSuppliersCurrency() {
    List<PooledOrderLine> lines = List.of(line("p1", "sku-a", 50, 48_00, 44_16, 2));
    PoolingReport yuan = PoolingReport.of(lines, List.of(), Map.of(), TestWorld.reference());
    assertThat(yuan.currency()).isEqualTo("CNY");
    assertThat(yuan.describe()).contains("shops saved ¥192 (8.00%)");

    PoolingReference pounds = PoolingReference.of(TestWorld.worldPricedIn("GBP"));
    PoolingReport gbp = PoolingReport.of(lines, List.of(), Map.of(), pounds);
    assertThat(gbp.describe()).contains("shops saved £192 (8.00%)").doesNotContain("¥");
  }
}
