package io.poolcast.jobs.testing;

import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.nio.file.Path;
import java.time.LocalDate;

/** The small generated worlds tests run jobs on: fixed size and seed, so every run is the same. */
public final class TestWorlds {
  private TestWorlds() {}

  /** Two regions' world of {@code days} days from {@code start}: reference data and event files. */
  public static void writeSmall(Path dir, LocalDate start, int days) {
    SampleWorldWriter.write(
        dir, new WorldSize(2, 20, 16, 150, 15, 40, 5), 11L, start, days, false, (p, d, t) -> {});
  }
}
