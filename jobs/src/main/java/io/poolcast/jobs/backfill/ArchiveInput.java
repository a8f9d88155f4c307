package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.ParquetRecordFormat;
import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The event archive the {@code archive} job writes ({@code events/shop_orders/event_date=…/}),
 * reading only the {@code event_date} partitions (UTC days) the range needs. Archived events were
 * decoded and validated once; they are turned back into their JSON form so the backfill runs the
 * streaming pipeline unchanged ({@link #TOPIC} is the source its dead letters name).
 */
public record ArchiveInput(Path archive) implements BackfillInput {
  public static final String TOPIC = "archive:events/shop_orders";
  private static final String PARTITION = "event_date=";

  /** The {@code shop_orders} table under an output folder or an {@code events} folder. */
  public static ArchiveInput under(Path dir) {
    for (Path candidate :
        List.of(dir.resolve("events/shop_orders"), dir.resolve("shop_orders"), dir)) {
      if (Files.isDirectory(candidate) && hasPartitions(candidate)) {
        return new ArchiveInput(candidate);
      }
    }
    throw new IllegalArgumentException("no event archive (events/shop_orders/) under " + dir);
  }

  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    List<org.apache.flink.core.fs.Path> days = partitions(range);
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "the archive "
              + archive
              + " has no events between "
              + range.firstEventTime().atZone(ZoneOffset.UTC).toLocalDate()
              + " and "
              + range.to());
    }
    FileSource<ShopOrderEvent> source =
        FileSource.forRecordStreamFormat(
                new ParquetRecordFormat<>(
                    ShopOrderEvent.class, EventTypes.of(ShopOrderEvent.class)),
                days.toArray(org.apache.flink.core.fs.Path[]::new))
            .build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "backfill archive")
        .uid("backfill-source-archive")
        .map(new ToRawEvent())
        .returns(EventTypes.of(RawEvent.class))
        .name("backfill archived event as raw")
        .uid("backfill-archive-raw")
        .assignTimestampsAndWatermarks(EventTimes.rawEvents())
        .name("backfill event time")
        .uid("backfill-event-time");
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

  /** The archive's day folders whose UTC day can hold events the range reads. */
  List<org.apache.flink.core.fs.Path> partitions(BackfillRange range) {
    LocalDate first = range.firstEventTime().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = range.endEventTime().atZone(ZoneOffset.UTC).toLocalDate();
    try (Stream<Path> dirs = Files.list(archive)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> inDays(d.getFileName().toString(), first, last))
          .sorted()
          .map(d -> new org.apache.flink.core.fs.Path(d.toAbsolutePath().toUri()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + archive, e);
    }
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
    return "event archive " + archive;
  }

  /** An archived event back in its wire form. */
  static final class ToRawEvent implements MapFunction<ShopOrderEvent, RawEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public RawEvent map(ShopOrderEvent event) {
      return new RawEvent(TOPIC, 0, -1, 0L, null, EventJson.toBytes(event));
    }
  }
}
