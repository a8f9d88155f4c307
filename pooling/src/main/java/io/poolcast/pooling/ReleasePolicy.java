package io.poolcast.pooling;

/**
 * How a supplier wants its pools released.
 *
 * @param rollOverUnderMinimum if a pool misses the minimum at cut-off, move the orders whose latest
 *     delivery date allows it to the next delivery day's pool
 * @param underMinimum what happens at cut-off to the orders of an under-minimum pool that do not
 *     roll over
 * @param earlyRelease release before the cut-off once the minimum is met, every SKU and the
 *     category tier are at their top tier and the trucks are full
 * @param fullTruckFill the average truck fill (0..1) that counts as full for early release
 */
public record ReleasePolicy(
    boolean rollOverUnderMinimum,
    UnderMinimum underMinimum,
    boolean earlyRelease,
    double fullTruckFill) {

  /** Orders of an under-minimum pool that cannot roll over. */
  public enum UnderMinimum {
    /** Deliver them anyway, at list price (the shops still get their goods). */
    RELEASE_AT_LIST,
    /** Refuse them; the shops are told with reason {@code UNDER_MINIMUM}. */
    REJECT
  }

  /** Roll over what can, release the rest at list, no early release, 95 % counts as full. */
  public static final ReleasePolicy DEFAULT =
      new ReleasePolicy(true, UnderMinimum.RELEASE_AT_LIST, false, 0.95);

  public ReleasePolicy {
    if (underMinimum == null) {
      underMinimum = UnderMinimum.RELEASE_AT_LIST;
    }
    if (!(fullTruckFill > 0 && fullTruckFill <= 1)) {
      throw new IllegalArgumentException("fullTruckFill must be in (0, 1]: " + fullTruckFill);
    }
  }

  public ReleasePolicy withEarlyRelease(boolean early) {
    return new ReleasePolicy(rollOverUnderMinimum, underMinimum, early, fullTruckFill);
  }

  public ReleasePolicy withUnderMinimum(UnderMinimum action) {
    return new ReleasePolicy(rollOverUnderMinimum, action, earlyRelease, fullTruckFill);
  }

  public ReleasePolicy withRollOver(boolean rollOver) {
    return new ReleasePolicy(rollOver, underMinimum, earlyRelease, fullTruckFill);
  }
}
