package io.poolcast.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
          .addModule(new IsoTimeModule())
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
    } catch (MismatchedInputException e) {
      return missingPrimitive(e)
          .<Decoded<T>>map(
              field -> Decoded.refused(DeadLetterReason.MISSING_FIELD, field + " is missing"))
          .orElseGet(
              () -> Decoded.refused(DeadLetterReason.UNPARSEABLE, firstLine(e.getMessage())));
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

  /**
   * Reads only the top-level {@code event_time} of a JSON payload, without decoding the rest: cheap
   * enough to assign event time to raw records before they are decoded.
   *
   * @return the event time, or empty when the payload has none or is not JSON
   */
  public static Optional<Instant> eventTimeOf(byte[] payload) {
    if (payload == null || payload.length == 0) {
      return Optional.empty();
    }
    try (JsonParser parser = MAPPER.getFactory().createParser(payload)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("event_time".equals(field) && value == JsonToken.VALUE_STRING) {
          return Optional.of(IsoTimes.instant(parser.getText()));
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A number or boolean field that is absent or null is a missing field, not malformed JSON. */
  private static Optional<String> missingPrimitive(MismatchedInputException e) {
    String message = e.getOriginalMessage();
    if (message == null || !message.startsWith("Cannot map `null` into type")) {
      return Optional.empty();
    }
    return e.getPath().stream()
        .map(JsonMappingException.Reference::getFieldName)
        .filter(name -> name != null)
        .reduce((outer, inner) -> outer + "." + inner);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
