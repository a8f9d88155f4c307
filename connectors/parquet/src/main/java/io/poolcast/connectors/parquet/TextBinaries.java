package io.poolcast.connectors.parquet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.io.api.Binary;

/**
 * One file's strings as Parquet binaries, each encoded once and then given back as the same
 * instance. A dictionary encoder keeps the first binary of a value and, for every later one, looks
 * it up and compares the two: two instances over one array compare by reference, two fresh
 * encodings byte by byte (on the seed year's shop rows, six string columns of 22 million rows, that
 * comparison and the encoding took a tenth of the writing). Bounded: once it holds {@link
 * #MAX_ENTRIES} strings it starts over, so a file of endless distinct strings costs only the
 * lookups. Each column also remembers its last string: rows written in order repeat their
 * neighbour's values (one shop's day, one pool's lines, one order's allocations), and comparing two
 * strings costs less than a lookup, which hashes the whole string first when the row is a fresh
 * copy (rows handed over between Flink tasks are). Not thread-safe: one per file writer.
 */
final class TextBinaries {
  /** About 4 MB of entries at most: more than a file's shops, SKUs and suppliers together. */
  static final int MAX_ENTRIES = 1 << 15;

  private final Map<String, Binary> binaries = new HashMap<>();
  private final String[] lastTexts;
  private final Binary[] lastBinaries;

  /** For a file of {@code columns} columns (the positions {@link #of(int, String)} takes). */
  TextBinaries(int columns) {
    lastTexts = new String[columns];
    lastBinaries = new Binary[columns];
  }

  /** {@link #of(String)}, first checked against the column's last string. */
  Binary of(int column, String text) {
    if (!text.equals(lastTexts[column])) {
      lastBinaries[column] = of(text);
      lastTexts[column] = text;
    }
    return lastBinaries[column];
  }

  /** {@code text}'s UTF-8 bytes, backed by an array no one else holds or changes. */
  Binary of(String text) {
    Binary binary = binaries.get(text);
    if (binary == null) {
      if (binaries.size() >= MAX_ENTRIES) {
        binaries.clear();
      }
      binary = Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
      binaries.put(text, binary);
    }
    return binary;
  }
}
