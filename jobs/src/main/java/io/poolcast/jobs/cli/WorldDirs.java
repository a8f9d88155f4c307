package io.poolcast.jobs.cli;

import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and reads the reference data of a world folder. */
final class WorldDirs {
  private WorldDirs() {}

  /** Accepts the folder written by {@code generate}/{@code import} or its {@code world/} folder. */
  static World read(Path dir) {
    Path csvs = Files.isRegularFile(dir.resolve(WorldCsv.REGIONS)) ? dir : dir.resolve("world");
    if (!Files.isRegularFile(csvs.resolve(WorldCsv.REGIONS))) {
      throw new UserError(
          "no reference data in "
              + dir
              + " (expected "
              + WorldCsv.REGIONS
              + " or world/"
              + WorldCsv.REGIONS
              + ")");
    }
    try {
      return WorldCsv.read(csvs);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
