package io.poolcast.jobs.backfill;

import io.poolcast.events.PosSale;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.insight.StockLedger;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.jobs.sellthrough.DayBounds;
import io.poolcast.jobs.sellthrough.SellThroughJob;
import io.poolcast.jobs.sellthrough.SellThroughTally;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Recomputes {@code sell_through/} for the days {@code from..to} from archived POS sales and shop
 * orders: the sell-through job's own pipeline ({@link SellThroughJob#pipeline}) on bounded inputs
 * in BATCH mode, staged and swapped in by {@link StagedBackfill} (every level's {@code date=}
 * partitions of the range at once).
 *
 * <p>Events are read from {@link #DEFAULT_LOOKBACK_DAYS} days before {@code from}, so that every
 * listing the streaming job still kept on {@code from} (one with a sale or delivery in the last
 * {@value StockLedger#DELIST_AFTER_IDLE_DAYS} days) exists, with the same idle count and trailing
 * 7-day sales. The stock estimate itself is a running lower bound over the whole history ({@link
 * StockLedger}): the backfill's estimate starts at 0 at the window's start and equals the streaming
 * job's from the first day the streaming estimate was 0 (a stock-out, or a listing's start) within
 * the window; a listing whose stock never ran out in the window shows a lower estimate (and "stock
 * known" only after a delivery in the window). The region × SKU ABC / XYZ classes look back 28
 * days, well inside the window: of those days only the region × SKU contributions are emitted
 * ({@link DayBounds#backfill}), and rows only from {@code from}; the earlier look-back days only
 * build the ledgers. Rows not written would be shuffled, sorted and spilled for nothing. Insights
 * are not recomputed: they are a live Kafka-only signal, not a table.
 */
public final class SellThroughBackfill {
  /**
   * Look-back: the delist horizon of a listing, plus a week for orders placed ahead of a delivery
   * on its first day.
   */
  public static final int DEFAULT_LOOKBACK_DAYS = StockLedger.DELIST_AFTER_IDLE_DAYS + 7;

  static final String DATE_COLUMN = "date";

  /**
   * The longest range whose rows the stages that make them write themselves ({@link
   * StagedBackfill#writeInPlace}): a subtask holds a file open for every partition of the range,
   * each with its row group and encoders on the heap, so a longer range gathers its rows by
   * partition through a sorted exchange (slower, in bounded memory).
   */
  static final int MAX_DAYS_WRITTEN_IN_PLACE = 31;

  private final BackfillRange range;
  private final WorldSnapshot world;
  private final StagedBackfill staged;
  private final int maxDaysWrittenInPlace;

  public SellThroughBackfill(BackfillRange range, World world, Path out) {
    this(range, world, out, MAX_DAYS_WRITTEN_IN_PLACE);
  }

  /** With another limit to writing rows in place, for tests of the longer ranges' path. */
  SellThroughBackfill(BackfillRange range, World world, Path out, int maxDaysWrittenInPlace) {
    this.range = Objects.requireNonNull(range, "range");
    this.world = WorldSnapshot.of(Objects.requireNonNull(world, "world"));
    this.staged = new StagedBackfill("sell-through", range, out);
    this.maxDaysWrittenInPlace = maxDaysWrittenInPlace;
  }

  /** Adds the pipeline to {@code env} (a BATCH environment); {@link #run} executes it. */
  public void build(StreamExecutionEnvironment env, BackfillInput sales, BackfillInput orders) {
    SellThroughJob.Streams streams =
        SellThroughJob.pipeline(
            staged.eventsInWindow(
                env, sales, PosSale.class, "pos-sales", SellThroughJob::decodeSales),
            staged.eventsInWindow(
                env, orders, ShopOrderEvent.class, "shop-orders", SellThroughJob::decodeOrders),
            world,
            DayBounds.backfill(range.from(), range.to()));
    DeliveryDayFilter<SellThroughRow> inRange =
        new DeliveryDayFilter<>(range, SellThroughRow::date);
    if (range.days() > maxDaysWrittenInPlace) {
      staged.write(
          streams.rowParts(),
          SellThroughRow.class,
          SellThroughWiring.partitions(),
          inRange,
          SellThroughWiring.SELL_THROUGH);
    } else {
      // Rows are written where they are made: shop rows by the shop stage, in shop order, and
      // roll-up rows by the classes' stage, each key's days in series order.
      staged.writeInPlace(
          streams.shopRows(),
          SellThroughRow.class,
          SellThroughWiring.partitions(),
          inRange,
          SellThroughWiring.SELL_THROUGH,
          "shop-rows",
          1);
      staged.writeInPlace(
          streams.rollupRows(),
          SellThroughRow.class,
          SellThroughWiring.partitions(),
          inRange,
          SellThroughWiring.SELL_THROUGH,
          "rollups",
          SellThroughTally.ROLLUPS.size());
    }
    staged.writeDeadLetters(streams.deadLetters());
  }

  /** Builds and runs the backfill; a failed job leaves {@code sell_through/} as it was. */
  public StagedBackfill.Summary run(
      StreamExecutionEnvironment env,
      BackfillInput sales,
      BackfillInput orders,
      StagedBackfill.JobRunner execute)
      throws Exception {
    build(env, sales, orders);
    return staged
        .run(
            env,
            execute,
            List.of(
                new StagedBackfill.RangeTable(SellThroughWiring.SELL_THROUGH, DATE_COLUMN, true)))
        .summary("sell-through", range);
  }
}
