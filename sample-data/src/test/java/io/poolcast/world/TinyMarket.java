package io.poolcast.world;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small market run kept in memory for assertions (tests only). */
final class TinyMarket implements EventSink, DemandSink {
  static final WorldSize SIZE = new WorldSize(3, 60, 20, 400, 20, 60, 28);

  final WorldGenerator generator;
  final List<ShopOrderEvent> orders = new ArrayList<>();
  final List<PosSale> sales = new ArrayList<>();
  final List<Object> all = new ArrayList<>();
  final List<DemandObservation> truth = new ArrayList<>();
  final GenerationStats stats;

  TinyMarket(long seed, LocalDate start, int days) {
    this(SIZE, seed, start, days);
  }

  TinyMarket(WorldSize size, long seed, LocalDate start, int days) {
    generator = new WorldGenerator(size, seed, start, days);
    stats = generator.generateEvents(this, this, ProgressListener.NONE);
  }

  @Override
  public void order(ShopOrderEvent event) {
    orders.add(event);
    all.add(event);
  }

  @Override
  public void sale(PosSale sale) {
    sales.add(sale);
    all.add(sale);
  }

  @Override
  public void observe(DemandObservation observation) {
    truth.add(observation);
  }
}
