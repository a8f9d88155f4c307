package io.poolcast.forecasting.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads long-format demand ({@code unique_id, ds, y} plus optional attribute columns) from CSV or
 * gzipped CSV (detected by content, not by name).
 *
 * <p>Rules, all checked while reading; a violation throws {@link InvalidInputException} naming the
 * file line and the value:
 *
 * <ul>
 *   <li>{@code y} must be a finite, non-negative number; {@code ds} an ISO date ({@code
 *       2024-03-01}; a time suffix such as {@code 2024-03-01 00:00:00} is ignored);
 *   <li>a ({@code unique_id}, {@code ds}) pair may appear only once;
 *   <li>every other column becomes a series attribute; the first row of a series sets them;
 *   <li>frequency is detected ({@link Frequency#detect}) unless given;
 *   <li><b>missing dates between a series' first and last date are explicit zeros</b>: in wholesale
 *       demand a day without an order line is a day without demand. Dates before a series' first
 *       row are not invented (a shop that opened later starts later).
 * </ul>
 */
public final class LongFormatCsv {
  /** Distinct date texts remembered while reading (a daily file of 20 years has 7,300). */
  private static final int MAX_CACHED_DATES = 1 << 16;

  private final String idColumn;
  private final String dsColumn;
  private final String yColumn;
  private final Frequency frequency;

  private LongFormatCsv(String idColumn, String dsColumn, String yColumn, Frequency frequency) {
    this.idColumn = idColumn;
    this.dsColumn = dsColumn;
    this.yColumn = yColumn;
    this.frequency = frequency;
  }

  /** Reads with the default column names and detected frequency. */
  public static SeriesFrame read(Path path) {
    return builder().build().readFrame(path);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Column mapping and frequency options, e.g. {@code idColumn("store_nbr")}. */
  public static final class Builder {
    private String idColumn = "unique_id";
    private String dsColumn = "ds";
    private String yColumn = "y";
    private Frequency frequency;

    public Builder idColumn(String name) {
      this.idColumn = name;
      return this;
    }

    public Builder dsColumn(String name) {
      this.dsColumn = name;
      return this;
    }

    public Builder yColumn(String name) {
      this.yColumn = name;
      return this;
    }

    /** Forces a frequency instead of detecting it. */
    public Builder frequency(Frequency frequency) {
      this.frequency = frequency;
      return this;
    }

    public LongFormatCsv build() {
      if (idColumn.equals(dsColumn) || idColumn.equals(yColumn) || dsColumn.equals(yColumn)) {
        throw new IllegalArgumentException("id, ds and y must be three different columns");
      }
      return new LongFormatCsv(idColumn, dsColumn, yColumn, frequency);
    }
  }

  public SeriesFrame readFrame(Path path) {
    try (InputStream in = open(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  public SeriesFrame read(Reader reader) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      for (String required : List.of(idColumn, dsColumn, yColumn)) {
        if (!header.contains(required)) {
          throw new InvalidInputException(1, "missing column '" + required + "' in " + header);
        }
      }
      List<String> attributeColumns = new ArrayList<>(header);
      attributeColumns.removeAll(List.of(idColumn, dsColumn, yColumn));
      Map<String, SeriesAccumulator> byId = new LinkedHashMap<>();
      WeekdayTracker weekdays = new WeekdayTracker();
      Map<String, LocalDate> dates = new HashMap<>();
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1; // the header is line 1
        readRow(record, line, attributeColumns, byId, weekdays, dates);
      }
      if (byId.isEmpty()) {
        throw new InvalidInputException(0, "no data rows");
      }
      Frequency freq = frequency != null ? frequency : weekdays.frequency();
      List<Series> series = new ArrayList<>(byId.size());
      for (SeriesAccumulator acc : byId.values()) {
        series.add(acc.toSeries(freq));
      }
      return new SeriesFrame(series);
    }
  }

  private void readRow(
      CSVRecord record,
      long line,
      List<String> attributeColumns,
      Map<String, SeriesAccumulator> byId,
      WeekdayTracker weekdays,
      Map<String, LocalDate> dates) {
    if (!record.isConsistent()) {
      throw new InvalidInputException(
          line, "expected " + record.getParser().getHeaderNames().size() + " columns");
    }
    String id = record.get(idColumn);
    if (id.isEmpty()) {
      throw new InvalidInputException(line, "empty " + idColumn);
    }
    LocalDate ds = parseDate(record.get(dsColumn), line, dates);
    double y = parseDemand(record.get(yColumn), line);
    weekdays.add(ds);
    SeriesAccumulator acc = byId.get(id);
    if (acc == null) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String column : attributeColumns) {
        attributes.put(column, record.get(column));
      }
      acc = new SeriesAccumulator(id, attributes);
      byId.put(id, acc);
    }
    acc.add(ds.toEpochDay(), y, line);
  }

  /**
   * Parses a date once per distinct text: LocalDate.parse costs about a microsecond, a third of a
   * row's reading time, and a long file repeats the same few thousand dates millions of times.
   */
  private LocalDate parseDate(String raw, long line, Map<String, LocalDate> seen) {
    LocalDate known = seen.get(raw);
    if (known != null) {
      return known;
    }
    LocalDate date = parseDate(raw, line);
    if (seen.size() < MAX_CACHED_DATES) {
      seen.put(raw, date);
    }
    return date;
  }

  private LocalDate parseDate(String raw, long line) {
    String text =
        raw.length() > 10 && (raw.charAt(10) == ' ' || raw.charAt(10) == 'T')
            ? raw.substring(0, 10)
            : raw;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(line, dsColumn + " is not an ISO date: '" + raw + "'");
    }
  }

  private double parseDemand(String raw, long line) {
    double y;
    try {
      y = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(line, yColumn + " is not a number: '" + raw + "'");
    }
    if (!Double.isFinite(y)) {
      throw new InvalidInputException(line, yColumn + " is not a finite number: '" + raw + "'");
    }
    if (y < 0) {
      throw new InvalidInputException(line, yColumn + " is negative: '" + raw + "'");
    }
    return y;
  }

  private static InputStream open(Path path) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path));
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
