package io.poolcast.world;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;

/**
 * Receives the generated events, in non-decreasing event-time order over both kinds together
 * (orders and sales of a day are merged by time before the next day starts).
 */
public interface EventSink {
  void order(ShopOrderEvent event);

  void sale(PosSale sale);
}
