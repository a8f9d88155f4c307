package io.poolcast.jobs.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work on stderr: a self-overwriting line on a terminal, a new line every few
 * percent when the output goes to a file or CI log, so logs stay readable.
 */
public final class ConsoleProgress {
  private final PrintStream out;
  private final boolean terminal;
  private String phase = "";
  private long lastPercent = -1;
  private long lastDone = -1;

  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public static ConsoleProgress onStderr() {
    return new ConsoleProgress(System.err, System.console() != null);
  }

  /** Reports {@code done} of {@code total} units of {@code phase}; total ≤ 0 means unknown. */
  public synchronized void update(String phase, long done, long total) {
    if (!phase.equals(this.phase)) {
      finishLine();
      this.phase = phase;
      lastPercent = -1;
      lastDone = -1;
    }
    if (total > 0) {
      long percent = Math.min(100, done * 100 / total);
      long step = terminal ? 1 : 10;
      if (percent / step == lastPercent / step && (done != total || done == lastDone)) {
        return;
      }
      lastPercent = percent;
      lastDone = done;
      print(
          String.format(
              Locale.ROOT, "%-28s %s %3d%%  %,d / %,d", phase, bar(percent), percent, done, total));
    } else {
      if (!terminal && lastDone >= 0 && done < lastDone * 2) {
        return;
      }
      lastDone = Math.max(1, done);
      print(String.format(Locale.ROOT, "%-28s %,d", phase, done));
    }
  }

  /** Ends the current progress line (call when a phase is complete). */
  public synchronized void finishLine() {
    if (terminal && !phase.isEmpty()) {
      out.println();
    }
    phase = "";
  }

  private void print(String line) {
    if (terminal) {
      out.print("\r" + line);
    } else {
      out.println(line);
    }
    out.flush();
  }

  private static String bar(long percent) {
    int filled = (int) (percent / 5);
    return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
  }
}
