package io.poolcast.connectors.parquet;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Builds Hive partition paths ({@code delivery_date=2026-01-05/region=east-hz}) and escapes values
 * exactly like Hive's {@code FileUtils.escapePathName}: control characters and {@code " # % ' * /
 * : = ? \ { [ ] ^} and DEL become {@code %XX} (upper-case hex). Engines that read Hive layouts
 * (Hive, Spark, Trino, DuckDB) undo the same escapes, so a value with a '/' or '=' survives.
 */
final class HivePartitionPath {
  /** Hive's directory name for a null or empty partition value. */
  static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static final BitSet ESCAPED = escapedCharacters();

  private HivePartitionPath() {}

  static <T> String of(List<PartitionColumn<T>> columns, T row) {
    StringBuilder path = new StringBuilder();
    for (PartitionColumn<T> column : columns) {
      if (!path.isEmpty()) {
        path.append('/');
      }
      path.append(column.segment(row));
    }
    return path.toString();
  }

  static String formatValue(Object value) {
    String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    return value == null || text.isEmpty() ? DEFAULT_PARTITION : escape(text);
  }

  static String escape(String text) {
    if (text.chars().noneMatch(HivePartitionPath::isEscaped)) {
      return text; // the usual case: dates, region ids, enum names
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (isEscaped(ch)) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static boolean isEscaped(int ch) {
    return ch < ESCAPED.size() && ESCAPED.get(ch);
  }

  private static BitSet escapedCharacters() {
    BitSet escaped = new BitSet(128);
    escaped.set(0x01, 0x20);
    escaped.set(0x7F);
    for (char ch : "\"#%'*/:=?\\{[]^".toCharArray()) {
      escaped.set(ch);
    }
    return escaped;
  }
}
