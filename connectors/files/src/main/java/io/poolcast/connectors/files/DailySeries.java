package io.poolcast.connectors.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Many daily series in long format ({@code unique_id,ds,y} plus optional per-series attribute
 * columns such as a hierarchy), as forecasting tools read them. Only observed days are stored;
 * zeros for missing days are produced while counting and writing, following {@link #fillDays}: when
 * it is set, every day of it from a series' first observation to the last fill day (the data's end)
 * that has no observation is written as {@code y=0}; when it is null, missing days stay gaps.
 *
 * <p>Optional <b>mean columns</b> ({@link Builder#meanColumns}) hold a daily average of a value
 * seen on the day's observations (e.g. the unit price); they are written after the attributes, as
 * the mean of the values added for that series and day, and left empty on zero-filled days (a
 * reader fills them by its own rule, e.g. price carried forward).
 */
public final class DailySeries {
  private final List<String> attributeColumns;
  private final SortedMap<String, NavigableMap<LocalDate, Long>> series;
  private final Map<String, List<String>> attributes;
  private final NavigableSet<LocalDate> fillDays;
  private final List<String> meanColumns;
  private final Map<String, Map<LocalDate, double[]>> means;

  private DailySeries(Builder builder, NavigableSet<LocalDate> fillDays) {
    this.attributeColumns = List.copyOf(builder.attributeColumns);
    this.meanColumns = List.copyOf(builder.meanColumns);
    this.means = builder.means;
    this.series = Collections.unmodifiableSortedMap(builder.series);
    this.attributes = Map.copyOf(builder.attributes);
    this.fillDays = fillDays;
  }

  public static Builder builder(List<String> attributeColumns) {
    return new Builder(attributeColumns);
  }

  /** Days on which a missing observation is written as zero; null when gaps are kept. */
  public NavigableSet<LocalDate> fillDays() {
    return fillDays;
  }

  public int seriesCount() {
    return series.size();
  }

  /** The observed values of one series (no filled zeros), or an empty map. */
  public NavigableMap<LocalDate, Long> observed(String uniqueId) {
    return Collections.unmodifiableNavigableMap(series.getOrDefault(uniqueId, new TreeMap<>()));
  }

  public List<String> uniqueIds() {
    return List.copyOf(series.keySet());
  }

  /** Rows as written: observations plus filled zeros. */
  public long rowCount() {
    long rows = 0;
    for (NavigableMap<LocalDate, Long> days : series.values()) {
      rows += days.size() + zeroDays(days).size();
    }
    return rows;
  }

  /** Filled zero rows over all series (0 when gaps are kept). */
  public long zeroFilledRows() {
    return series.values().stream().mapToLong(days -> zeroDays(days).size()).sum();
  }

  public long totalY() {
    long total = 0;
    for (NavigableMap<LocalDate, Long> days : series.values()) {
      for (long y : days.values()) {
        total += y;
      }
    }
    return total;
  }

  /**
   * Writes {@code unique_id,ds,y[,attributes…]} sorted by unique_id then ds; gzip when the name
   * ends in .gz.
   *
   * @return rows written (without the header)
   */
  public long write(Path out) {
    List<String> header = new ArrayList<>(List.of("unique_id", "ds", "y"));
    header.addAll(attributeColumns);
    header.addAll(meanColumns);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(header.toArray(String[]::new))
            .setRecordSeparator('\n')
            .build();
    long rows = 0;
    try (Writer writer = CompressedFiles.openWriter(out);
        CSVPrinter printer = format.print(writer)) {
      for (Map.Entry<String, NavigableMap<LocalDate, Long>> entry : series.entrySet()) {
        rows += writeSeries(printer, entry.getKey(), entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return rows;
  }

  private long writeSeries(CSVPrinter printer, String id, NavigableMap<LocalDate, Long> days)
      throws IOException {
    TreeMap<LocalDate, Long> all = new TreeMap<>(days);
    for (LocalDate zero : zeroDays(days)) {
      all.put(zero, 0L);
    }
    List<String> attrs = attributes.getOrDefault(id, List.of());
    for (Map.Entry<LocalDate, Long> day : all.entrySet()) {
      List<Object> cells = new ArrayList<>(3 + attrs.size());
      cells.add(id);
      cells.add(day.getKey().toString());
      cells.add(day.getValue());
      cells.addAll(attrs);
      addMeans(cells, id, day.getKey());
      printer.printRecord(cells);
    }
    return all.size();
  }

  /** Each mean column's value of the day (up to 4 decimals), empty when nothing was added. */
  private void addMeans(List<Object> cells, String id, LocalDate day) {
    double[] sums = means.getOrDefault(id, Map.of()).get(day);
    for (int c = 0; c < meanColumns.size(); c++) {
      double count = sums == null ? 0 : sums[2 * c + 1];
      cells.add(
          count == 0
              ? ""
              : java.math.BigDecimal.valueOf(sums[2 * c] / count)
                  .setScale(4, java.math.RoundingMode.HALF_UP)
                  .stripTrailingZeros()
                  .toPlainString());
    }
  }

  private List<LocalDate> zeroDays(NavigableMap<LocalDate, Long> days) {
    if (fillDays == null || days.isEmpty()) {
      return List.of();
    }
    List<LocalDate> zeros = new ArrayList<>();
    // To the data's last day, not the series' last sale: a product that stopped selling had no
    // demand, and ending it at its last sale would make every backtest window end on a sale day.
    LocalDate last = fillDays.isEmpty() ? days.lastKey() : max(fillDays.last(), days.lastKey());
    for (LocalDate day : fillDays.subSet(days.firstKey(), true, last, true)) {
      if (!days.containsKey(day)) {
        zeros.add(day);
      }
    }
    return zeros;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Collects observations; adding to the same series and day sums the values. */
  public static final class Builder {
    private final List<String> attributeColumns;
    private final SortedMap<String, NavigableMap<LocalDate, Long>> series = new TreeMap<>();
    private final Map<String, List<String>> attributes = new HashMap<>();
    private List<String> meanColumns = List.of();
    private final Map<String, Map<LocalDate, double[]>> means = new HashMap<>();

    private Builder(List<String> attributeColumns) {
      this.attributeColumns = List.copyOf(attributeColumns);
    }

    /** Daily mean columns, written after the attributes (see the class comment). */
    public Builder meanColumns(List<String> names) {
      this.meanColumns = List.copyOf(names);
      return this;
    }

    /** Adds one value to the day's mean of {@code column} (one of the mean columns). */
    public Builder addToMean(String column, String uniqueId, LocalDate day, double value) {
      int c = meanColumns.indexOf(column);
      if (c < 0) {
        throw new IllegalArgumentException("not a mean column: " + column);
      }
      double[] sums =
          means
              .computeIfAbsent(uniqueId, id -> new HashMap<>())
              .computeIfAbsent(day, d -> new double[2 * meanColumns.size()]);
      sums[2 * c] += value;
      sums[2 * c + 1]++;
      return this;
    }

    public Builder add(String uniqueId, LocalDate day, long y) {
      series.computeIfAbsent(uniqueId, id -> new TreeMap<>()).merge(day, y, Long::sum);
      return this;
    }

    /** The attribute values of a series, in the order of the attribute columns. */
    public Builder attributes(String uniqueId, List<String> values) {
      if (values.size() != attributeColumns.size()) {
        throw new IllegalArgumentException(
            "expected " + attributeColumns.size() + " attributes for " + uniqueId);
      }
      attributes.put(uniqueId, List.copyOf(values));
      return this;
    }

    /** Missing days stay gaps. */
    public DailySeries keepGaps() {
      return new DailySeries(this, null);
    }

    /** Missing days that are in {@code fillDays} become zeros from a series' first day on. */
    public DailySeries fillZerosOn(NavigableSet<LocalDate> fillDays) {
      return new DailySeries(this, Collections.unmodifiableNavigableSet(fillDays));
    }
  }
}
