package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.connectors.parquet.PartitionRangeReplace;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import io.poolcast.jobs.flink.Decoded;
import io.poolcast.jobs.flink.GatheringPartitionWriter;
import io.poolcast.jobs.flink.SubtaskPartitionWriter;
import io.poolcast.jobs.flink.TableOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;

/**
 * What every backfill shares: its rows are written once per partition into a staging folder ({@code
 * OUT/.backfill-stage/JOB_FROM_TO/}); only after the job succeeded are the range's partitions of
 * its tables swapped for the staged ones, all tables at once ({@link
 * PartitionRangeReplace#replaceAll}); a failed job removes the stage and leaves the tables as they
 * were. Refused events go to {@code backfill_dead_letters/JOB_FROM_TO/reason=…/}, replaced as a
 * whole by a rerun of the same range.
 */
public final class StagedBackfill {
  static final String DEAD_LETTERS = "backfill_dead_letters";

  private final String job;
  private final BackfillRange range;
  private final Path out;

  /**
   * @param job the job's name in folder and job names, e.g. {@code sell-through}
   * @param range the days replaced
   * @param out the output folder holding the tables
   */
  public StagedBackfill(String job, BackfillRange range, Path out) {
    this.job = job;
    this.range = range;
    this.out = out.toAbsolutePath();
  }

  /**
   * A table a backfill replaces.
   *
   * @param name its folder under the output folder
   * @param dateColumn the partition column holding the day
   * @param leadingPartition whether the date partitions sit under one more level (as {@code
   *     sell_through/level=…/date=…/}): each of those folders is swapped as a table of its own
   */
  public record RangeTable(String name, String dateColumn, boolean leadingPartition) {
    public static RangeTable byDate(String name, String dateColumn) {
      return new RangeTable(name, dateColumn, false);
    }
  }

  /** What a backfill did. */
  public record Summary(
      String job,
      BackfillRange range,
      long eventsRead,
      long eventsOutsideRange,
      long partitionsWritten,
      Map<String, PartitionRangeReplace.Outcome> tables,
      Map<String, Long> deadLettersByReason) {}

  /**
   * The job's result and what the swap did.
   *
   * @param partitionsWritten the partitions of the tables the job staged (a partition written by
   *     several subtasks counts once)
   */
  public record Result(
      JobExecutionResult job,
      long partitionsWritten,
      Map<String, PartitionRangeReplace.Outcome> tables,
      Map<String, Long> deadLettersByReason) {
    /** A long accumulator of the job, 0 if absent. */
    public long counter(String name) {
      Object value = job.getAccumulatorResult(name);
      return value instanceof Number n ? n.longValue() : 0;
    }

    /** The summary of a backfill. */
    public Summary summary(String jobName, BackfillRange range) {
      return new Summary(
          jobName,
          range,
          counter(EventTimeRangeFilter.READ),
          counter(EventTimeRangeFilter.OUTSIDE),
          partitionsWritten,
          tables,
          deadLettersByReason);
    }
  }

  /** Executes a job; {@code env::execute} in the simplest case. */
  @FunctionalInterface
  public interface JobRunner {
    JobExecutionResult run(StreamExecutionEnvironment env, String jobName) throws Exception;
  }

  /** The staging folder of this range, next to the tables so that moves are renames. */
  public Path stage() {
    return out.resolve(".backfill-stage").resolve(job + "_" + range.label());
  }

  /** The events of {@code raw} in the range's event window (counted for the summary). */
  public DataStream<RawEvent> eventsInWindow(DataStream<RawEvent> raw, String stream) {
    return raw.process(EventTimeRangeFilter.ofRaw(range))
        .returns(EventTypes.of(RawEvent.class))
        .name("backfill event range " + stream)
        .uid("backfill-event-range-" + stream);
  }

  /**
   * The events of {@code input} in the range's event window, decoded: as the input holds them when
   * it holds them decoded (the event archive), otherwise its raw events decoded by {@code decode},
   * the job's own decoding.
   */
  public <T extends Record> Decoded<T> eventsInWindow(
      StreamExecutionEnvironment env,
      BackfillInput input,
      Class<T> type,
      String stream,
      Function<DataStream<RawEvent>, Decoded<T>> decode) {
    Optional<DataStream<T>> decoded = input.readDecoded(env, range, type);
    if (decoded.isEmpty()) {
      return decode.apply(eventsInWindow(input.read(env, range), stream));
    }
    return Decoded.valid(
        decoded
            .get()
            .process(EventTimeRangeFilter.<T>ofTimestamped(range))
            .returns(EventTypes.of(type))
            .name("backfill event range " + stream)
            .uid("backfill-event-range-" + stream));
  }

