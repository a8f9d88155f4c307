package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesTest {
  @TempDir Path dir;

  private static ShopOrderEvent order(int n) {
    return new ShopOrderEvent(
        "e" + n,
        "o" + n,
        1,
        OrderEventType.PLACED,
        "shop-1",
        "sup-1",
        "east-hz",
        List.of(new OrderLine("sku-" + n, n, 250)),
        Instant.parse("2026-01-05T02:00:00Z").plusSeconds(n),
        LocalDate.of(2026, 1, 6),
        LocalDate.of(2026, 1, 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"orders.jsonl", "orders.jsonl.gz"})
  void writtenEventsReadBackEqual(String name) {
    Path file = dir.resolve("sub").resolve(name);
    try (JsonLinesWriter<ShopOrderEvent> writer = JsonLines.writer(file)) {
      for (int n = 1; n <= 3; n++) {
        writer.write(order(n));
      }
      assertThat(writer.written()).isEqualTo(3);
    }
    try (Stream<Decoded<ShopOrderEvent>> read = JsonLines.read(file, ShopOrderEvent.class)) {
      assertThat(read.map(Decoded::value)).containsExactly(order(1), order(2), order(3));
    }
  }

  @Test
  void gzipFileIsCompressedOnDisk() throws IOException {
    Path file = dir.resolve("orders.jsonl.gz");
    try (JsonLinesWriter<ShopOrderEvent> writer = JsonLines.writer(file)) {
      writer.write(order(1));
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
    assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
  }

  @Test
  void rawEventsCarryFileNameAndLineNumbers() throws IOException {
    Path file = dir.resolve("raw.jsonl");
    Files.writeString(file, "{\"a\":1}\r\n\n{\"b\":2}", StandardCharsets.UTF_8);
    List<RawEvent> raw;
    try (Stream<RawEvent> stream = JsonLines.readRaw(file)) {
      raw = stream.toList();
    }
    assertThat(raw).hasSize(3);
    assertThat(raw).extracting(RawEvent::offset).containsExactly(1L, 2L, 3L);
    assertThat(raw).allSatisfy(e -> assertThat(e.source()).isEqualTo("raw.jsonl"));
    assertThat(raw).allSatisfy(e -> assertThat(e.partition()).isEqualTo(-1));
    assertThat(raw).allSatisfy(e -> assertThat(e.timestampMillis()).isZero());
    assertThat(raw).allSatisfy(e -> assertThat(e.key()).isNull());
    assertThat(new String(raw.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(raw.get(1).payload()).isEmpty();
  }

  @Test
  void invalidBytesReachThePayloadUnchanged() throws IOException {
    Path file = dir.resolve("garbage.jsonl");
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 'x', '\n'};
    Files.write(file, garbage);
    try (Stream<RawEvent> stream = JsonLines.readRaw(file)) {
      assertThat(stream.findFirst().orElseThrow().payload())
          .containsExactly((byte) 0xff, (byte) 0xfe, 'x');
    }
  }

  @Test
  void badLinesAreRefusedWithTheirLineNotThrown() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    String good = EventJson.toJson(order(1));
    String negative = good.replace("\"quantity\":1", "\"quantity\":-4");
    Files.writeString(file, good + "\nnot json\n\n" + negative + "\n", StandardCharsets.UTF_8);
    List<Decoded<ShopOrderEvent>> decoded;
    try (Stream<Decoded<ShopOrderEvent>> stream = JsonLines.read(file, ShopOrderEvent.class)) {
      decoded = stream.toList();
    }
    assertThat(decoded).hasSize(4);
    assertThat(decoded.get(0).isValid()).isTrue();
    assertThat(decoded.get(1).reason()).isEqualTo(DeadLetterReason.UNPARSEABLE);
    assertThat(decoded.get(1).detail()).startsWith("mixed.jsonl:2: ");
    assertThat(decoded.get(2).detail()).startsWith("mixed.jsonl:3: ");
    assertThat(decoded.get(3).reason()).isEqualTo(DeadLetterReason.INVALID_VALUE);
    assertThat(decoded.get(3).detail()).startsWith("mixed.jsonl:4: ");
  }

  @Test
  void readingIsLazy() throws IOException {
    // A gzip file cut in half: a full read fails at the cut, so reading its first line proves
    // the stream does not read ahead.
    Path whole = dir.resolve("whole.jsonl.gz");
    SplittableRandom random = new SplittableRandom(42);
    try (Writer out = CompressedFiles.openWriter(whole)) {
      for (int i = 0; i < 200_000; i++) {
        out.write("{\"n\":" + random.nextLong() + "}\n");
      }
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

    try (Stream<RawEvent> stream = JsonLines.readRaw(cut)) {
      assertThat(stream.limit(1).count()).isEqualTo(1);
    }
    assertThatThrownBy(
            () -> {
              try (Stream<RawEvent> stream = JsonLines.readRaw(cut)) {
                stream.count();
              }
            })
        .isInstanceOf(UncheckedIOException.class);
  }
}
