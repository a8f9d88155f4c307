package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.RecordCsv;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.WorldCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real Favorita side files in ../shared/data; skipped when the folder is absent. */
class FavoritaRealDataTest {
  @TempDir static Path out;
  static FavoritaAdapter favorita;
  static FavoritaExportSummary summary;

  /** Skips each test (with the reason) when the data is absent; exports once for all tests. */
  @BeforeEach
  void exportOnce() {
    Path dir = SharedData.require("favorita/transactions.csv.gz").getParent();
    if (summary == null) {
      favorita = FavoritaAdapter.load(dir);
      summary = RealDataExports.exportFavorita(dir, out);
    }
  }

  @Test
  void filesHaveTheDocumentedCounts() {
    assertThat(favorita.stores()).hasSize(54);
    assertThat(favorita.holidays()).hasSize(350);
    assertThat(favorita.rejected().total()).isZero();
    assertThat(summary.series()).isEqualTo(54);
    assertThat(summary.seriesRows()).isEqualTo(83_488);
    assertThat(summary.regions()).isEqualTo(22);
  }

  @Test
  void christmasIsAGapForEveryStore() {
    DailySeries series = favorita.dailyTransactions();
    for (String id : series.uniqueIds()) {
      assertThat(series.observed(id).keySet())
          .noneMatch(day -> day.getMonthValue() == 12 && day.getDayOfMonth() == 25);
    }
    assertThat(summary.missingStoreDays()).isPositive();
  }

  @Test
  void shopsFileReadsBack() throws IOException {
    try (Reader in =
        CompressedFiles.openReader(
            out.resolve(RealDataExports.WORLD_DIR).resolve(WorldCsv.SHOPS))) {
      assertThat(RecordCsv.of(Shop.class).read(in, "shops.csv"))
          .hasSize(54)
          .isEqualTo(favorita.shops())
          .allSatisfy(s -> assertThat(s.openedOn()).isAfterOrEqualTo(LocalDate.of(2013, 1, 1)));
    }
  }
}
