package io.poolcast.forecasting.gbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.forecasting.VersionedModelCard;
import io.poolcast.forecasting.daily.SeriesRefresh;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbmModelFileTest {
  private static final GbmSettings SMALL = GbmSettings.DEFAULT.withTrees(10).withRows(20, 2_000);

  static SeriesFrame frame(int series, int days) {
    List<Series> list = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7);
    for (int s = 0; s < series; s++) {
      double level = 1 + s % 5;
      double[] y = new double[days];
      for (int d = 0; d < days; d++) {
        y[d] = Math.max(0, Math.round(level * (d % 7 >= 5 ? 2 : 1) + r.nextInt(3) - 1));
      }
      list.add(new Series("s" + s, LocalDate.of(2026, 1, 5), Frequency.DAILY, y, Map.of()));
    }
    return new SeriesFrame(list);
  }

  private static Path save(Path dir, TrainedGbm trained) {
    return GbmModelFile.write(
            dir,
            trained,
            id ->
                VersionedModelCard.trainedFile(
                    id,
                    GbmModelFile.fileName(id),
                    new GbmModel(SMALL),
                    Map.of("through", "2026-03-15"),
                    CalibrationSettings.DEFAULT))
        .model();
  }

  @Test
  void aSavedModelIsNamedByItsContentAndForecastsAsTrained(@TempDir Path dir) throws Exception {
    SeriesFrame frame = frame(40, 70);
    TrainedGbm trained = new GbmModel(SMALL).train(frame, 42);
    Path file = save(dir, trained);
    GbmModelFile.Loaded loaded = GbmModelFile.read(file);

    assertThat(file.getFileName().toString()).isEqualTo("gbm-" + loaded.id() + ".model");
    assertThat(loaded.id()).isEqualTo(VersionedModelCard.contentId(Files.readAllBytes(file)));
    Series s = frame.get("s3");
    assertThat(loaded.model().fit(s).predictMean(30))
        .containsExactly(trained.fit(s).predictMean(30));
    VersionedModelCard card =
        VersionedModelCard.read(dir.resolve(GbmModelFile.cardName(loaded.id())));
    assertThat(card.id()).isEqualTo(loaded.id());
    assertThat(card.kind()).isEqualTo(VersionedModelCard.TRAINED_FILE);
    assertThat(card.training()).containsEntry("through", "2026-03-15");
  }

  @Test
  void theSameDataAndSeedGiveTheSameFileAndOtherDataAnother(@TempDir Path dir) {
    Path a = save(dir, new GbmModel(SMALL).train(frame(40, 70), 42));
    Path b = save(dir, new GbmModel(SMALL).train(frame(40, 70), 42));
    Path c = save(dir, new GbmModel(SMALL).train(frame(41, 70), 42));
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void aDamagedFileIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Path file = save(dir, new GbmModel(SMALL).train(frame(40, 70), 42));
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);
    assertThatThrownBy(() -> GbmModelFile.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("content hash")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> GbmModelFile.read(dir.resolve("model.bin")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a GBM model file");
  }

  @Test
  void aLoadedModelRefreshesAShortSeriesWithCalibratedOrderedQuantiles() {
    SeriesFrame frame = frame(40, 70);
    TrainedGbm trained = new GbmModel(SMALL.withMinOrigin(7)).train(frame, 42);
    Series shortSeries = frame.get("s2").head(28);
    SeriesRefresh.Refreshed r =
        new SeriesRefresh(new PretrainedGbm(trained, "abc"), 42).forecast(shortSeries);
    assertThat(r.model()).isEqualTo("GBM");
    assertThat(r.note()).isNull(); // intervals calibrated on a shortened horizon
    assertThat(r.points()).hasSize(30);
    assertThat(r.points())
        .allSatisfy(
            p -> {
              assertThat(p.p10()).isGreaterThanOrEqualTo(0);
              assertThat(p.p50()).isBetween(p.p10(), p.p90());
            });
  }
}
