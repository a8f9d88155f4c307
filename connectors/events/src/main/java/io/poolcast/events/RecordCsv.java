package io.poolcast.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes flat Java records as CSV with a header of snake_case column names. List
 * components are written as one cell joined by {@code |}. One generic mapper keeps every reference
 * file's format the same, so a new reference type needs no code here.
 *
 * @param <T> the record type
 */
public final class RecordCsv<T extends Record> {
  private static final String LIST_SEPARATOR = "|";

  private final Class<T> type;
  private final RecordComponent[] components;
  private final String[] header;
  private final Constructor<T> constructor;

  private RecordCsv(Class<T> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.header = Arrays.stream(components).map(c -> snakeCase(c.getName())).toArray(String[]::new);
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    try {
      this.constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor on " + type, e);
    }
  }

  public static <T extends Record> RecordCsv<T> of(Class<T> type) {
    return new RecordCsv<>(type);
  }

  /** Column names, in record component order. */
  public List<String> header() {
    return List.of(header);
  }

  public void write(List<T> rows, Writer out) {
    try (CSVPrinter printer =
        CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build().print(out)) {
      for (T row : rows) {
        List<String> cells = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
          cells.add(format(c.getAccessor().invoke(row)));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads all rows. Columns are matched by name, so their order in the file does not matter.
   *
   * @throws IllegalArgumentException naming the line and column of the first bad cell
   */
  public List<T> read(Reader in, String sourceName) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = format.parse(in)) {
      for (int i = 0; i < header.length; i++) {
        String column = header[i];
        if (!parser.getHeaderMap().containsKey(column)
            && !components[i].isAnnotationPresent(OptionalColumn.class)) {
          throw new IllegalArgumentException(sourceName + ": missing column '" + column + "'");
        }
      }
      List<T> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(parse(record, sourceName));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private T parse(CSVRecord record, String sourceName) {
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      if (!record.isMapped(header[i])) {
        continue; // an optional column the file does not have: null, the record's default
      }
      String cell = record.get(header[i]);
      try {
        args[i] = parseValue(cell, components[i].getType(), components[i].getGenericType());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            sourceName
                + " line "
                + (record.getRecordNumber() + 1)
                + ", column '"
                + header[i]
                + "': cannot read '"
                + cell
                + "' as "
                + components[i].getType().getSimpleName(),
            e);
      }
    }
    try {
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RecordCsv::format).collect(Collectors.joining(LIST_SEPARATOR));
    }
    return value.toString();
  }

  private static Object parseValue(String cell, Class<?> raw, Type generic) {
    if (raw == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (cell.isEmpty()) {
        return List.of();
      }
      List<Object> values = new ArrayList<>();
      for (String part : cell.split("\\" + LIST_SEPARATOR, -1)) {
        values.add(parseValue(part, (Class<?>) element, element));
      }
      return List.copyOf(values);
    }
    if (raw == String.class) {
      return cell;
    }
    if (raw == int.class || raw == Integer.class) {
      return Integer.parseInt(cell.trim());
    }
    if (raw == long.class || raw == Long.class) {
      return Long.parseLong(cell.trim());
    }
    if (raw == double.class || raw == Double.class) {
      return Double.parseDouble(cell.trim());
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Boolean.parseBoolean(cell.trim());
    }
    if (cell.isEmpty()) {
      return null;
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(cell.trim());
    }
    if (raw == LocalTime.class) {
      return LocalTime.parse(cell.trim());
    }
    if (raw == Instant.class) {
      return Instant.parse(cell.trim());
    }
    if (raw == DayOfWeek.class) {
      return DayOfWeek.valueOf(cell.trim());
    }
    if (raw.isEnum()) {
      return enumValue(raw, cell.trim());
    }
    throw new IllegalArgumentException("unsupported column type " + raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> raw, String name) {
    return Enum.valueOf((Class<Enum>) raw, name);
  }

  /** {@code listPriceCents} → {@code list_price_cents}. */
  public static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        out.append('_').append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
