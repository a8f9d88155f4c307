package io.poolcast.world;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic generator of a sample S2B2B market: reference data ({@link #world()}) and the shop
 * orders and POS sales of a period ({@link #generateEvents}). The same (size, seed, start, days)
 * always gives the same world and the same events.
 *
 * <p>Memory holds the market, one state per shop × listed SKU and one day of events; events are
 * streamed to the sink day by day.
 */
public final class WorldGenerator {
  /** Default first day of the demo period (a Monday, six weeks before the 2026 Spring Festival). */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);

  private static final int INDEX_MARGIN_DAYS = 90;

  private final WorldSize size;
  private final long seed;
  private final LocalDate start;
  private final int days;
  private MarketModel market;
  private GenerationStats lastStats;

  public WorldGenerator(Scale scale, long seed, LocalDate start, int days) {
    this(scale.size(), seed, start, days);
  }

  public WorldGenerator(WorldSize size, long seed, LocalDate start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be positive, was " + days);
    }
    if (start.getYear() < ChineseRetailCalendar.FIRST_YEAR || start.getYear() > 2030) {
      throw new IllegalArgumentException("start must be in 2020–2030, was " + start);
    }
    this.size = size;
    this.seed = seed;
    this.start = start;
    this.days = days;
  }

  /** The reference data of the market (built on first use). */
  public World world() {
    return market().world;
  }

  MarketModel market() {
    if (market == null) {
      market = new MarketBuilder(size, seed, start, days).build();
    }
    return market;
  }

  public GenerationStats generateEvents(EventSink sink) {
    return generateEvents(sink, DemandSink.NONE, ProgressListener.NONE);
  }

  /**
   * Simulates the period and streams its events to the sink, day by day in event-time order, and
   * the true demand of every active shop × SKU × day to the demand sink. Each call starts from the
   * same initial state, so calling it twice gives the same events.
   */
  public GenerationStats generateEvents(
      EventSink sink, DemandSink demandSink, ProgressListener progress) {
    return run(OrderPolicy.HABIT, false, sink, demandSink, progress);
  }

  /**
   * Simulates the period with the shops ordering by {@code policy} instead of their habit. True
   * demand is drawn from a random stream of its own per shop, so every policy run on this generator
   * meets exactly the same demand (shop × SKU × day); {@code simulate(OrderPolicy.HABIT, ...)} is
   * the world's habit on that demand. Demand therefore differs from {@link #generateEvents}, whose
   * output stays as it always was.
   */
  public GenerationStats simulate(
      OrderPolicy policy, EventSink sink, DemandSink demandSink, ProgressListener progress) {
    return run(policy, true, sink, demandSink, progress);
  }

  private GenerationStats run(
      OrderPolicy policy,
      boolean pairedDemand,
      EventSink sink,
      DemandSink demandSink,
      ProgressListener progress) {
    MarketModel m = market();
    StatsCounter stats = new StatsCounter();
    MarketSeasonality seasonality = new MarketSeasonality(start);
    SeasonIndex index = new SeasonIndex(seasonality, start, days + INDEX_MARGIN_DAYS);
    Promotions promotions = new Promotions(seed);
    ShopSimulator simulator = new ShopSimulator(m, index, stats, demandSink, seed, policy);
    List<ShopState> shops = new ArrayList<>(m.shops.size());
    for (ShopPlan plan : m.shops) {
      shops.add(new ShopState(plan, m.skuSupplier, seed, pairedDemand));
    }
    DayEvents today = new DayEvents();
    LaterEvents later = new LaterEvents();
    for (int d = 0; d < days; d++) {
      DayContext day = new DayContext(start.plusDays(d), d, m, seasonality, index, promotions);
      today.startDay(day.dayStartSecond);
      for (ShopOrderEvent change : later.drain(day.epochDay)) {
        today.add(change.eventTime(), change);
        stats.countChange(change);
      }
      for (ShopState shop : shops) {
        simulator.simulate(shop, day, today, later);
      }
      today.emit(sink);
      progress.progress("events", d + 1, days);
    }
    lastStats = stats.snapshot(days);
    return lastStats;
  }

  /**
   * The statistics of the last {@link #generateEvents} run.
   *
   * @throws IllegalStateException before the first run
   */
  public GenerationStats stats() {
    if (lastStats == null) {
      throw new IllegalStateException("generateEvents has not run yet");
    }
    return lastStats;
  }

  public WorldSize size() {
    return size;
  }

  public long seed() {
    return seed;
  }

  public LocalDate start() {
    return start;
  }

  public int days() {
    return days;
  }
}
