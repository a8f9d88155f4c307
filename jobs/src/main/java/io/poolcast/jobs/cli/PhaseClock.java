package io.poolcast.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time per phase of a command, printed as one short line ("time: read 61.2 s, fit 80.4 s,
 * ...") so a benchmark log shows where a run spends its time. Laps are taken on one thread; {@link
 * #lapOnce} may be called from worker threads and counts only its first call.
 */
final class PhaseClock {
  private final List<String> laps = new ArrayList<>();
  private final long began = System.nanoTime();
  private long last = began;

  /** Ends the phase that started at the previous lap. */
  synchronized void lap(String phase) {
    long now = System.nanoTime();
    laps.add(String.format(Locale.ROOT, "%s %.1f s", phase, (now - last) / 1e9));
    last = now;
  }

  /** Ends {@code phase} unless it was already ended (for a lap marked from a progress callback). */
  synchronized void lapOnce(String phase) {
    if (laps.stream().noneMatch(l -> l.startsWith(phase + " "))) {
      lap(phase);
    }
  }

  /** E.g. {@code time: read 61.2 s, fit 80.4 s, forecast 140.3 s, write 12.0 s; total 293.9 s}. */
  synchronized String summary() {
    return String.format(
        Locale.ROOT,
        "time: %s; total %.1f s",
        String.join(", ", laps),
        (System.nanoTime() - began) / 1e9);
  }
}
