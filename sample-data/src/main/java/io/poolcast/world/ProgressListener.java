package io.poolcast.world;

/** Told how far generation is, e.g. {@code ("events", 12, 28)} after day 12 of 28. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (phase, done, total) -> {};

  void progress(String phase, long done, long total);
}
