package io.poolcast.jobs.backfill;

import io.poolcast.events.RawEvent;
import java.util.Optional;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where a backfill reads archived shop-order events from. Every input yields raw events with
 * event-time watermarks, so the streaming job's pipeline decodes and validates them itself.
 */
public interface BackfillInput {
  /** The events of the range (an input may read more; the range filter drops the rest). */
  DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range);

  /**
   * The range's events already decoded, when the input holds them so (the event archive: decoded
   * and validated when archived), with their event times as timestamps; empty when the job decodes
   * {@link #read}'s raw events itself. The range filter drops what is outside the window.
   */
  default <T extends Record> Optional<DataStream<T>> readDecoded(
      StreamExecutionEnvironment env, BackfillRange range, Class<T> type) {
    return Optional.empty();
  }

  /**
   * How many events the range will read, for a progress bar (cheap: footers, or a byte scan); -1
   * when unknown.
   */
  default long expectedEvents(BackfillRange range) {
    return -1;
  }

  /**
   * Checks, before any job runs, that the input can hold events of the range's window (cheap: a
   * folder listing); an input that cannot tell accepts every range.
   *
   * @throws IllegalArgumentException naming what is missing
   */
  default void requireEvents(BackfillRange range) {}

  /** What the input is, for the console. */
  String describe();
}
