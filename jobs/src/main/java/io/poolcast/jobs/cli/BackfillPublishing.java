package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.jobs.backfill.BackfillPublisher;
import io.poolcast.jobs.backfill.BackfillRange;
import io.poolcast.jobs.backfill.BackfillTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The backfill's {@code --publish}: Kafka and the jobs' topics are checked before the first job
 * runs; each job's rows are published only after its partitions were replaced.
 */
final class BackfillPublishing {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final KafkaConnection kafka;

  private BackfillPublishing(KafkaConnection kafka) {
    this.kafka = kafka;
  }

  /**
   * The publishing the options ask for; null without {@code --publish}.
   *
   * @param fromKafka whether the events are read from Kafka (which takes the Kafka options too)
   * @param kafka the Kafka options given, null for none
   */
  static BackfillPublishing of(boolean publish, boolean fromKafka, KafkaOptions kafka) {
    if (!publish) {
      if (kafka != null && !fromKafka) {
        throw new UserError("--bootstrap-servers is only used with --publish or --from-kafka");
      }
      return null;
    }
    if (kafka == null) {
      throw new UserError(
          "--publish needs --bootstrap-servers HOST:PORT (the Kafka cluster of the topics)");
    }
    return new BackfillPublishing(kafka.connection());
  }

  /** Checks that Kafka answers and holds the topics of every job. */
  void requireTopics(List<String> jobs) {
    for (String job : jobs) {
      for (BackfillTopics.Target<?> target : BackfillTopics.of(job)) {
        requireTopic(target.topic());
      }
    }
  }

  private void requireTopic(String topic) {
    boolean exists;
    try {
      // A missing topic has no partitions, hence no end offsets.
      exists = !TopicReader.endOffsets(kafka, topic, TIMEOUT).isEmpty();
    } catch (RuntimeException e) {
      throw new UserError(
          "--publish: cannot reach Kafka at "
              + kafka.bootstrapServers()
              + ": "
              + OneLineErrors.describe(e),
          e);
    }
    if (!exists) {
      throw new UserError(
          "--publish: no topic "
              + topic
              + " on "
              + kafka.bootstrapServers()
              + " (create it first)");
    }
  }

  /** Publishes the range's rows of {@code job}'s tables, with progress, then their counts. */
  void publish(String job, BackfillRange range, Path out) {
    ConsoleProgress progress = ConsoleProgress.onStderr();
    long started = System.nanoTime();
    Map<String, Long> published;
    try {
      published =
          new BackfillPublisher(kafka, range, out)
              .publish(
                  BackfillTopics.of(job),
                  (topic, rows, total) -> progress.update("publish " + topic, rows, total));
    } catch (RuntimeException e) {
      throw new UserError(
          "the "
              + job
              + " backfill replaced its partitions, but publishing them failed ("
              + OneLineErrors.describe(e)
              + "); a rerun with --publish publishes the whole range again",
          e);
    } finally {
      progress.finishLine();
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.print(describe(published, range, seconds));
  }

  static String describe(Map<String, Long> published, BackfillRange range, long seconds) {
    return String.format(
        Locale.ROOT,
        "  published with header %s=%s: %s in %d s%n",
        BackfillPublisher.HEADER,
        BackfillPublisher.marker(range),
        published.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%,d rows to %s", e.getValue(), e.getKey()))
            .collect(Collectors.joining(", ")),
        seconds);
  }
}
