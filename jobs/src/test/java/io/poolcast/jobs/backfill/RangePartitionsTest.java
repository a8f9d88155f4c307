package io.poolcast.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangePartitionsTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 8);
  private static final LocalDate TO = LocalDate.of(2026, 1, 9);

  @TempDir Path table;

  private Path file(String relative) throws Exception {
    Path file = table.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "");
  }

  @Test
  void listsTheRangesParquetFilesAtAnyDepthInPathOrder() throws Exception {
    Path east = file("level=shop_sku/date=2026-01-08/region=east/part-00000.parquet");
    Path shop9 = file("level=shop_sku/date=2026-01-09/part-00000.parquet");
    Path supplier = file("level=supplier/date=2026-01-08/part-00000.parquet");
    file("level=shop_sku/date=2026-01-07/part-00000.parquet");
    file("level=shop_sku/date=2026-01-10/part-00000.parquet");
    file("level=shop_sku/date=2026-01-08/.part-1.parquet.inprogress");
    file("level=shop_sku/date=2026-01-08/.hidden.parquet");
    file("level=shop_sku/.date=2026-01-08.old/part-00000.parquet");
    file("level=shop_sku/date=not-a-day/part-00000.parquet");
    file("level=shop_sku/date=2026-01-08/notes.txt");

    assertThat(RangePartitions.files(table, "date", FROM, TO))
        .containsExactly(east, shop9, supplier);
  }

  @Test
  void onlyTheNamedDateColumnCounts() throws Exception {
    Path pooled = file("delivery_date=2026-01-09/region=east/part-00000.parquet");
    file("issued_on=2026-01-09/region=east/part-00000.parquet");

    assertThat(RangePartitions.files(table, "delivery_date", FROM, TO)).containsExactly(pooled);
  }

  @Test
  void aMissingTableHasNoFiles() {
    assertThat(RangePartitions.files(table.resolve("absent"), "date", FROM, TO)).isEmpty();
  }
}
