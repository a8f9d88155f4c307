package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.SellThroughRow;
import io.poolcast.jobs.forecastjob.ForecastWiring;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a backfill's tables are published with {@code --publish}: to the topics the live job writes
 * the same rows to, keyed as it keys them (see {@code PoolingWiring#sinks}, {@code
 * SellThroughWiring#sinks}, {@code ForecastWiring#sinks}). Pool progress and insights are live
 * signals a backfill does not recompute, so they are not published either.
 */
public final class BackfillTopics {
  private BackfillTopics() {}

  /**
   * One table of a backfill and its topic.
   *
   * @param table the table's folder under the output folder
   * @param dateColumn its date partition column (the range's days)
   * @param type its rows
   * @param topic the topic the live job writes them to
   * @param key the record key the live job gives a row
   */
  public record Target<T extends Record>(
      String table, String dateColumn, Class<T> type, String topic, Function<T, String> key) {
    public Target {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(dateColumn, "dateColumn");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The targets of a backfill job ({@code pooling}, {@code sell-through} or {@code forecast}).
   *
   * @throws IllegalArgumentException for another job
   */
  public static List<Target<?>> of(String job) {
    return switch (job) {
      case "pooling" ->
          List.of(
              new Target<>(
                  PoolingWiring.POOLED_ORDERS,
                  PoolingBackfill.DATE_COLUMN,
                  PooledOrderLine.class,
                  Topics.POOLED_ORDERS,
                  PooledOrderLine::supplierId),
              new Target<>(
                  PoolingWiring.POOL_ALLOCATIONS,
                  PoolingBackfill.DATE_COLUMN,
                  PoolAllocation.class,
                  Topics.POOL_ALLOCATIONS,
                  PoolAllocation::shopId));
      case "sell-through" ->
          List.of(
              new Target<>(
                  SellThroughWiring.SELL_THROUGH,
                  SellThroughBackfill.DATE_COLUMN,
                  SellThroughRow.class,
                  Topics.SELL_THROUGH,
                  SellThroughRow::kafkaKey));
      case "forecast" ->
          List.of(
              new Target<>(
                  ForecastWiring.FORECASTS,
                  ForecastBackfill.DATE_COLUMN,
                  DemandForecast.class,
                  Topics.FORECASTS,
                  DemandForecast::supplierId));
      default -> throw new IllegalArgumentException("no backfill for job '" + job + "'");
    };
  }
}
