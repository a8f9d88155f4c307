package io.poolcast.jobs.backfill;

import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.connectors.parquet.PartitionRangeReplace;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.Decoded;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.pooling.ReleasePolicyFile;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Recomputes the pooled orders and allocations of a range of delivery days from archived shop
 * orders: the streaming job's own pipeline ({@link PoolingJob#pipeline}) on a bounded input in
 * BATCH mode, writing the partitions of the range into a staging folder; after the job succeeded,
 * the range of {@code pooled_orders/} and {@code pool_allocations/} is swapped for the staged one
 * ({@link PartitionRangeReplace}). A failed job leaves the tables untouched; partitions outside the
 * range are never touched; the same inputs give the same files.
 *
 * <p>Refused events go to {@code backfill_dead_letters/pooling_FROM_TO/reason=.../}, replaced as a
 * whole by a rerun of the same range.
 */
public final class PoolingBackfill {
  static final String DATE_COLUMN = "delivery_date";
  static final String DEAD_LETTERS = StagedBackfill.DEAD_LETTERS;

  /**
   * The longest range whose rows the pooling stage's subtasks gather and write themselves ({@link
   * StagedBackfill#gatherInPlace}): they hold all their rows on the heap until the input ends, so a
   * longer range gathers its rows by partition through a sorted exchange (slower, in bounded
   * memory).
   */
  static final int MAX_DAYS_GATHERED_IN_PLACE = 62;

  private final BackfillRange range;
  private final WorldSnapshot world;
  private final ReleasePolicyFile policies;
  private final Path out;
  private final int maxDaysGatheredInPlace;

  public PoolingBackfill(BackfillRange range, World world, ReleasePolicyFile policies, Path out) {
    this(range, world, policies, out, MAX_DAYS_GATHERED_IN_PLACE);
  }

  /** With another limit to gathering rows in place, for tests of the longer ranges' path. */
  PoolingBackfill(
      BackfillRange range,
      World world,
      ReleasePolicyFile policies,
      Path out,
      int maxDaysGatheredInPlace) {
    this.range = Objects.requireNonNull(range, "range");
    this.world = WorldSnapshot.of(Objects.requireNonNull(world, "world"));
    this.policies = Objects.requireNonNull(policies, "policies");
    this.out = out.toAbsolutePath();
    this.maxDaysGatheredInPlace = maxDaysGatheredInPlace;
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
    return staged().stage();
  }

  private StagedBackfill staged() {
    return new StagedBackfill("pooling", range, out);
  }

  /** Adds the pipeline to {@code env} (a BATCH environment); {@link #run} executes it. */
  public void build(StreamExecutionEnvironment env, BackfillInput input) {
    Decoded<ShopOrderEvent> orders =
        staged()
            .eventsInWindow(env, input, ShopOrderEvent.class, "shop-orders", PoolingJob::decode);
    // No pool progress: it is a live signal for shops, not a result to recompute.
    PoolingJob.Streams streams = PoolingJob.pipeline(orders, world, policies, false);
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
    staged().writeDeadLetters(streams.deadLetters());
  }

  /**
   * Writes a table's rows: gathered by the pooling stage's subtasks (a file per partition and
   * subtask) for a range of up to {@link #MAX_DAYS_GATHERED_IN_PLACE} days, else gathered into one
   * file per partition through an exchange.
   */
  private <T extends Record> void write(
      DataStream<T> rows,
      Class<T> type,
      List<PartitionColumn<T>> partitions,
      DeliveryDayFilter<T> inRange,
      String table) {
    if (range.days() <= maxDaysGatheredInPlace) {
      staged().gatherInPlace(rows, type, partitions, inRange, table, "pools");
    } else {
      staged().write(rows, type, partitions, inRange, table);
    }
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
    build(env, input);
    StagedBackfill.Result result =
        staged()
            .run(
                env,
                execute,
                List.of(
                    StagedBackfill.RangeTable.byDate(PoolingWiring.POOLED_ORDERS, DATE_COLUMN),
                    StagedBackfill.RangeTable.byDate(PoolingWiring.POOL_ALLOCATIONS, DATE_COLUMN)));
    return new Summary(
        range,
        result.counter(EventTimeRangeFilter.READ),
        result.counter(EventTimeRangeFilter.OUTSIDE),
        result.partitionsWritten(),
        result.tables().get(PoolingWiring.POOLED_ORDERS),
        result.tables().get(PoolingWiring.POOL_ALLOCATIONS),
        result.deadLettersByReason());
  }

  /** Executes a job; {@code env::execute} in the simplest case. */
  @FunctionalInterface
  public interface JobRunner extends StagedBackfill.JobRunner {}
}
