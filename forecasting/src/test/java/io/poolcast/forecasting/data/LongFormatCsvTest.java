package io.poolcast.forecasting.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongFormatCsvTest {
  @TempDir Path dir;

  private static SeriesFrame parse(String csv) throws IOException {
    return LongFormatCsv.builder().build().read(new StringReader(csv));
  }

  @Test
  void missingDaysBecomeExplicitZerosAndExtraColumnsBecomeAttributes() throws IOException {
    SeriesFrame frame =
        parse(
            "unique_id,ds,y,region,sku\n"
                + "b,2024-01-01,1,north,s2\n"
                + "a,2024-01-03,4,south,s1\n"
                + "a,2024-01-01,2,south,s1\n"
                + "a,2024-01-05 00:00:00,6,EAST,s1\n");
    assertThat(frame.frequency()).isEqualTo(Frequency.DAILY);
    Series a = frame.get("a");
    assertThat(a.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(a.y()).containsExactly(2, 0, 4, 0, 6);
    assertThat(a.attributes()).containsEntry("region", "south").containsEntry("sku", "s1");
    assertThat(frame.series()).extracting(Series::uniqueId).containsExactly("a", "b");
    assertThat(frame.attributeKeys()).containsExactly("region", "sku");
  }

  @Test
  void weeklyDataIsDetectedAndGapsAreWholeWeeks() throws IOException {
    SeriesFrame frame = parse("unique_id,ds,y\na,2024-01-01,1\na,2024-01-15,3\nb,2024-01-08,2\n");
    assertThat(frame.frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(frame.get("a").y()).containsExactly(1, 0, 3);
    assertThat(frame.get("a").dateAt(2)).isEqualTo(LocalDate.of(2024, 1, 15));
  }

  @Test
  void frequencyDetection() {
    LocalDate monday = LocalDate.of(2024, 1, 1);
    assertThat(Frequency.detect(List.of(monday, monday.plusDays(7), monday.plusDays(21))))
        .isEqualTo(Frequency.WEEKLY);
    assertThat(Frequency.detect(List.of(monday, monday.plusDays(1)))).isEqualTo(Frequency.DAILY);
    assertThat(Frequency.detect(List.of(monday))).isEqualTo(Frequency.DAILY);
  }

  @Test
  void negativeDemandIsRejectedNamingLineAndValue() {
    assertThatThrownBy(() -> parse("unique_id,ds,y\na,2024-01-01,1\na,2024-01-02,-2\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("'-2'");
  }

  @Test
  void nonNumericDemandIsRejectedNamingLineAndValue() {
    assertThatThrownBy(() -> parse("unique_id,ds,y\na,2024-01-01,abc\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'abc'");
  }

  @Test
  void duplicateSeriesDateIsRejectedNamingBothLines() {
    assertThatThrownBy(
            () -> parse("unique_id,ds,y\na,2024-01-01,1\nb,2024-01-01,1\na,2024-01-01,5\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("first seen on line 2");
  }

  @Test
  void badDateAndMissingColumnAreRejected() {
    assertThatThrownBy(() -> parse("unique_id,ds,y\na,01/02/2024,1\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("01/02/2024");
    assertThatThrownBy(() -> parse("unique_id,date,y\na,2024-01-01,1\n"))
        .hasMessageContaining("missing column 'ds'");
  }

  @Test
  void readsGzipWithAColumnMapping() throws IOException {
    Path file = dir.resolve("transactions.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "date,store_nbr,transactions\n2013-01-01,25,770\n2013-01-03,25,800\n2013-01-02,1,2111\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    SeriesFrame frame =
        LongFormatCsv.builder()
            .idColumn("store_nbr")
            .dsColumn("date")
            .yColumn("transactions")
            .build()
            .readFrame(file);
    assertThat(frame.size()).isEqualTo(2);
    assertThat(frame.get("25").y()).containsExactly(770, 0, 800);
    assertThat(frame.get("1").attributes()).isEmpty();
  }
}
