package io.poolcast.connectors.kafka;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.RawEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** The side output that carries dead letters, and how a refused raw record becomes one. */
public final class DeadLetters {
  /** Side output of every PoolCast operator that refuses records. */
  public static final OutputTag<DeadLetter> TAG =
      new OutputTag<>("poolcast-dead-letters", TypeInformation.of(DeadLetter.class));

  private DeadLetters() {}

  /**
   * A dead letter for a raw record: origin and payload (as UTF-8 text, lossy for binary garbage;
   * empty for a null payload) are kept so it can be fixed and replayed.
   */
  public static DeadLetter of(RawEvent raw, DeadLetterReason reason, String detail) {
    String payload = raw.payload() == null ? "" : new String(raw.payload(), StandardCharsets.UTF_8);
    return new DeadLetter(
        reason,
        detail,
        raw.source(),
        raw.partition(),
        raw.offset(),
        payload,
        Instant.ofEpochMilli(raw.timestampMillis()));
  }
}
