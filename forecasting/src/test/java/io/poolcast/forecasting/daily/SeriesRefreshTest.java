package io.poolcast.forecasting.daily;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.models.AutoModel;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesRefreshTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 5);

  static Series weekly(int days) {
    DemandHistory h = DemandHistory.start(D, 4);
    for (int d = 1; d < days; d++) {
      int units = (d % 7 == 5 || d % 7 == 6) ? 9 : (d % 3 == 0 ? 0 : 3 + d % 2);
      if (units > 0) {
        h = h.add(D.plusDays(d), units);
      }
    }
    return h.series("r|s|a", D.plusDays(days - 1), Map.of());
  }

  @Test
  void thirtyOrderedNonNegativeDaysAfterTheClosedDay() {
    Series s = weekly(70);
    SeriesRefresh.Refreshed r = new SeriesRefresh(new AutoModel(), 42).forecast(s);
    assertThat(r.model()).isEqualTo("Auto");
    assertThat(r.points()).hasSize(SeriesRefresh.HORIZON);
    for (int i = 0; i < r.points().size(); i++) {
      SeriesRefresh.Point p = r.points().get(i);
      assertThat(p.step()).isEqualTo(i + 1);
      assertThat(p.ds()).isEqualTo(s.lastDate().plusDays(i + 1));
      assertThat(p.p10()).isGreaterThanOrEqualTo(0);
      assertThat(p.p50()).isGreaterThanOrEqualTo(p.p10());
      assertThat(p.p90()).isGreaterThanOrEqualTo(p.p50());
    }
    assertThat(r.points().get(0).p90()).isGreaterThan(r.points().get(0).p10());
  }
}
