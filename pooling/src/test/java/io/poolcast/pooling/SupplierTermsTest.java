package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.PriceTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierTermsTest {
  private final SupplierTerms terms = TestWorld.reference().termsOf(TestWorld.SUPPLIER);

  @Test
  void holdsTheSuppliersTiersOnly() {
    assertThat(terms.priceTiers).extracting(PriceTier::sku).containsOnly("sku-a", "sku-b");
    assertThat(terms.categoryTiers).hasSize(2);
    assertThat(terms.priceTiers("sku-a").tierFor(60)).isEqualTo(2);
    assertThat(terms.priceTiers("sku-x").tierFor(1_000)).isZero(); // another supplier's SKU
    assertThat(terms.supplier.minBatchValueCents()).isEqualTo(TestWorld.MIN_VALUE);
  }

  @Test
  void theVersionFollowsTheContent() {
    SupplierTerms same = TestWorld.reference().termsOf(TestWorld.SUPPLIER);
    SupplierTerms changed = TestWorld.referenceWithSkuATopTier(900).termsOf(TestWorld.SUPPLIER);
    assertThat(same.version).isEqualTo(terms.version).hasSize(16);
    assertThat(changed.version).isNotEqualTo(terms.version);
  }

  @Test
  void anUnknownSupplierHasNoTiersAndNoLimits() {
    SupplierTerms none = TestWorld.reference().termsOf("sup-unknown");
    assertThat(none.priceTiers).isEmpty();
    assertThat(none.categoryTiers().tierFor(Long.MAX_VALUE, 99)).isZero();
    assertThat(none.supplier.minBatchValueCents()).isZero();
  }

  @Test
  void indexesAreRebuiltAfterARoundTripThroughPublicFields() {
    SupplierTerms copy = new SupplierTerms();
    copy.version = terms.version;
    copy.supplier = terms.supplier;
    copy.priceTiers = List.copyOf(terms.priceTiers);
    copy.categoryTiers = List.copyOf(terms.categoryTiers);
    assertThat(copy.priceTiers("sku-a").discountBasisPointsFor(60)).isEqualTo(800);
    assertThat(copy.categoryTiers().tierFor(2_500_000, 3)).isEqualTo(2);
  }
}