  /** Writes the rows {@code inRange} keeps into the staged {@code table}, one file a partition. */
  public <T extends Record> void write(
      DataStream<T> rows,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      FilterFunction<T> inRange,
      String table) {
    write(List.of(rows), type, partitions, inRange, table);
  }

  /**
   * Writes the rows of several streams, as {@link #write(DataStream, Class, List, FilterFunction,
   * String)}. Each stream is filtered before their union: the filter then runs in its producer's
   * task, where after the union it would be a task of its own, and a BATCH run would write every
   * row to disk once more to hand it over.
   */
  public <T extends Record> void write(
      List<DataStream<T>> parts,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      FilterFunction<T> inRange,
      String table) {
    DataStream<T> inRangeRows = null;
    for (int i = 0; i < parts.size(); i++) {
      DataStream<T> part =
          parts
              .get(i)
              .filter(inRange)
              .returns(EventTypes.of(type))
              .name("backfill range " + table)
              .uid("backfill-range-" + table + (i == 0 ? "" : "-" + (i + 1)));
      inRangeRows = inRangeRows == null ? part : inRangeRows.union(part);
    }
    TableOutput.partitionFiles(type, partitions, stage().resolve(table))
        .attach(inRangeRows, "backfill-write-" + table);
  }

  /**
   * Writes the rows {@code inRange} keeps into the staged {@code table} from the task that makes
   * them, without an exchange: a file per partition and subtask, rows in the order they arrive
   * ({@link SubtaskPartitionWriter}). For rows a keyed stage emits in a fixed order, with {@code
   * partitionsPerDay} partitions per day of the range (a subtask holds them all open until its
   * input ends).
   *
   * @param part names this part of the table's rows in operator names and uids
   */
  public <T extends Record> void writeInPlace(
      DataStream<T> rows,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      FilterFunction<T> inRange,
      String table,
      String part,
      int partitionsPerDay) {
    inPlace(
        rows,
        type,
        inRange,
        table,
        part,
        new SubtaskPartitionWriter<>(
            type, partitions, stage().resolve(table), range.days() * partitionsPerDay));
  }

  /**
   * Writes the rows {@code inRange} keeps into the staged {@code table} from the task that makes
   * them, without an exchange: each subtask gathers its rows on the heap and writes a file per
   * partition, sorted, when its input ends ({@link GatheringPartitionWriter}). For rows that come
   * in no partition order, as many as fit the heap.
   *
   * @param part names this part of the table's rows in operator names and uids
   */
  public <T extends Record> void gatherInPlace(
      DataStream<T> rows,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      FilterFunction<T> inRange,
      String table,
      String part) {
    inPlace(
        rows,
        type,
        inRange,
        table,
        part,
        new GatheringPartitionWriter<>(type, partitions, stage().resolve(table)));
  }

  private <T extends Record> void inPlace(
      DataStream<T> rows,
      Class<T> type,
      FilterFunction<T> inRange,
      String table,
      String part,
      OneInputStreamOperator<T, Long> writer) {
    String uid = "backfill-write-" + table + "-" + part + "-in-place";
    rows.filter(inRange)
        .returns(EventTypes.of(type))
        .name("backfill range " + table + " " + part + " in place")
        .uid("backfill-range-" + table + "-" + part + "-in-place")
        .transform(uid, Types.LONG, writer)
        .uid(uid)
        .sinkTo(new DiscardingSink<>())
        .name(uid + " done")
        .uid(uid + "-done");
  }

