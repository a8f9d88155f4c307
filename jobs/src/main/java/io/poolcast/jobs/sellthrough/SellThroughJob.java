package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.Insight;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.Decoded;
import io.poolcast.jobs.flink.DecodedSources;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.StageKey;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Streaming sell-through insight: POS sales and shop orders in; per day, one row per shop × SKU
 * (with its stock estimate) and roll-ups per region × SKU (with its ABC / XYZ class), region ×
 * category and supplier × region out, plus trend and stock-out findings. Days are region-local and
 * close when the watermark passes the region's midnight.
 *
 * <pre>
 * pos-sales ─decode─ SaleNumbering ─┐
 *                                   ├─ keyBy shop ─ ShopStockFunction ─ shop rows ───── rows out
 * shop-orders ─decode───────────────┘                  └ contributions (side output, summed)
 *                      keyBy series × day ─ SellThroughRollupFunction ─ roll-up rows ─┐
 *            keyBy supplier × region ─ MoverClassFunction (region × SKU classes) ─ rows out
 *                                        keyBy region ─ InsightFunction ─ insights out
 *                        region × category ─ keyBy platform ─ RegionalPreferenceFunction ─┘
 * </pre>
 *
 * <p>A BATCH run gathers the sales per shop and day before keying them ({@link SaleCombiner}), adds
 * the contributions up per series and day within each shop stage subtask before keying them ({@link
 * ContributionCombiner}), and keys those sums by supplier × region at once: the classes' stage
 * rolls them up ({@link MoverClassFunction#rollingUp}), with no roll-up stage of its own.
 */
public final class SellThroughJob {
  /** Prefix of this job's source and decode operators. */
  static final String JOB = "sell-through";

  /** Raw records of the two input topics (or files). */
  public record Sources(Source<RawEvent, ?, ?> posSales, Source<RawEvent, ?, ?> shopOrders) {}

  /** Where results go. */
  public record Sinks(
      Sink<SellThroughRow> rowsTopic,
      TableOutput<SellThroughRow> rowsFiles,
      Sink<Insight> insightsTopic,
      Sink<DeadLetter> deadLetters) {}

  private final Sources sources;
  private final Sinks sinks;
  private final WorldSnapshot world;
  private final DayBounds bounds;

  public SellThroughJob(Sources sources, Sinks sinks, World world) {
    this(sources, sinks, WorldSnapshot.of(Objects.requireNonNull(world, "world")), DayBounds.LIVE);
  }

  private SellThroughJob(Sources sources, Sinks sinks, WorldSnapshot world, DayBounds bounds) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.sinks = Objects.requireNonNull(sinks, "sinks");
    this.world = world;
    this.bounds = bounds;
  }

  /**
   * This job, closing every shop's days through {@code day} when a bounded input ends. A live job
   * never needs it: its watermark passes each midnight for all shops. A bounded STREAMING run ends
   * with a watermark at +∞ that closes a shop's days only through its own last event, so a shop
   * that went quiet gets its later days only if a periodic watermark past them happened to be
   * emitted before the input ended: a race between the reader and the watermark interval. Naming
   * the day makes such a run deterministic.
   */
  public SellThroughJob closingDaysThrough(LocalDate day) {
    return new SellThroughJob(
        sources, sinks, world, new DayBounds(null, null, Objects.requireNonNull(day, "day")));
  }

  /**
   * The pipeline's results: shop rows, roll-up rows (region × SKU rows with their classes), the
   * roll-ups alone as the roll-up emits them (without classes; in STREAMING a watermark earlier),
   * dead letters.
   */
  public record Streams(
      DataStream<SellThroughRow> shopRows,
      DataStream<SellThroughRow> rollupRows,
      DataStream<SellThroughRow> rollups,
      DataStream<DeadLetter> deadLetters) {
    /** Every published row: shop rows and roll-up rows. */
    public DataStream<SellThroughRow> rows() {
      return shopRows.union(rollupRows);
    }

    /** The two streams of published rows, for a writer that filters each before their union. */
    public List<DataStream<SellThroughRow>> rowParts() {
      return List.of(shopRows, rollupRows);
    }
  }

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    Streams streams =
        pipeline(
            decodeSales(DecodedSources.source(env, sources.posSales(), "pos-sales", JOB)),
            decodeOrders(DecodedSources.source(env, sources.shopOrders(), "shop-orders", JOB)),
            world,
            bounds);
    SingleOutputStreamOperator<Insight> insights =
        streams
            .rollups()
            .keyBy(SellThroughRow::regionId)
            .process(new InsightFunction(world))
            .returns(EventTypes.of(Insight.class))
            .name("sell-through insights")
            .uid("sell-through-insights");
    SingleOutputStreamOperator<Insight> preferences =
        streams
            .rollups()
            .filter(new RegionCategoryRows())
            .name("region x category rows")
            .uid("sell-through-region-category-rows")
            .keyBy(new PlatformKey())
            .process(new RegionalPreferenceFunction())
            .returns(EventTypes.of(Insight.class))
            .name("regional preferences")
            .uid("sell-through-regional-preferences");

    streams.rows().sinkTo(sinks.rowsTopic()).name("sell-through topic").uid("sell-through-topic");
    sinks.rowsFiles().attach(streams.rows(), "sell-through-files");
    insights
        .union(preferences)
        .sinkTo(sinks.insightsTopic())
        .name("insights topic")
        .uid("insights-topic");
    streams
        .deadLetters()
        .sinkTo(sinks.deadLetters())
        .name("sell-through dead letters")
        .uid("sell-through-dead-letters");
  }

  /** Raw POS sales decoded as the sell-through job decodes them. */
  public static Decoded<PosSale> decodeSales(DataStream<RawEvent> posSales) {
    return Decoded.of(DecodedSources.decode(posSales, PosSale.class, "pos-sales", JOB));
  }

  /** Raw shop orders decoded as the sell-through job decodes them. */
  public static Decoded<ShopOrderEvent> decodeOrders(DataStream<RawEvent> shopOrders) {
    return Decoded.of(DecodedSources.decode(shopOrders, ShopOrderEvent.class, "shop-orders", JOB));
  }

  /**
   * Sell-through rows from decoded POS sales and shop orders (with event-time watermarks): the one
   * sell-through pipeline after decoding, used by the streaming job and by backfills alike.
   *
   * @param bounds the days whose rows are emitted and the day a bounded input closes through;
   *     {@link DayBounds#LIVE} for a live job
   */
  public static Streams pipeline(
      Decoded<PosSale> sales,
      Decoded<ShopOrderEvent> orders,
      WorldSnapshot world,
      DayBounds bounds) {
    StreamExecutionEnvironment env = sales.events().getExecutionEnvironment();
    SingleOutputStreamOperator<ShopDaySales> numbered = numbered(sales.events(), world, env);
    SingleOutputStreamOperator<SellThroughRow> shopRows =
        shopStock(
            numbered,
            orders,
            world,
            bounds,
            StageKey.forMode(env, () -> ShopNumbers.of(world.world())));
    DataStream<SellThroughRow> contributions =
        shopRows.getSideOutput(ShopStockFunction.CONTRIBUTIONS);
    SingleOutputStreamOperator<SellThroughRow> classified;
    DataStream<SellThroughRow> rollups;
    if (FlinkEnvironments.runsInBatch(env)) {
      RollupNumbers numbers = RollupNumbers.of(world.world());
      classified = classify(summed(contributions, numbers), MoverClassFunction.rollingUp());
      rollups = classified.getSideOutput(MoverClassFunction.ROLLUPS);
    } else {
      SingleOutputStreamOperator<SellThroughRow> rolledUp =
          rollUp(contributions.keyBy(new SeriesDayKey(), Types.STRING));
      classified =
          classify(rolledUp.keyBy(new SupplierRegionKey()), MoverClassFunction.ofRollups());
      rollups = rolledUp;
    }
    DataStream<DeadLetter> deadLetters =
        sales.refusedWith(
            orders.refusedWith(shopRows.getSideOutput(DeadLetters.TAG)),
            numbered.getSideOutput(DeadLetters.TAG));
    return new Streams(shopRows, published(classified, bounds), rollups, deadLetters);
  }

  /** The roll-up rows of published days: without the days that were only classified. */
  private static DataStream<SellThroughRow> published(
      SingleOutputStreamOperator<SellThroughRow> classified, DayBounds bounds) {
    if (bounds.rowsFrom() == null) {
      return classified;
    }
    return classified
        .filter(new PublishedDays(bounds))
        .name("published days")
        .uid("sell-through-published-days");
  }

  /**
   * A BATCH run's contributions: added up per series and day within each shop stage subtask first
   * ({@link ContributionCombiner}), then keyed by supplier × region, as the classes are.
   */
  private static KeyedStream<SellThroughRow, Long> summed(
      DataStream<SellThroughRow> contributions, RollupNumbers numbers) {
    return contributions
        .transform(
            "sum contributions per subtask",
            EventTypes.of(SellThroughRow.class),
            new ContributionCombiner(numbers, ContributionCombiner.DEFAULT_MAX_SERIES))
        .uid("sell-through-contribution-sums")
        .keyBy(numbers.groups(), Types.LONG);
  }

  /** A STREAMING job's roll-up: the contributions added up per series and day. */
  private static SingleOutputStreamOperator<SellThroughRow> rollUp(
      KeyedStream<SellThroughRow, String> contributions) {
    return contributions
        .process(new SellThroughRollupFunction())
        .returns(EventTypes.of(SellThroughRow.class))
        .name("roll up sell-through")
        .uid("sell-through-rollup");
  }

  /** The ABC / XYZ classes of region × SKU rows, keyed by supplier × region. */
  private static <K> SingleOutputStreamOperator<SellThroughRow> classify(
      KeyedStream<SellThroughRow, K> rollups, MoverClassFunction<K> classes) {
    return rollups
        .process(classes)
        .returns(EventTypes.of(SellThroughRow.class))
        .name("ABC-XYZ classes")
        .uid("sell-through-mover-classes");
  }

  /**
   * The sales as the shop stage takes them ({@link SaleNumbering}); each keeps its event only where
   * the stage may refuse it as late (STREAMING).
   */
  private static SingleOutputStreamOperator<ShopDaySales> numbered(
      DataStream<PosSale> sales, WorldSnapshot world, StreamExecutionEnvironment env) {
    return sales
        .process(new SaleNumbering(world, !FlinkEnvironments.runsInBatch(env)))
        .returns(EventTypes.of(ShopDaySales.class))
        .name("number sales")
        .uid("sell-through-sale-numbering");
  }

  /** A BATCH run's sales gathered per shop and day before the exchange ({@link SaleCombiner}). */
  private static DataStream<ShopDaySales> gathered(DataStream<ShopDaySales> sales) {
    if (!FlinkEnvironments.runsInBatch(sales.getExecutionEnvironment())) {
      return sales;
    }
    return sales
        .transform(
            "gather sales per shop and day",
            EventTypes.of(ShopDaySales.class),
            new SaleCombiner(SaleCombiner.DEFAULT_MAX_SALES))
        .uid("sell-through-sale-combiner");
  }

  private static <K> SingleOutputStreamOperator<SellThroughRow> shopStock(
      DataStream<ShopDaySales> sales,
      Decoded<ShopOrderEvent> orders,
      WorldSnapshot world,
      DayBounds bounds,
      StageKey<K> key) {
    return gathered(sales)
        .keyBy(new ShopDaySalesKey<>(key, world), key.type())
        .connect(orders.events().keyBy(key.selector(ShopOrderEvent::shopId), key.type()))
        .process(new ShopStockFunction<>(world, bounds, key))
        .returns(EventTypes.of(SellThroughRow.class))
        .name("shop stock and sell-through")
        .uid("sell-through-shop-stock");
  }
}
