package io.poolcast.connectors.kafka;

import io.poolcast.events.RawEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Passes every Kafka record on as a {@link RawEvent} without looking at its bytes. It never throws,
 * so garbage reaches the job, which dead-letters it with its origin (see {@link DecodeFunction})
 * instead of failing the source.
 */
public final class RawEventDeserializer implements KafkaRecordDeserializationSchema<RawEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawEvent> out) {
    out.collect(toRawEvent(record));
  }

  /** The record as a raw event; an unknown (negative) timestamp becomes 0. */
  public static RawEvent toRawEvent(ConsumerRecord<byte[], byte[]> record) {
    return new RawEvent(
        record.topic(),
        record.partition(),
        record.offset(),
        Math.max(0L, record.timestamp()),
        record.key(),
        record.value());
  }

  @Override
  public TypeInformation<RawEvent> getProducedType() {
    return TypeInformation.of(RawEvent.class);
  }
}
