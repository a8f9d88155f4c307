package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.JsonTopicWriter;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.parquet.ParquetFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes what a backfill wrote: the rows of the range's partitions, read back from the tables
 * after they were replaced, to the live job's topics ({@link BackfillTopics}), as the same JSON
 * with the same keys. Every record carries the header {@value #HEADER} = {@code FROM..TO}, which
 * tells it from the live job's records without changing the topic's record schema. Records carry
 * the time they were published as their Kafka timestamp; the rows carry their own event times.
 */
public final class BackfillPublisher {
  /** The header marking a backfilled record; its value is the range, {@code FROM..TO}. */
  public static final String HEADER = "poolcast-backfill";

  private static final long PROGRESS_EVERY = 5_000;

  /** Rows published to a topic so far, of the total the range's files hold. */
  @FunctionalInterface
  public interface Progress {
    void published(String topic, long rows, long total);
  }

  private final KafkaConnection kafka;
  private final BackfillRange range;
  private final Path out;

  /**
   * @param kafka the cluster of the topics
   * @param range the days whose partitions are published
   * @param out the output folder holding the tables
   */
  public BackfillPublisher(KafkaConnection kafka, BackfillRange range, Path out) {
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.range = Objects.requireNonNull(range, "range");
    this.out = out.toAbsolutePath();
  }

  /** The header's value for {@code range}, e.g. {@code 2026-01-08..2026-01-10}. */
  public static String marker(BackfillRange range) {
    return range.from() + ".." + range.to();
  }

  /**
   * Publishes the range's rows of every target and waits until all are acknowledged.
   *
   * @return rows published per topic, in the targets' order
   * @throws IllegalStateException if a send failed
   */
  public Map<String, Long> publish(List<BackfillTopics.Target<?>> targets, Progress progress) {
    Map<String, Long> published = new LinkedHashMap<>();
    for (BackfillTopics.Target<?> target : targets) {
      published.merge(target.topic(), publish(target, progress), Long::sum);
    }
    return published;
  }

  private <T extends Record> long publish(BackfillTopics.Target<T> target, Progress progress) {
    List<Path> files =
        RangePartitions.files(
            out.resolve(target.table()), target.dateColumn(), range.from(), range.to());
    long total = files.stream().mapToLong(ParquetFiles::rowCount).sum();
    String topic = target.topic();
    progress.published(topic, 0, total);
    try (JsonTopicWriter<T> writer =
        JsonTopicWriter.to(kafka, topic, target.key())
            .withHeader(HEADER, marker(range))
            .onProgress(PROGRESS_EVERY, rows -> progress.published(topic, rows, total))) {
      for (Path file : files) {
        ParquetFiles.read(file, target.type()).forEach(writer::write);
      }
      writer.flush();
      progress.published(topic, writer.written(), total);
      return writer.written();
    }
  }
}
