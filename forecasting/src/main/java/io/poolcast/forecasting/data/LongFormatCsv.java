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
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads long-format demand ({@code unique_id, ds, y} plus optional attribute columns) from CSV or
 * gzipped CSV (detected by content, not by name). The rules are those of {@link LongFormatRows};
 * errors name the file line (the header is line 1).
 */
public final class LongFormatCsv {
  private final LongFormat format;

  public LongFormatCsv(LongFormat format) {
    this.format = format;
  }

  /** Reads with the default column names and detected frequency. */
  public static SeriesFrame read(Path path) {
    return new LongFormatCsv(LongFormat.DEFAULT).readFrame(path);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Column mapping and frequency options, e.g. {@code idColumn("store_nbr")}. */
  public static final class Builder {
    private String idColumn = LongFormat.DEFAULT.idColumn();
    private String dsColumn = LongFormat.DEFAULT.dsColumn();
    private String yColumn = LongFormat.DEFAULT.yColumn();
    private Frequency frequency;
    private List<ExogenousColumn> exogenous = List.of();

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

    /** Daily covariate columns, e.g. {@code exogenous("price", "promo")} (kinds by name). */
    public Builder exogenous(String... specs) {
      this.exogenous = ExogenousColumn.parseAll(List.of(specs));
      return this;
    }

    public LongFormatCsv build() {
      return new LongFormatCsv(new LongFormat(idColumn, dsColumn, yColumn, frequency, exogenous));
    }
  }

  public SeriesFrame readFrame(Path path) {
    return feed(path, columns -> new LongFormatRows(format, columns, RowUnit.LINE)).frame();
  }

  public SeriesFrame read(Reader reader) throws IOException {
    return feed(reader, columns -> new LongFormatRows(format, columns, RowUnit.LINE)).frame();
  }

  /**
   * Reads a known-future file (id, ds and exogenous columns, dated after each series' last date)
   * and appends it to {@code history}; see {@link KnownFutureRows}.
   */
  public KnownFuture readFuture(Path path, SeriesFrame history) {
    return feed(path, columns -> new KnownFutureRows(format, columns, RowUnit.LINE, history))
        .result();
  }

  private static <T extends LongFormatSink> T feed(Path path, Function<List<String>, T> sinkOf) {
    try (InputStream in = open(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return feed(reader, sinkOf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static <T extends LongFormatSink> T feed(Reader reader, Function<List<String>, T> sinkOf)
      throws IOException {
    CSVFormat csv =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(reader, csv)) {
      int columns = parser.getHeaderNames().size();
      T sink = sinkOf.apply(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1; // the header is line 1
        if (!record.isConsistent()) {
          throw new InvalidInputException(line, "expected " + columns + " columns");
        }
        sink.add(line, record::get);
      }
      return sink;
    }
  }

  /**
   * An ISO date cell ({@code 2024-03-01}; a time suffix such as {@code 00:00:00} is ignored).
   *
   * @throws InvalidInputException naming the line and column when it is not a date
   */
  public static LocalDate isoDate(String raw, String column, long line) {
    try {
      return LongFormatCells.isoDateText(raw);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(line, column + " is not an ISO date: '" + raw + "'");
    }
  }

  /** Opens a plain or gzipped file, told apart by its first two bytes, not by its name. */
  public static InputStream open(Path path) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path));
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
