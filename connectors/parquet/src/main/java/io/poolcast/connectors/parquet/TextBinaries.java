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
 * lookups. Not thread-safe: one per file writer.
 */
final class TextBinaries {
  /** About 4 MB of entries at most: more than a file's shops, SKUs and suppliers together. */
  static final int MAX_ENTRIES = 1 << 15;

  private final Map<String, Binary> binaries = new HashMap<>();

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
