package io.poolcast.pooling;

import java.util.Map;

/**
 * Release policies per supplier, with a default for suppliers without their own.
 *
 * @param fallback the policy of suppliers not listed
 * @param bySupplier policies by supplier id
 */
public record ReleasePolicies(ReleasePolicy fallback, Map<String, ReleasePolicy> bySupplier) {
  public ReleasePolicies {
    fallback = fallback == null ? ReleasePolicy.DEFAULT : fallback;
    bySupplier = bySupplier == null ? Map.of() : Map.copyOf(bySupplier);
  }

  /** {@link ReleasePolicy#DEFAULT} for everybody. */
  public static ReleasePolicies defaults() {
    return new ReleasePolicies(ReleasePolicy.DEFAULT, Map.of());
  }

  public ReleasePolicy forSupplier(String supplierId) {
    return bySupplier.getOrDefault(supplierId, fallback);
  }
}
