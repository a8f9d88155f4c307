package io.poolcast.events;

/**
 * One undecoded record as it arrived, from a Kafka topic or a line of an event file. Jobs decode it
 * themselves so that a record that does not decode becomes a dead letter with its origin, instead
 * of failing the source.
 *
 * @param source topic name, or file name for event files
 * @param partition Kafka partition, -1 for files
 * @param offset Kafka offset, or 1-based line number for files
 * @param timestampMillis the record's timestamp (Kafka) or 0 when unknown
 * @param key the record key, may be null
 * @param payload the raw value bytes, may be null or garbage
 */
public record RawEvent(
    String source, int partition, long offset, long timestampMillis, byte[] key, byte[] payload) {}
