package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetter;
import java.util.Objects;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * One input stream of a job after decoding: the valid events and, when the stream was decoded from
 * raw records, what decoding refused. A job's pipeline starts here, so that events already decoded
 * and validated (the Parquet event archive) skip a round trip through JSON.
 *
 * @param events the decoded, valid events
 * @param refused the dead letters of decoding; null when the events come decoded
 * @param <T> the event type
 */
public record Decoded<T>(DataStream<T> events, DataStream<DeadLetter> refused) {
  public Decoded {
    Objects.requireNonNull(events, "events");
  }

  /** The output of a {@link DecodeFunction}: its events, and its refusals on the side output. */
  public static <T> Decoded<T> of(SingleOutputStreamOperator<T> decoding) {
    return new Decoded<>(decoding, decoding.getSideOutput(DeadLetters.TAG));
  }

  /** Events decoded and validated before (e.g. read back from the event archive). */
  public static <T> Decoded<T> valid(DataStream<T> events) {
    return new Decoded<>(events, null);
  }

  /** The dead letters of decoding, if any, together with {@code first} and {@code more}. */
  @SafeVarargs
  public final DataStream<DeadLetter> refusedWith(
      DataStream<DeadLetter> first, DataStream<DeadLetter>... more) {
    DataStream<DeadLetter> all = refused == null ? first : refused.union(first);
    return more.length == 0 ? all : all.union(more);
  }
}
