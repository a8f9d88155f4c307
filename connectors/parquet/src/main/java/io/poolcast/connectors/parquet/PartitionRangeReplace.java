package io.poolcast.connectors.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Swaps a date range of a Hive-partitioned table ({@code table/<date column>=YYYY-MM-DD/...}) for a
 * staged copy: every first-level partition of the range in the table is replaced by the staged one,
 * or removed when the stage has none; partitions outside the range are never touched.
 *
 * <p>Whole or nothing for a reader that looks after it returns: the old partitions are first moved
 * aside (renames on one file system), then the staged ones moved in; if any move fails, the moves
 * done so far are undone in reverse order and the table is as before. Only then is the old data
 * deleted. The stage must be on the same file system as the table (a sibling folder).
 */
public final class PartitionRangeReplace {
  private final String dateColumn;
  private final LocalDate from;
  private final LocalDate to;

  /**
   * @param dateColumn the first partition column, holding ISO dates (e.g. {@code delivery_date})
   * @param from first date of the range, inclusive
   * @param to last date of the range, inclusive
   */
  public PartitionRangeReplace(String dateColumn, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
    }
    this.dateColumn = dateColumn;
    this.from = from;
    this.to = to;
  }

  /** What a replace did. */
  public record Outcome(int replaced, int added, int removed) {}

  /** One table (or one leading partition of a table) and its staged copy. */
  public record Swap(Path table, Path stage) {}

  /**
   * Replaces the range of {@code table} by the range of {@code stage}; staged partitions outside
   * the range are ignored (left in the stage).
   *
   * @throws UncheckedIOException if the swap failed; the table is then as it was before
   */
  public Outcome replace(Path table, Path stage) {
    return replaceAll(List.of(new Swap(table, stage))).get(0);
  }

  /**
   * Replaces the range of several tables at once, whole or nothing: if any move fails, every move
   * done so far (in all tables) is undone. Returns one outcome per swap, in order.
   *
   * @throws UncheckedIOException if the swap failed; every table is then as it was before
   */
  public List<Outcome> replaceAll(List<Swap> swaps) {
    List<Runnable> undo = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    try {
      for (Swap swap : swaps) {
        outcomes.add(moveIn(swap, undo));
      }
    } catch (IOException | RuntimeException e) {
      for (int i = undo.size() - 1; i >= 0; i--) {
        undo.get(i).run();
      }
      throw new UncheckedIOException(
          "could not replace " + from + ".." + to + " of " + swaps + "; left as it was",
          e instanceof IOException io ? io : new IOException(e));
    }
    swaps.forEach(s -> deleteTree(aside(s.table())));
    return outcomes;
  }

  /** Moves a table's old partitions aside and the staged ones in, recording how to undo it. */
  private Outcome moveIn(Swap swap, List<Runnable> undo) throws IOException {
    Path table = swap.table();
    Path aside = aside(table);
    List<String> old = partitionsInRange(table);
    List<String> staged = partitionsInRange(swap.stage());
    deleteTree(aside);
    Files.createDirectories(table);
    Files.createDirectories(aside);
    for (String p : old) {
      move(table.resolve(p), aside.resolve(p), undo);
    }
    for (String p : staged) {
      move(swap.stage().resolve(p), table.resolve(p), undo);
    }
    int replaced = (int) staged.stream().filter(old::contains).count();
    return new Outcome(replaced, staged.size() - replaced, old.size() - replaced);
  }

  private static Path aside(Path table) {
    return table.resolveSibling("." + table.getFileName() + ".replaced");
  }

  /** The {@code column=date} directories of a folder whose date lies in the range, sorted. */
  List<String> partitionsInRange(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, dateColumn + "=*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && inRange(name.substring(dateColumn.length() + 1))) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  private boolean inRange(String value) {
    try {
      LocalDate date = LocalDate.parse(value);
      return !date.isBefore(from) && !date.isAfter(to);
    } catch (DateTimeParseException e) {
      return false; // not a date partition of ours: never touched
    }
  }

  private static void move(Path source, Path target, List<Runnable> undo) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    undo.add(
        () -> {
          try {
            Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot undo the move of " + source, e);
          }
        });
  }

  /** Deletes a folder and everything in it; nothing if it does not exist. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
