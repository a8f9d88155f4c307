package io.poolcast.world;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one local day, collected in generation order and handed out in time order. Ties
 * keep generation order, so the output is deterministic. Only one day is held at a time.
 */
final class DayEvents {
  private static final int INDEX_BITS = 40;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private final List<Object> events = new ArrayList<>();
  private long[] keys = new long[1024];
  private long dayStartSecond;

  void startDay(long dayStartEpochSecond) {
    events.clear();
    dayStartSecond = dayStartEpochSecond;
  }

  void add(Instant time, Object event) {
    long secondOfDay = time.getEpochSecond() - dayStartSecond;
    if (secondOfDay < 0 || secondOfDay >= 2 * 86_400) {
      throw new IllegalStateException("event outside its day: " + event);
    }
    int index = events.size();
    if (index == keys.length) {
      keys = Arrays.copyOf(keys, keys.length * 2);
    }
    keys[index] = (secondOfDay << INDEX_BITS) | index;
    events.add(event);
  }

  int size() {
    return events.size();
  }

  void emit(EventSink sink) {
    int n = events.size();
    Arrays.sort(keys, 0, n);
    for (int i = 0; i < n; i++) {
      Object event = events.get((int) (keys[i] & INDEX_MASK));
      if (event instanceof PosSale sale) {
        sink.sale(sale);
      } else {
        sink.order((ShopOrderEvent) event);
      }
    }
    events.clear();
  }
}
