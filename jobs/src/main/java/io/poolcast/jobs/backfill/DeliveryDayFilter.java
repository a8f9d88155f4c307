package io.poolcast.jobs.backfill;

import java.time.LocalDate;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Keeps the rows whose day (a delivery day, a sell-through date, an issue day) lies in the backfill
 * range: only those are written.
 */
public final class DeliveryDayFilter<T> implements FilterFunction<T> {
  private static final long serialVersionUID = 1L;

  private final BackfillRange range;
  private final SerializableFunction<T, LocalDate> deliveryDay;

  public DeliveryDayFilter(BackfillRange range, SerializableFunction<T, LocalDate> deliveryDay) {
    this.range = range;
    this.deliveryDay = deliveryDay;
  }

  @Override
  public boolean filter(T row) {
    return range.containsDeliveryDay(deliveryDay.apply(row));
  }
}
