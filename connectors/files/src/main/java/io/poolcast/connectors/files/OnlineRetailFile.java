package io.poolcast.connectors.files;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the UCI Online Retail CSV ({@code InvoiceNo,StockCode,Description,Quantity,InvoiceDate,
 * UnitPrice,CustomerID,Country}, plain or .gz). A line that cannot be read is counted as {@link
 * RejectReason#MALFORMED}; a file without the expected header is refused outright.
 */
public final class OnlineRetailFile {
  static final List<String> COLUMNS =
      List.of(
          "InvoiceNo",
          "StockCode",
          "Description",
          "Quantity",
          "InvoiceDate",
          "UnitPrice",
          "CustomerID",
          "Country");
  private static final DateTimeFormatter INVOICE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final BigDecimal PENCE_PER_POUND = BigDecimal.valueOf(100);

  private OnlineRetailFile() {}

  public static OnlineRetailRows read(Path file) {
    try (Reader in = CompressedFiles.openReader(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static OnlineRetailRows read(Reader in, String sourceName) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    List<RetailRow> rows = new ArrayList<>();
    RejectedRows.Tally malformed = new RejectedRows.Tally();
    CellCache cache = new CellCache();
    try (CSVParser parser = format.parse(in)) {
      requireColumns(parser.getHeaderNames(), sourceName);
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        try {
          rows.add(parse(record, line, cache));
        } catch (RuntimeException e) {
          malformed.add(RejectReason.MALFORMED, line, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    return new OnlineRetailRows(rows, malformed.build());
  }

  private static void requireColumns(List<String> header, String sourceName) {
    if (!header.containsAll(COLUMNS)) {
      throw new IllegalArgumentException(
          sourceName + " is not an Online Retail file: header " + header + ", expected " + COLUMNS);
    }
  }

  private static RetailRow parse(CSVRecord r, long line, CellCache cache) {
    return new RetailRow(
        line,
        cache.text(cell(r, "InvoiceNo")),
        cache.stockCode(cell(r, "StockCode")),
        cache.text(cell(r, "Description")),
        parseQuantity(cell(r, "Quantity")),
        cache.time(cell(r, "InvoiceDate")),
        cache.pence(cell(r, "UnitPrice")),
        cache.customerId(cell(r, "CustomerID")),
        cache.text(cell(r, "Country")));
  }

  /**
   * Parses each distinct cell text once and shares the result: the file repeats a few thousand
   * codes, prices, times and customers over half a million lines, so this saves most of the parsing
   * time and memory.
   */
  private static final class CellCache {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> stockCodes = new HashMap<>();
    private final Map<String, LocalDateTime> times = new HashMap<>();
    private final Map<String, Long> prices = new HashMap<>();
    private final Map<String, String> customers = new HashMap<>();

    String text(String cell) {
      return texts.computeIfAbsent(cell, c -> c);
    }

    String stockCode(String cell) {
      return stockCodes.computeIfAbsent(cell, c -> c.toUpperCase(Locale.ROOT));
    }

    LocalDateTime time(String cell) {
      LocalDateTime time = times.get(cell);
      if (time == null) {
        time = parseTime(cell);
        times.put(cell, time);
      }
      return time;
    }

    long pence(String cell) {
      Long pence = prices.get(cell);
      if (pence == null) {
        pence = toPence(cell);
        prices.put(cell, pence);
      }
      return pence;
    }

    String customerId(String cell) {
      if (cell.isEmpty()) {
        return null;
      }
      String id = customers.get(cell);
      if (id == null) {
        id = OnlineRetailFile.customerId(cell);
        customers.put(cell, id);
      }
      return id;
    }
  }

  private static String cell(CSVRecord record, String column) {
    if (!record.isSet(column)) {
      throw new IllegalArgumentException("column " + column + " is missing");
    }
    return record.get(column).trim();
  }

  private static int parseQuantity(String cell) {
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Quantity '" + cell + "' is not an integer");
    }
  }

  private static LocalDateTime parseTime(String cell) {
    try {
      return LocalDateTime.parse(cell, INVOICE_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("InvoiceDate '" + cell + "' is not yyyy-MM-dd HH:mm:ss");
    }
  }

  /** Pounds to whole pence, half-up: 0.165 → 17, 0.001 → 0. */
  static long toPence(String cell) {
    try {
      return new BigDecimal(cell)
          .multiply(PENCE_PER_POUND)
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("UnitPrice '" + cell + "' is not a number");
    }
  }

  /** {@code 17850.0} → {@code 17850}; empty → null; a fractional id is malformed. */
  static String customerId(String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(cell).toBigIntegerExact().toString();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("CustomerID '" + cell + "' is not a whole number");
    }
  }
}
