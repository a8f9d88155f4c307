package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.java.functions.KeySelector;
import org.junit.jupiter.api.Test;

/** BATCH runs key by the hash-prefixed key; STREAMING runs by the bare one. */
class BatchSortKeyTest {
  private static final KeySelector<String, String> BARE = s -> s;

  @Test
  void aBatchKeyGroupsAsTheBareKeyAndDiffersWithinTheSortPrefix() throws Exception {
    KeySelector<String, String> key = BatchSortKey.of(BARE, FlinkEnvironments.localBounded(1));
    String series = "region_sku|east-hz|null|sup-0001|beverages|sku-000392|2026-01-28";
    assertThat(key.getKey(series)).isEqualTo(key.getKey(new String(series))).endsWith(series);
    assertThat(BatchSortKey.bare(key.getKey(series))).isEqualTo(series);
    assertThat(BatchSortKey.bare(series)).isEqualTo(series);
    List<String> keys =
        List.of(
            key.getKey(series),
            key.getKey(series.replace("sku-000392", "sku-000393")),
            key.getKey(series.replace("2026-01-28", "2026-01-29")),
            key.getKey(series.replace("east-hz", "east-sh")));
    assertThat(keys.stream().map(BatchSortKeyTest::first7Bytes).distinct()).hasSize(keys.size());
  }

  @Test
  void aStreamingRunKeepsTheBareKeySoSavepointsStayCompatible() {
    var env =
        org.apache.flink.streaming.api.environment.StreamExecutionEnvironment
            .createLocalEnvironment();
    assertThat(BatchSortKey.of(BARE, env)).isSameAs(BARE);
  }

  /** The characters in Flink's 8-byte sort prefix of a serialized string: its length, then 7. */
  private static String first7Bytes(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return new String(Arrays.copyOf(bytes, Math.min(7, bytes.length)), StandardCharsets.UTF_8);
  }
}
