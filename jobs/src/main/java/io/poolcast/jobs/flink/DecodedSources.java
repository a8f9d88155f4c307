package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.DecodeFunction;
import io.poolcast.events.RawEvent;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** A raw source with the jobs' event-time policy, decoded into records (bad ones dead-lettered). */
public final class DecodedSources {
  private DecodedSources() {}

  /**
   * The decoded stream of {@code source}. Operators are named {@code [job ]name} and {@code [job
   * ]decode name}, with uids {@code [job-]source-name} and {@code [job-]decode-name}, so that two
   * jobs in one environment never share a uid and existing savepoints keep matching.
   *
   * @param job the job's prefix, or "" for none
   */
  public static <T> SingleOutputStreamOperator<T> decode(
      StreamExecutionEnvironment env,
      Source<RawEvent, ?, ?> source,
      Class<T> type,
      String name,
      String job) {
    return decode(source(env, source, name, job), type, name, job);
  }

  /**
   * The raw events of {@code source}, with the jobs' event-time policy (uid {@code
   * [job-]source-name}).
   */
  public static DataStream<RawEvent> source(
      StreamExecutionEnvironment env, Source<RawEvent, ?, ?> source, String name, String job) {
    String display = job.isEmpty() ? "" : job + " ";
    String uid = job.isEmpty() ? "" : job + "-";
    return env.fromSource(source, EventTimes.rawEvents(), display + name)
        .uid(uid + "source-" + name);
  }

  /** The decoded stream of raw events read elsewhere (e.g. a backfill's bounded input). */
  public static <T> SingleOutputStreamOperator<T> decode(
      DataStream<RawEvent> raw, Class<T> type, String name, String job) {
    String display = job.isEmpty() ? "" : job + " ";
    String uid = job.isEmpty() ? "" : job + "-";
    return raw.process(new DecodeFunction<>(type))
        .name(display + "decode " + name)
        .uid(uid + "decode-" + name);
  }
}
