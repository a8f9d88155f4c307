package io.poolcast.world;

/** Where a day stands relative to a retail event. */
public enum EventPhase {
  /** The weeks before the event when shoppers stock up or buy gifts. */
  LEAD_IN,
  /** The holiday or promotion period itself. */
  DURING
}
