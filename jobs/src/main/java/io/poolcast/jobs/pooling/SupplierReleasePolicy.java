package io.poolcast.jobs.pooling;

import io.poolcast.pooling.ReleasePolicy;

/**
 * One row of a release-policy file ({@code --release-policies}): how one supplier wants its pools
 * released. A supplier id {@code *} sets the default for suppliers without a row.
 *
 * @param supplierId the supplier, or {@code *}
 * @param rollOverUnderMinimum move under-minimum orders to the next delivery day when they allow it
 * @param underMinimum {@code RELEASE_AT_LIST} or {@code REJECT} for the orders that cannot roll
 *     over
 * @param earlyRelease release before the cut-off once every tier is at its top and trucks are full
 * @param fullTruckFill the truck fill (0..1] that counts as full
 */
public record SupplierReleasePolicy(
    String supplierId,
    boolean rollOverUnderMinimum,
    ReleasePolicy.UnderMinimum underMinimum,
    boolean earlyRelease,
    double fullTruckFill) {

  public static final String DEFAULT_SUPPLIER = "*";

  public ReleasePolicy policy() {
    return new ReleasePolicy(rollOverUnderMinimum, underMinimum, earlyRelease, fullTruckFill);
  }
}
