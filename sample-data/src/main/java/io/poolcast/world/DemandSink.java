package io.poolcast.world;

/**
 * Receives the ground truth of every active shop × SKU × day, day by day (within a day in shop and
 * assortment order), before that day's events are sent to the {@link EventSink}.
 */
@FunctionalInterface
public interface DemandSink {
  DemandSink NONE = observation -> {};

  void observe(DemandObservation observation);
}
