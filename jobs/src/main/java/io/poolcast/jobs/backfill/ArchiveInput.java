package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.ParquetRecordFormat;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One table of the event archive the {@code archive} job writes ({@code
 * events/shop_orders/event_date=…/}, {@code events/pos_sales/event_date=…/}), reading only the
 * {@code event_date} partitions (UTC days) the range and its look-back need. Archived events were
 * decoded and validated once: a backfill's pipeline takes them as they are ({@link #readDecoded}),
 * after the decoding step of the streaming pipeline (they were once re-encoded as JSON for it to
 * decode again, most of a backfill's reading time). There is no raw form: {@link #read} refuses.
 *
 * @param folder the table's folder (holding the {@code event_date=} partitions)
 * @param table which events it holds
 */
public record ArchiveInput(Path folder, Table table) implements BackfillInput {
  private static final String PARTITION = "event_date=";

  /** The archive's event tables, as {@code EventArchiveWiring} names and partitions them. */
  public enum Table {
    SHOP_ORDERS("shop_orders", "shop-orders", ShopOrderEvent.class),
    POS_SALES("pos_sales", "pos-sales", PosSale.class);

    private final String folderName;
    private final String stream;
    private final Class<? extends Record> type;

    Table(String folderName, String stream, Class<? extends Record> type) {
      this.folderName = folderName;
      this.stream = stream;
      this.type = type;
    }

    /** The table's folder name under {@code events/}, e.g. {@code pos_sales}. */
    public String folderName() {
      return folderName;
    }

    /** The events' record, e.g. {@code PosSale}. */
    public Class<? extends Record> type() {
      return type;
    }

    /** The stream's name in JSON-lines files and operator names, e.g. {@code pos-sales}. */
    public String stream() {
      return stream;
    }

    static Table named(String folder) {
      return Stream.of(values()).filter(t -> t.folderName.equals(folder)).findFirst().orElse(null);
    }
  }

  public ArchiveInput {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(table, "table");
  }

  /**
   * The {@code table} of the archive under {@code dir}: an output folder (its {@code
   * events/TABLE/}), an {@code events} folder, or another table's folder (its sibling).
   *
   * @throws IllegalArgumentException naming the folder looked for, when there is none
   */
  public static ArchiveInput under(Path dir, Table table) {
    for (Path candidate : candidates(dir, table)) {
      if (Files.isDirectory(candidate) && hasPartitions(candidate)) {
        return new ArchiveInput(candidate, table);
      }
    }
    throw new IllegalArgumentException(
        "no event archive table events/" + table.folderName() + "/ under " + dir);
  }

  private static List<Path> candidates(Path dir, Table table) {
    Path events = dir.resolve("events").resolve(table.folderName());
    Path here = dir.resolve(table.folderName());
    Path name = dir.toAbsolutePath().getFileName();
    boolean isTable = name != null && Table.named(name.toString()) != null;
    return isTable
        ? List.of(events, here, dir.resolveSibling(table.folderName()))
        : List.of(events, here);
  }

  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    // Reached only when a job asks for events of another type than the table holds.
    throw new IllegalArgumentException(
        "the event archive table " + folder + " holds " + table.stream() + " events");
  }

  /** Refuses a range none of whose days the table has a partition of. */
  @Override
  public void requireEvents(BackfillRange range) {
    if (partitions(range).isEmpty()) {
      throw new IllegalArgumentException(
          "the event archive table "
              + folder
              + " has no "
              + PARTITION
              + " partitions from "
              + firstDay(range)
              + " to "
              + lastDay(range));
    }
  }

  /**
   * The archived events as they are, with their event times as timestamps: they were decoded and
   * validated when the archive job wrote them, so the job's pipeline takes them without the round
   * trip through JSON that {@link #read} makes (most of a backfill's reading time).
   */
  @Override
  public <T extends Record> Optional<DataStream<T>> readDecoded(
      StreamExecutionEnvironment env, BackfillRange range, Class<T> type) {
    if (!type.equals(table.type)) {
      return Optional.empty();
    }
    requireEvents(range);
    String stream = table.stream();
    return Optional.of(
        env.fromSource(
                source(type, partitions(range)),
                WatermarkStrategy.<T>forBoundedOutOfOrderness(EventTimes.MAX_OUT_OF_ORDER)
                    .withTimestampAssigner(new ArchivedEventTime<>()),
                "backfill archive " + stream)
            .uid("backfill-source-archive-" + stream));
  }

  private static <T extends Record> FileSource<T> source(
      Class<T> type, List<org.apache.flink.core.fs.Path> days) {
    return FileSource.forRecordStreamFormat(
            new ParquetRecordFormat<>(type, EventTypes.of(type)),
            days.toArray(org.apache.flink.core.fs.Path[]::new))
        .build();
  }

  /** Rows of the archive files the range reads, from their Parquet footers. */
  @Override
  public long expectedEvents(BackfillRange range) {
    long rows = 0;
    for (org.apache.flink.core.fs.Path day : partitions(range)) {
      try (Stream<Path> files = Files.walk(Path.of(day.toUri()))) {
        for (Path f : files.filter(ArchiveInput::isCommittedParquet).toList()) {
          rows += ParquetFiles.rowCount(f);
        }
      } catch (IOException e) {
        return -1;
      }
    }
    return rows;
  }

  private static boolean isCommittedParquet(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && name.endsWith(".parquet") && !name.startsWith(".");
  }

  /** The table's day folders whose UTC day can hold events the range reads. */
  List<org.apache.flink.core.fs.Path> partitions(BackfillRange range) {
    LocalDate first = firstDay(range);
    LocalDate last = lastDay(range);
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> inDays(d.getFileName().toString(), first, last))
          .sorted()
          .map(d -> new org.apache.flink.core.fs.Path(d.toAbsolutePath().toUri()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static LocalDate firstDay(BackfillRange range) {
    return range.firstEventTime().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate lastDay(BackfillRange range) {
    // The end is exclusive: the day it starts is not read.
    return range.endEventTime().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static boolean inDays(String name, LocalDate first, LocalDate last) {
    if (!name.startsWith(PARTITION)) {
      return false;
    }
    try {
      LocalDate day = LocalDate.parse(name.substring(PARTITION.length()));
      return !day.isBefore(first) && !day.isAfter(last);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static boolean hasPartitions(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith(PARTITION));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "event archive " + folder;
  }

  /** An archived event's own event time. */
  static final class ArchivedEventTime<T> implements SerializableTimestampAssigner<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public long extractTimestamp(T event, long recordTimestamp) {
      Instant time =
          event instanceof ShopOrderEvent order
              ? order.eventTime()
              : event instanceof PosSale sale ? sale.eventTime() : null;
      return time == null ? Long.MIN_VALUE : time.toEpochMilli();
    }
  }
}
