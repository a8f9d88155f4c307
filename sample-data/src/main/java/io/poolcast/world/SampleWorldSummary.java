package io.poolcast.world;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link SampleWorldWriter} wrote.
 *
 * @param dir the output directory
 * @param size the market size
 * @param seed the seed
 * @param start first day of the period
 * @param days length of the period
 * @param shops shops in the world
 * @param suppliers suppliers in the world
 * @param skus SKUs in the world
 * @param stats what the simulation produced
 * @param truthRows rows in {@code truth/daily_demand.csv.gz} (0 when not written)
 * @param files every written file with its size
 */
public record SampleWorldSummary(
    Path dir,
    WorldSize size,
    long seed,
    LocalDate start,
    int days,
    int shops,
    int suppliers,
    int skus,
    GenerationStats stats,
    long truthRows,
    List<OutputFile> files) {

  /**
   * One written file.
   *
   * @param path path relative to the output directory
   * @param bytes its size
   */
  public record OutputFile(String path, long bytes) {}

  public long totalBytes() {
    return files.stream().mapToLong(OutputFile::bytes).sum();
  }
}
