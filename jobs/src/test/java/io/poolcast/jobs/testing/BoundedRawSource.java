package io.poolcast.jobs.testing;

import io.poolcast.events.RawEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/** A bounded source of raw records with given payloads, standing in for a Kafka topic. */
public final class BoundedRawSource {
  private BoundedRawSource() {}

  public static Source<RawEvent, ?, ?> of(String topic, List<String> payloads) {
    ArrayList<String> copy = new ArrayList<>(payloads);
    return new DataGeneratorSource<>(
        new Payloads(topic, copy), copy.size(), TypeInformation.of(RawEvent.class));
  }

  /**
   * The same, read at most {@code perSecond} records a second: a topic that lags behind the others
   * (in STREAMING, its records arrive after theirs).
   */
  public static Source<RawEvent, ?, ?> slow(String topic, List<String> payloads, double perSecond) {
    ArrayList<String> copy = new ArrayList<>(payloads);
    return new DataGeneratorSource<>(
        new Payloads(topic, copy),
        copy.size(),
        RateLimiterStrategy.perSecond(perSecond),
        TypeInformation.of(RawEvent.class));
  }

  /** Builds record {@code i} from the i-th payload; offsets are the indexes. */
  private static final class Payloads implements GeneratorFunction<Long, RawEvent> {
    private static final long serialVersionUID = 1L;
    private final String topic;
    private final ArrayList<String> payloads;

    Payloads(String topic, ArrayList<String> payloads) {
      this.topic = topic;
      this.payloads = payloads;
    }

    @Override
    public RawEvent map(Long index) {
      String payload = payloads.get(index.intValue());
      return new RawEvent(topic, 0, index, 0L, null, payload.getBytes(StandardCharsets.UTF_8));
    }
  }
}
