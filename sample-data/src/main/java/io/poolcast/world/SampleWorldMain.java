package io.poolcast.world;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Command line: {@code SampleWorldMain <dir> [SMALL|SEED] [seed] [start yyyy-mm-dd] [days]
 * [--no-truth|--truth]}. Prints progress and a summary with the elapsed time.
 */
public final class SampleWorldMain {
  private SampleWorldMain() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: SampleWorldMain <dir> [SMALL|SEED] [seed=42] [start=2026-01-05] [days] [--truth|--no-truth]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Scale scale = args.length > 1 ? Scale.valueOf(args[1].toUpperCase(Locale.ROOT)) : Scale.SMALL;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    LocalDate start = args.length > 3 ? LocalDate.parse(args[3]) : WorldGenerator.DEFAULT_START;
    int days = args.length > 4 ? Integer.parseInt(args[4]) : scale.size().defaultDays();
    boolean truth = scale == Scale.SMALL;
    if (args.length > 5) {
      truth = args[5].equals("--truth");
    }
    long began = System.nanoTime(); // only for the report, not for the generated data
    SampleWorldSummary summary =
        SampleWorldWriter.write(
            dir, scale.size(), seed, start, days, truth, SampleWorldMain::printProgress);
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%s: %d shops, %d suppliers, %d SKUs, %d days from %s in %.1f s%n",
        scale,
        summary.shops(),
        summary.suppliers(),
        summary.skus(),
        days,
        start,
        seconds);
    System.out.println(summary.stats());
    System.out.printf(
        Locale.ROOT,
        "stock-out rate %.3f, lost sales %.3f, truth rows %d%n",
        summary.stats().stockOutRate(),
        summary.stats().lostSalesRate(),
        summary.truthRows());
    for (SampleWorldSummary.OutputFile f : summary.files()) {
      System.out.printf(Locale.ROOT, "%12d  %s%n", f.bytes(), f.path());
    }
    System.out.printf(Locale.ROOT, "%12d  total bytes%n", summary.totalBytes());
  }

  private static void printProgress(String phase, long done, long total) {
    if (phase.equals("events") && (done % 7 == 0 || done == total)) {
      System.out.print("\r" + phase + " day " + done + "/" + total);
      System.out.flush();
    }
  }
}