  /** Writes the refused events into the stage, by reason. */
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    TableOutput.partitionFiles(
            DeadLetter.class,
            List.of(PartitionColumn.of("reason", DeadLetter::reason)),
            stage().resolve(DEAD_LETTERS))
        .attach(deadLetters, "backfill-write-dead-letters");
  }

  /**
   * Runs the job built in {@code env}: a clean stage, the job, then the swap of {@code tables}. If
   * the job fails, the stage is removed and the tables are as they were.
   */
  public Result run(StreamExecutionEnvironment env, JobRunner execute, List<RangeTable> tables)
      throws Exception {
    Path stage = stage();
    PartitionRangeReplace.deleteTree(stage);
    JobExecutionResult result;
    try {
      result = execute.run(env, "poolcast-backfill-" + job + "-" + range.label());
    } catch (Exception e) {
      PartitionRangeReplace.deleteTree(stage);
      throw e;
    }
    long partitions = 0;
    for (RangeTable table : tables) {
      partitions += stagedPartitions(stage.resolve(table.name()));
    }
    Map<String, PartitionRangeReplace.Outcome> outcomes = swap(tables);
    Map<String, Long> deadLetters = countDeadLetters(stage.resolve(DEAD_LETTERS));
    replaceDeadLetters(stage.resolve(DEAD_LETTERS));
    PartitionRangeReplace.deleteTree(stage);
    return new Result(result, partitions, outcomes, deadLetters);
  }

  /** Swaps the range of every table at once (they share one date column). */
  private Map<String, PartitionRangeReplace.Outcome> swap(List<RangeTable> tables) {
    String dateColumn = tables.get(0).dateColumn();
    if (tables.stream().anyMatch(t -> !t.dateColumn().equals(dateColumn))) {
      throw new IllegalArgumentException("the tables of one backfill must share a date column");
    }
    List<PartitionRangeReplace.Swap> swaps = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (RangeTable table : tables) {
      for (PartitionRangeReplace.Swap swap : swapsOf(table)) {
        swaps.add(swap);
        owners.add(table.name());
      }
    }
    List<PartitionRangeReplace.Outcome> outcomes =
        new PartitionRangeReplace(dateColumn, range.from(), range.to()).replaceAll(swaps);
    Map<String, PartitionRangeReplace.Outcome> byTable = new TreeMap<>();
    tables.forEach(t -> byTable.put(t.name(), new PartitionRangeReplace.Outcome(0, 0, 0)));
    for (int i = 0; i < swaps.size(); i++) {
      byTable.merge(owners.get(i), outcomes.get(i), StagedBackfill::plus);
    }
    return byTable;
  }

  private List<PartitionRangeReplace.Swap> swapsOf(RangeTable table) {
    Path target = out.resolve(table.name());
    Path staged = stage().resolve(table.name());
    if (!table.leadingPartition()) {
      return List.of(new PartitionRangeReplace.Swap(target, staged));
    }
    TreeSet<String> leading = new TreeSet<>(subfolders(target));
    leading.addAll(subfolders(staged));
    return leading.stream()
        .map(p -> new PartitionRangeReplace.Swap(target.resolve(p), staged.resolve(p)))
        .toList();
  }

  private static List<String> subfolders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.contains("=") && !name.startsWith("."))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static PartitionRangeReplace.Outcome plus(
      PartitionRangeReplace.Outcome a, PartitionRangeReplace.Outcome b) {
    return new PartitionRangeReplace.Outcome(
        a.replaced() + b.replaced(), a.added() + b.added(), a.removed() + b.removed());
  }

  private void replaceDeadLetters(Path staged) throws IOException {
    Path target = out.resolve(DEAD_LETTERS).resolve(job + "_" + range.label());
    PartitionRangeReplace.deleteTree(target);
    if (Files.isDirectory(staged)) {
      Files.createDirectories(target.getParent());
      Files.move(staged, target);
    }
  }

  /** The folders under {@code table} holding a Parquet file: its staged partitions. */
  private static long stagedPartitions(Path table) {
    if (!Files.isDirectory(table)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(table)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .map(Path::getParent)
          .distinct()
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the staged " + table, e);
    }
  }

  private static Map<String, Long> countDeadLetters(Path staged) {
    Map<String, Long> counts = new TreeMap<>();
    if (!Files.isDirectory(staged)) {
      return counts;
    }
    try (Stream<Path> files = Files.walk(staged)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        for (DeadLetter d : ParquetFiles.read(file, DeadLetter.class)) {
          counts.merge(d.reason().name(), 1L, Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the staged dead letters", e);
    }
    return counts;
  }
}
