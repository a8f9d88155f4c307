package io.poolcast.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.junit.jupiter.api.Test;

class CsvEventsTest {
  private static final String HEADER =
      "sale_id,shop_id,region_id,sku,quantity,unit_price_cents,event_time\n";

  @Test
  void aFileThatStopsBeingCsvEndsWithOneDeadLetterSayingWhere() throws IOException {
    String csv =
        HEADER
            + "s-1,shop-1,north,sku-1,3,4780,2026-01-04T16:00:04Z\n"
            + "s-2,\"shop-2,north,sku-1,3,4780,2026-01-04T16:00:05Z\n"
            + "s-3,shop-3,north,sku-1,3,4780,2026-01-04T16:00:06Z\n";
    StreamFormat.Reader<RawEvent> reader =
        new CsvEvents("pos-sales.csv", PosSale.class).createReader(new Configuration(), of(csv));

    RawEvent sale = reader.read();
    RawEvent broken = reader.read();

    assertThat(EventJson.decode(sale.payload(), PosSale.class).value().saleId()).isEqualTo("s-1");
    assertThat(sale.offset()).isEqualTo(1);
    assertThat(new String(broken.payload(), StandardCharsets.UTF_8))
        .startsWith("unreadable CSV after data row 1: ");
    assertThat(broken.source()).isEqualTo("pos-sales.csv");
    assertThat(EventJson.decode(broken.payload(), PosSale.class).reason())
        .isEqualTo(DeadLetterReason.UNPARSEABLE);
    assertThat(reader.read()).isNull();
    reader.close();
  }

  private static FSDataInputStream of(String text) {
    ByteArrayInputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return new FSDataInputStream() {
      private long position;

      @Override
      public void seek(long desired) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long getPos() {
        return position;
      }

      @Override
      public int read() {
        int b = bytes.read();
        position += b < 0 ? 0 : 1;
        return b;
      }
    };
  }
}
