package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

/** A string's binary is its UTF-8 bytes, the same instance each time, and the cache is bounded. */
class TextBinariesTest {
  @Test
  void equalStringsGiveOneInstanceOfTheirUtf8Bytes() {
    TextBinaries binaries = new TextBinaries(2);
    Binary first = binaries.of("动销率 shop-00001");
    assertThat(binaries.of(new String("动销率 shop-00001"))).isSameAs(first);
    assertThat(first.getBytes()).isEqualTo("动销率 shop-00001".getBytes(StandardCharsets.UTF_8));
    assertThat(first.isBackingBytesReused()).isFalse(); // a dictionary keeps it without a copy
  }

  @Test
  void startsOverOnceFull() {
    TextBinaries binaries = new TextBinaries(2);
    Binary first = binaries.of("sku-0");
    for (int i = 1; i < TextBinaries.MAX_ENTRIES; i++) {
      binaries.of("sku-" + i);
    }
    assertThat(binaries.of("sku-0")).isSameAs(first); // still held: exactly full
    binaries.of("one too many");
    Binary again = binaries.of("sku-0");
    assertThat(again).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void aColumnGivesItsLastStringsBinaryAndOtherwiseTheSharedOne() {
    TextBinaries binaries = new TextBinaries(2);
    Binary shop = binaries.of(0, "shop-00001");
    assertThat(binaries.of(0, "shop-00001")).isSameAs(shop);
    assertThat(binaries.of(0, new String("shop-00001"))).isSameAs(shop); // a copy: by value
    assertThat(binaries.of(1, new String("shop-00001"))).isSameAs(shop); // through the map
    Binary sku = binaries.of(0, "sku-00001");
    assertThat(sku.getBytes()).isEqualTo("sku-00001".getBytes(StandardCharsets.UTF_8));
    assertThat(binaries.of(0, new String("shop-00001"))).isSameAs(shop);
  }
}
