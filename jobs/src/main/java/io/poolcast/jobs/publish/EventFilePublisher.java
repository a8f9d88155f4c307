package io.poolcast.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.events.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes a JSON-lines event file to a topic line by line, as bytes. Lines are not re-encoded: a
 * malformed line reaches the topic as it is and becomes a dead letter in the job, so nothing a file
 * holds is lost on the way.
 */
public final class EventFilePublisher implements AutoCloseable {
  /** Called every few thousand records. */
  public interface Progress {
    void published(long records, long bytes, long totalBytes);
  }

  private static final int REPORT_EVERY = 5_000;

  private final KafkaProducer<byte[], byte[]> producer;
  private final SendFailures failures = new SendFailures();

  public EventFilePublisher(KafkaConnection kafka) {
    Properties props = kafka.toProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // A busy 2-core machine runs broker, generator and Flink side by side: give slow requests
    // time instead of expiring batches, and keep one request in flight so order never depends on
    // the idempotence machinery recovering from an expired batch.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "120000");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000");
    this.producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * Publishes every non-blank line of {@code file} (plain or .gz) to {@code topic}, keyed by the
   * JSON field {@code keyField} when the line has it.
   *
   * @return the number of records published
   */
  public long publish(Path file, String topic, String keyField, Progress progress) {
    // Progress counts uncompressed bytes, so a compressed file's size is no total.
    long total = file.getFileName().toString().endsWith(".gz") ? -1 : sizeOf(file);
    long records = 0;
    long bytes = 0;
    try (BufferedReader lines = open(file)) {
      String line;
      while ((line = lines.readLine()) != null) {
        bytes += line.length() + 1;
        if (line.isBlank()) {
          continue;
        }
        publishLine(topic, keyField, line);
        if (++records % REPORT_EVERY == 0) {
          progress.published(records, bytes, total);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    flush();
    progress.published(records, bytes, total);
    return records;
  }

  /** Publishes one raw payload as it is, e.g. to show the dead-letter path. */
  public void publishRaw(String topic, String key, String payload) {
    producer.send(
        new ProducerRecord<>(
            topic,
            key == null ? null : key.getBytes(StandardCharsets.UTF_8),
            payload.getBytes(StandardCharsets.UTF_8)),
        failures);
  }

  /** Waits for every record sent so far; throws if any of them was not written. */
  public void flush() {
    producer.flush();
    failures.throwIfAny();
  }

  private void publishLine(String topic, String keyField, String line) {
    byte[] key = keyOf(line, keyField);
    producer.send(
        new ProducerRecord<>(topic, key, line.getBytes(StandardCharsets.UTF_8)), failures);
  }

  private static byte[] keyOf(String line, String keyField) {
    try {
      JsonNode node = EventJson.mapper().readTree(line).get(keyField);
      return node == null || !node.isTextual()
          ? null
          : node.asText().getBytes(StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // unreadable line: published unkeyed, the job dead-letters it
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
