package io.poolcast.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path reads what the Java-time module reads, and refuses what it refuses. */
class IsoTimeModuleTest {
  private static final ObjectMapper JAVA_TIME =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();
  private static final ObjectMapper FAST =
      JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new IsoTimeModule()).build();

  @Test
  void instantsAsTheJavaTimeModuleReadsThem() {
    for (String json :
        List.of(
            "\"2026-01-05T08:45:06Z\"",
            "\"2026-01-05T08:45:06.5Z\"",
            "\"2026-01-05T08:45:06.123456789Z\"",
            "\"2026-01-05T08:45:06+08:00\"",
            "\"1969-12-31T23:59:59Z\"",
            "1767602706",
            "1767602706.5",
            "\"2026-02-30T08:45:06Z\"",
            "\"2026-01-05T24:00:00Z\"",
            "\"2026-01-05 08:45:06Z\"",
            "\"\"",
            "\"yesterday\"")) {
      assertThat(read(FAST, json, Instant.class))
          .as(json)
          .isEqualTo(read(JAVA_TIME, json, Instant.class));
    }
  }

  @Test
  void datesAsTheJavaTimeModuleReadsThem() {
    for (String json :
        List.of(
            "\"2026-01-05\"",
            "\"2024-02-29\"",
            "\"2026-02-29\"",
            "\"2026-1-5\"",
            "\"2026-01-05T08:45:06\"",
            "[2026,1,5]",
            "\"\"",
            "\"soon\"")) {
      assertThat(read(FAST, json, LocalDate.class))
          .as(json)
          .isEqualTo(read(JAVA_TIME, json, LocalDate.class));
    }
  }

  @Test
  void eventJsonUsesTheFastPath() throws Exception {
    assertThat(EventJson.mapper().readValue("\"2026-01-05T08:45:06Z\"", Instant.class))
        .isEqualTo(Instant.parse("2026-01-05T08:45:06Z"));
    assertThat(EventJson.mapper().getRegisteredModuleIds()).contains("poolcast-iso-times");
  }

  /** The value, or the exception's class name when reading fails. */
  private static Object read(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return mapper.readValue(json, type);
    } catch (Exception e) {
      return e.getClass().getName();
    }
  }
}
