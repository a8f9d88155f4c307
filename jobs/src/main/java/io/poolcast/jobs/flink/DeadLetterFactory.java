package io.poolcast.jobs.flink;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import java.time.Instant;

/**
 * Dead letters for events that decoded fine but were refused later in a job. The original offset is
 * no longer known there, so the payload is the event's own JSON, which is enough to replay it.
 */
public final class DeadLetterFactory {
  private DeadLetterFactory() {}

  public static DeadLetter refused(
      DeadLetterReason reason, String detail, String source, Object event, Instant eventTime) {
    return new DeadLetter(reason, detail, source, -1, -1L, EventJson.toJson(event), eventTime);
  }
}
