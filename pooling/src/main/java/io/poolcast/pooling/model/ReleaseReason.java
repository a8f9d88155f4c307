package io.poolcast.pooling.model;

/** Why an order or a pooled line left its pool. */
public enum ReleaseReason {
  /** The cut-off passed and the pool met the supplier's minimum: tier prices apply. */
  CUTOFF,
  /** Released before the cut-off: top tiers reached and the trucks full (policy flag). */
  EARLY_FULL,
  /** Under the minimum at cut-off and the order could not roll over: released at list price. */
  UNDER_MINIMUM_AT_LIST,
  /** Under the minimum at cut-off and the order could not roll over: refused (policy). */
  UNDER_MINIMUM_REJECTED,
  /** Under the minimum at cut-off: moved to the pool of the next delivery day it accepts. */
  ROLLED_OVER
}
