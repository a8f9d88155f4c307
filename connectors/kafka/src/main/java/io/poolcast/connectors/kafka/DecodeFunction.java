package io.poolcast.connectors.kafka;

import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decodes and validates raw records with {@link EventJson#decode}. Valid values go to the main
 * output; refused ones go to {@link DeadLetters#TAG} with reason and origin, and are counted in the
 * metric {@code poolcast.deadLetters.<reason>} (e.g. {@code poolcast.deadLetters.unparseable}).
 *
 * <p>The produced type is declared ({@link ResultTypeQueryable}), so no {@code .returns(...)} is
 * needed. For a type whose fields Flink cannot analyse without Kryo, pass its {@link
 * TypeInformation} explicitly (see {@link EventTypes}).
 *
 * @param <T> the event type
 */
public class DecodeFunction<T> extends ProcessFunction<RawEvent, T>
    implements ResultTypeQueryable<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final TypeInformation<T> producedType;
  private transient Map<DeadLetterReason, Counter> deadLetterCounters;
  private transient Counter decodedCounter;

  /** Decodes into {@code type}, with the type information {@link EventTypes#of} gives for it. */
  public DecodeFunction(Class<T> type) {
    this(type, EventTypes.of(type));
  }

  public DecodeFunction(Class<T> type, TypeInformation<T> producedType) {
    this.type = Objects.requireNonNull(type, "type");
    this.producedType = Objects.requireNonNull(producedType, "producedType");
  }

  @Override
  public void open(OpenContext openContext) {
    MetricGroup poolcast = getRuntimeContext().getMetricGroup().addGroup("poolcast");
    MetricGroup deadLetters = poolcast.addGroup("deadLetters");
    deadLetterCounters = new EnumMap<>(DeadLetterReason.class);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      deadLetterCounters.put(reason, deadLetters.counter(reason.name().toLowerCase(Locale.ROOT)));
    }
    decodedCounter = poolcast.counter("decoded");
  }

  @Override
  public void processElement(RawEvent raw, Context ctx, Collector<T> out) {
    Decoded<T> decoded = EventJson.decode(raw.payload(), type);
    if (decoded.isValid()) {
      decodedCounter.inc();
      out.collect(decoded.value());
    } else {
      deadLetterCounters.get(decoded.reason()).inc();
      ctx.output(DeadLetters.TAG, DeadLetters.of(raw, decoded.reason(), decoded.detail()));
    }
  }

  @Override
  public TypeInformation<T> getProducedType() {
    return producedType;
  }
}
