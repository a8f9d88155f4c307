package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.connectors.parquet.PartitionRangeReplace;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.PartitionFileWriter;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.pooling.ReleasePolicyFile;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Recomputes the pooled orders and allocations of a range of delivery days from archived shop
 * orders: the streaming job's own pipeline ({@link PoolingJob#pipeline}) on a bounded input in
 * BATCH mode, writing each partition of the range once into a staging folder; after the job
 * succeeded, the range of {@code pooled_orders/} and {@code pool_allocations/} is swapped for the
 * staged one ({@link PartitionRangeReplace}). A failed job leaves the tables untouched; partitions
 * outside the range are never touched; the same inputs give the same files.
 *
 * <p>Refused events go to {@code backfill_dead_letters/pooling_FROM_TO/reason=.../}, replaced as a
 * whole by a rerun of the same range.
 */
public final class PoolingBackfill {
  static final String DATE_COLUMN = "delivery_date";
  static final String DEAD_LETTERS = "backfill_dead_letters";

  private final BackfillRange range;
  private final WorldSnapshot world;
  private final ReleasePolicyFile policies;
  private final Path out;

  public PoolingBackfill(BackfillRange range, World world, ReleasePolicyFile policies, Path out) {
    this.range = Objects.requireNonNull(range, "range");
    this.world = WorldSnapshot.of(Objects.requireNonNull(world, "world"));
    this.policies = Objects.requireNonNull(policies, "policies");
    this.out = out.toAbsolutePath();
  }

  /** What a backfill did. */
  public record Summary(
      BackfillRange range,
      long eventsRead,
      long eventsOutsideRange,
      long partitionsWritten,
      PartitionRangeReplace.Outcome pooledOrders,
      PartitionRangeReplace.Outcome allocations,
      Map<String, Long> deadLettersByReason) {}

  /** The staging folder of this range, next to the tables so that moves are renames. */
  Path stage() {
    return out.resolve(".backfill-stage").resolve("pooling_" + range.label());
  }

  /** Adds the pipeline to {@code env} (a BATCH environment); {@link #run} executes it. */
  public void build(StreamExecutionEnvironment env, BackfillInput input) {
    DataStream<RawEvent> raw =
        input
            .read(env, range)
            .process(new EventTimeRangeFilter(range))
            .returns(EventTypes.of(RawEvent.class))
            .name("backfill event range")
            .uid("backfill-event-range");
    // No pool progress: it is a live signal for shops, not a result to recompute.
    PoolingJob.Streams streams = PoolingJob.pipeline(raw, world, policies, false);
    write(
        streams.pooledOrders(),
        PooledOrderLine.class,
        PoolingWiring.pooledOrderPartitions(),
        new DeliveryDayFilter<>(range, PooledOrderLine::deliveryDate),
        PoolingWiring.POOLED_ORDERS);
    write(
        streams.allocations(),
        PoolAllocation.class,
        PoolingWiring.allocationPartitions(),
        new DeliveryDayFilter<>(range, PoolingWiring::deliveryDate),
        PoolingWiring.POOL_ALLOCATIONS);
    TableOutput.partitionFiles(
            DeadLetter.class,
            List.of(PartitionColumn.of("reason", DeadLetter::reason)),
            stage().resolve(DEAD_LETTERS))
        .attach(streams.deadLetters(), "backfill-write-dead-letters");
  }

  private <T extends Record> void write(
      DataStream<T> rows,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      DeliveryDayFilter<T> inRange,
      String table) {
    DataStream<T> inRangeRows =
        rows.filter(inRange)
            .returns(EventTypes.of(type))
            .name("backfill range " + table)
            .uid("backfill-range-" + table);
    TableOutput.partitionFiles(type, partitions, stage().resolve(table))
        .attach(inRangeRows, "backfill-write-" + table);
  }

  /**
   * Runs the backfill: a clean stage, the job, then the swap. If the job fails, the stage is
   * removed and the tables are as they were.
   *
   * @param execute runs the environment's job and returns its result (lets the caller show progress
   *     while it waits)
   */
  public Summary run(StreamExecutionEnvironment env, BackfillInput input, JobRunner execute)
      throws Exception {
    Path stage = stage();
    PartitionRangeReplace.deleteTree(stage);
    build(env, input);
    JobExecutionResult result;
    try {
      result = execute.run(env, "poolcast-backfill-pooling-" + range.label());
    } catch (Exception e) {
      PartitionRangeReplace.deleteTree(stage);
      throw e;
    }
    PartitionRangeReplace swap = new PartitionRangeReplace(DATE_COLUMN, range.from(), range.to());
    PartitionRangeReplace.Outcome pooled =
        swap.replace(
            out.resolve(PoolingWiring.POOLED_ORDERS), stage.resolve(PoolingWiring.POOLED_ORDERS));
    PartitionRangeReplace.Outcome allocations =
        swap.replace(
            out.resolve(PoolingWiring.POOL_ALLOCATIONS),
            stage.resolve(PoolingWiring.POOL_ALLOCATIONS));
    Map<String, Long> deadLetters = countDeadLetters(stage.resolve(DEAD_LETTERS));
    replaceDeadLetters(stage.resolve(DEAD_LETTERS));
    PartitionRangeReplace.deleteTree(stage);
    return new Summary(
        range,
        counter(result, EventTimeRangeFilter.READ),
        counter(result, EventTimeRangeFilter.OUTSIDE),
        counter(result, PartitionFileWriter.PARTITIONS + "-PooledOrderLine")
            + counter(result, PartitionFileWriter.PARTITIONS + "-PoolAllocation"),
        pooled,
        allocations,
        deadLetters);
  }

  /** Executes a job; {@code env::execute} in the simplest case. */
  @FunctionalInterface
  public interface JobRunner {
    JobExecutionResult run(StreamExecutionEnvironment env, String jobName) throws Exception;
  }

  private static long counter(JobExecutionResult result, String name) {
    Object value = result.getAccumulatorResult(name);
    return value instanceof Number n ? n.longValue() : 0;
  }

  private void replaceDeadLetters(Path staged) throws IOException {
    Path target = out.resolve(DEAD_LETTERS).resolve("pooling_" + range.label());
    PartitionRangeReplace.deleteTree(target);
    if (Files.isDirectory(staged)) {
      Files.createDirectories(target.getParent());
      Files.move(staged, target);
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
