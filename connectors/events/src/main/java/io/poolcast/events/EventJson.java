package io.poolcast.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON form of every topic: snake_case field names, ISO-8601 instants and dates, money as
 * integer cents. Unknown fields are ignored so producers can add fields without breaking consumers.
 * Thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private EventJson() {}

  /** The shared, configured mapper (for readers and writers that stream many values). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  public static String toJson(Object value) {
    return new String(toBytes(value), StandardCharsets.UTF_8);
  }

  /** Parses without validation; throws on malformed input. For trusted files and tests. */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses and validates one payload. Never throws: a malformed or invalid payload comes back as
   * refused with its reason, so the caller can dead-letter it.
   */
  public static <T> Decoded<T> decode(byte[] payload, Class<T> type) {
    if (payload == null || payload.length == 0) {
      return Decoded.refused(DeadLetterReason.UNPARSEABLE, "empty payload");
    }
    T value;
    try {
      value = MAPPER.readValue(payload, type);
    } catch (IOException | RuntimeException e) {
      return Decoded.refused(DeadLetterReason.UNPARSEABLE, firstLine(e.getMessage()));
    }
    if (value == null) {
      return Decoded.refused(DeadLetterReason.UNPARSEABLE, "payload is JSON null");
    }
    Optional<Violation> violation = EventValidation.check(value);
    return violation
        .<Decoded<T>>map(v -> Decoded.refused(v.reason(), v.detail()))
        .orElseGet(() -> Decoded.valid(value));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
