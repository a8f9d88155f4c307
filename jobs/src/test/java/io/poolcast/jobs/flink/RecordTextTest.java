package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordTextTest {
  private record Shouting(String word) {
    @Override
    public String toString() {
      return word.toUpperCase(java.util.Locale.ROOT);
    }
  }

  @Test
  void isTheGeneratedToStringOfTheRowsABackfillWrites() {
    PooledOrderLine line =
        new PooledOrderLine(
            "sup-1|east-hz|2026-01-06",
            "sup-1",
            "east-hz",
            LocalDate.of(2026, 1, 6),
            "sku-1",
            null,
            12,
            1_000,
            950,
            1,
            0,
            3,
            4,
            1,
            ReleaseReason.CUTOFF,
            Instant.parse("2026-01-05T14:00:00Z"));
    PoolAllocation allocation =
        new PoolAllocation(
            "sup-1|east-hz|2026-01-06", "o-1", "shop-1", "sku-1", 3, 1_000, 950, 150);
    DeadLetter letter =
        new DeadLetter(DeadLetterReason.TOO_LATE, "late", "pooling", -1, -1L, "{}", null);

    assertThat(new RecordText<>(PooledOrderLine.class).of(line)).isEqualTo(line.toString());
    assertThat(new RecordText<>(PoolAllocation.class).of(allocation))
        .isEqualTo(allocation.toString());
    assertThat(new RecordText<>(DeadLetter.class).of(letter)).isEqualTo(letter.toString());
  }

  @Test
  void keepsARecordsOwnToString() {
    RecordText<Shouting> text = new RecordText<>(Shouting.class);
    assertThat(text.of(new Shouting("a"))).isEqualTo("A");
    assertThat(text.of(new Shouting("b"))).isEqualTo("B");
  }
}
