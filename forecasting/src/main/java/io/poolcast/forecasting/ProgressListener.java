package io.poolcast.forecasting;

/**
 * Told how many series are done out of how many; called from worker threads, in no particular
 * order, so implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  void progress(long done, long total);
}
