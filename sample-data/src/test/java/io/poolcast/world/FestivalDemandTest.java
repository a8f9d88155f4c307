package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.Sku;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Gift boxes peak before the Spring and Mid-Autumn festivals in the generated daily series. */
class FestivalDemandTest {

  @Test
  void giftBoxesPeakBeforeTheSpringFestival() {
    TinyMarket market = new TinyMarket(11L, LocalDate.of(2026, 1, 5), 49);
    Map<LocalDate, Double> gifts = giftBoxDemandByDay(market);
    // Spring Festival 2026-02-17; the week before the eve against the first week of January.
    double peak = mean(gifts, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 15));
    double plain = mean(gifts, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11));
    assertThat(peak / plain).isGreaterThan(3);
    // The first days of the new year are quiet for everyday categories.
    Map<LocalDate, Double> all = demandByDay(market, sku -> true);
    assertThat(all.get(LocalDate.of(2026, 2, 18)))
        .isLessThan(0.8 * all.get(LocalDate.of(2026, 2, 12)));
  }

  @Test
  void giftBoxesPeakBeforeMidAutumn() {
    TinyMarket market = new TinyMarket(11L, LocalDate.of(2026, 8, 24), 40);
    Map<LocalDate, Double> gifts = giftBoxDemandByDay(market);
    // Mid-Autumn 2026-09-25.
    double peak = mean(gifts, LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 24));
    double plain = mean(gifts, LocalDate.of(2026, 8, 24), LocalDate.of(2026, 8, 30));
    double after = mean(gifts, LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27));
    assertThat(peak / plain).isGreaterThan(3);
    assertThat(after).isLessThan(peak / 3);
  }

  @Test
  void shopsStockUpOnGiftBoxesAheadOfThePeak() {
    TinyMarket market = new TinyMarket(11L, LocalDate.of(2026, 8, 24), 32);
    Set<String> giftSkus = giftSkus(market);
    double early = 0;
    double beforePeak = 0;
    for (var o : market.orders) {
      LocalDate day = o.eventTime().atZone(DayContext.ZONE).toLocalDate();
      long cases =
          o.lines().stream()
              .filter(l -> giftSkus.contains(l.sku()))
              .mapToLong(l -> l.quantity())
              .sum();
      if (day.isBefore(LocalDate.of(2026, 8, 31))) {
        early += cases;
      } else if (!day.isBefore(LocalDate.of(2026, 9, 14))
          && day.isBefore(LocalDate.of(2026, 9, 21))) {
        beforePeak += cases;
      }
    }
    assertThat(beforePeak).isGreaterThan(2 * early);
  }

  private static Set<String> giftSkus(TinyMarket market) {
    return market.generator.world().skus().stream()
        .filter(s -> s.category().equals(Category.SEASONAL_GIFT_BOXES.id()))
        .map(Sku::sku)
        .collect(Collectors.toSet());
  }

  private static Map<LocalDate, Double> giftBoxDemandByDay(TinyMarket market) {
    Set<String> gifts = giftSkus(market);
    assertThat(gifts).isNotEmpty();
    return demandByDay(market, gifts::contains);
  }

  private static Map<LocalDate, Double> demandByDay(
      TinyMarket market, java.util.function.Predicate<String> sku) {
    return market.truth.stream()
        .filter(o -> sku.test(o.sku()))
        .collect(
            Collectors.groupingBy(
                DemandObservation::date, Collectors.summingDouble(DemandObservation::demand)));
  }

  private static double mean(Map<LocalDate, Double> series, LocalDate from, LocalDate to) {
    double total = 0;
    int n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      total += series.getOrDefault(d, 0.0);
      n++;
    }
    return total / n;
  }
}
