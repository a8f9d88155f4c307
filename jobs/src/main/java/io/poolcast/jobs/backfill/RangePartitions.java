package io.poolcast.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Parquet files of a date range of a Hive-partitioned table: those under a {@code <date
 * column>=YYYY-MM-DD} folder of the range, at any depth (so {@code sell_through/level=…/date=…/}
 * too). Hidden files and folders (in-progress or temporary files) are left out. In path order, so a
 * reread lists the same files in the same order.
 */
final class RangePartitions {
  private RangePartitions() {}

  /** The files of days {@code from..to} of {@code table}; none when the table does not exist. */
  static List<Path> files(Path table, String dateColumn, LocalDate from, LocalDate to) {
    if (!Files.isDirectory(table)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(table)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(Files::isRegularFile)
          .filter(p -> inRange(table.relativize(p), dateColumn, from, to))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }

  private static boolean inRange(Path relative, String dateColumn, LocalDate from, LocalDate to) {
    boolean inRange = false;
    for (Path segment : relative) {
      String name = segment.toString();
      if (name.startsWith(".")) {
        return false;
      }
      if (name.startsWith(dateColumn + "=")) {
        LocalDate day = day(name.substring(dateColumn.length() + 1));
        inRange = day != null && !day.isBefore(from) && !day.isAfter(to);
      }
    }
    return inRange;
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
