package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FavoritaAdapterTest {
  @TempDir Path dir;
  private FavoritaAdapter favorita;

  @BeforeEach
  void writeFixture() throws IOException {
    Files.writeString(
        dir.resolve("stores.csv"),
        """
        store_nbr,city,state,type,cluster
        1,Quito,Pichincha,D,13
        2,Quito,Pichincha,A,14
        3,Santo Domingo,Santo Domingo de los Tsachilas,C,8
        """);
    Files.writeString(
        dir.resolve("holidays_events.csv"),
        """
        date,type,locale,locale_name,description,transferred
        2013-01-01,Holiday,National,Ecuador,Primer dia del ano,False
        2013-01-05,Work Day,National,Ecuador,Recupero puente,False
        2013-01-06,Event,National,Ecuador,Futbol,False
        2013-01-07,Holiday,Local,Quito,Fundacion de Quito,True
        2013-01-08,Transfer,Local,Quito,Traslado Fundacion de Quito,False
        2013-01-09,Holiday,Regional,Santo Domingo de los Tsachilas,Provincializacion,False
        2013-01-10,Bridge,National,Ecuador,Puente,False
        """);
    try (Writer out = CompressedFiles.openWriter(dir.resolve("transactions.csv.gz"))) {
      out.write(
          """
          date,store_nbr,transactions
          2013-01-01,1,770
          2013-01-02,1,2111
          2013-01-02,2,2358
          2013-01-04,1,1900
          2013-01-04,1,1
          2013-01-04,99,5
          2013-01-05,2,oops
          2013-01-05,2,-3
          2013-01-06,2,2000
          """);
    }
    favorita = FavoritaAdapter.load(dir);
  }

  @Test
  void citiesBecomeRegionsAndStoresShops() {
    assertThat(favorita.regions())
        .containsExactly(
            new Region("fav-quito", "Quito (Pichincha)", "America/Guayaquil"),
            new Region(
                "fav-santo-domingo",
                "Santo Domingo (Santo Domingo de los Tsachilas)",
                "America/Guayaquil"));
    assertThat(favorita.shops())
        .containsExactly(
            new Shop(
                "fav-1",
                "Favorita 1 Quito",
                "fav-quito",
                ShopFormat.CONVENIENCE_STORE,
                LocalDate.of(2013, 1, 1)),
            new Shop(
                "fav-2",
                "Favorita 2 Quito",
                "fav-quito",
                ShopFormat.COMMUNITY_SUPERMARKET,
                LocalDate.of(2013, 1, 2)),
            new Shop(
                "fav-3",
                "Favorita 3 Santo Domingo",
                "fav-santo-domingo",
                ShopFormat.CONVENIENCE_STORE,
                null));
  }

  @Test
  void daysOffCombineNationalRegionalAndLocalHolidays() {
    assertThat(favorita.daysOff("Quito", "Pichincha"))
        .containsExactly(
            LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 8), LocalDate.of(2013, 1, 10));
    assertThat(favorita.daysOff("Santo Domingo", "Santo Domingo de los Tsachilas"))
        .containsExactly(
            LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 9), LocalDate.of(2013, 1, 10));
    assertThat(favorita.holidays()).hasSize(7);
  }

  @Test
  void badTransactionRowsAreCountedNotUsed() {
    RejectedRows rejected = favorita.rejected();
    assertThat(rejected.count(RejectReason.DUPLICATE_ROW)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.UNKNOWN_STORE)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.MALFORMED)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.NEGATIVE_VALUE)).isEqualTo(1);
    assertThat(favorita.dailyTransactions().totalY()).isEqualTo(770 + 2111 + 2358 + 1900 + 2000);
  }

  @Test
  void missingDaysStayGapsInTheWrittenSeries() throws IOException {
    Path out = dir.resolve("out/daily.csv.gz");
    assertThat(favorita.writeDailySeries(out)).isEqualTo(5);
    List<String> lines = OnlineRetailDemandTest.readLines(out);
    assertThat(lines)
        .containsExactly(
            "unique_id,ds,y,store_nbr,city,state,type,cluster",
            "store_1,2013-01-01,770,1,Quito,Pichincha,D,13",
            "store_1,2013-01-02,2111,1,Quito,Pichincha,D,13",
            "store_1,2013-01-04,1900,1,Quito,Pichincha,D,13",
            "store_2,2013-01-02,2358,2,Quito,Pichincha,A,14",
            "store_2,2013-01-06,2000,2,Quito,Pichincha,A,14");
    // store 1 misses 3 January, store 2 misses 3 to 5 January.
    assertThat(favorita.missingStoreDays()).isEqualTo(1 + 3);
  }
}
