package io.poolcast.jobs.replenishment;

/**
 * One policy's figures over the measured days.
 *
 * @param policy its name
 * @param activeDays shop × SKU × days with the SKU on sale in an opened shop
 * @param unmetDemandRate share of those days with demand left unmet (demand > stock)
 * @param emptyShelfRate share of those days the shelf was empty at some point (the world's
 *     stock-out flag: no stock at opening, or demand exceeded the stock)
 * @param demandUnits true demand, units
 * @param lostUnits demand not served
 * @param lostRate lost ÷ demand
 * @param turnoverDays mean closing stock ÷ mean daily units sold, over all shop × SKU
 * @param orders orders placed (one per shop × supplier × day)
 * @param orderLines lines of those orders
 * @param orderedCases cases ordered, as placed
 * @param listValueCents list value ordered, as placed
 * @param pooledListValueCents list value of the pooled batch lines the orders became
 * @param savingCents what the shops saved by pooling (tier prices)
 * @param violations shop × SKU × days breaking a unit rule (must be 0)
 * @param demandFingerprint a hash of every shop × SKU × day's demand: equal for runs that met the
 *     same demand
 */
public record PolicyFigures(
    String policy,
    long activeDays,
    double unmetDemandRate,
    double emptyShelfRate,
    long demandUnits,
    long lostUnits,
    double lostRate,
    double turnoverDays,
    long orders,
    long orderLines,
    long orderedCases,
    long listValueCents,
    long pooledListValueCents,
    long savingCents,
    long violations,
    long demandFingerprint) {

  PolicyFigures withPooling(long pooledListValue, long saving) {
    return new PolicyFigures(
        policy,
        activeDays,
        unmetDemandRate,
        emptyShelfRate,
        demandUnits,
        lostUnits,
        lostRate,
        turnoverDays,
        orders,
        orderLines,
        orderedCases,
        listValueCents,
        pooledListValue,
        saving,
        violations,
        demandFingerprint);
  }

  /** Savings as a share of the pooled list value. */
  public double savingRate() {
    return pooledListValueCents == 0 ? 0 : (double) savingCents / pooledListValueCents;
  }
}
