package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.insight.StockLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Partial sums of contributions roll up to the same rows as the contributions themselves. */
class ContributionSumsTest {
  private static final World WORLD = TinyWorld.world();
  private static final RollupNumbers NUMBERS = RollupNumbers.of(WORLD);

  @Test
  void partialSumsRollUpLikeTheirContributions() {
    List<SellThroughRow> contributions = contributions(40, 6, 7);
    ContributionSums sums = new ContributionSums(1 << 20);
    List<SellThroughRow> partials = new ArrayList<>();
    contributions.forEach(c -> sums.add(NUMBERS.number(c), c));
    sums.drain(NUMBERS, partials::add);

    assertThat(partials).hasSize(6 * (2 + 2 + 1)); // per day: 2 SKUs, 2 categories, 1 supplier
    assertThat(rolledUp(partials)).isEqualTo(rolledUp(contributions));
  }

  @Test
  void drainingWhenFullOnlyMakesMorePartialSums() {
    List<SellThroughRow> contributions = contributions(40, 6, 11);
    ContributionSums sums = new ContributionSums(3);
    List<SellThroughRow> partials = new ArrayList<>();
    for (SellThroughRow c : contributions) {
      if (sums.isFull()) {
        sums.drain(NUMBERS, partials::add);
      }
      sums.add(NUMBERS.number(c), c);
    }
    sums.drain(NUMBERS, partials::add);

    assertThat(partials).hasSizeGreaterThan(6 * 5);
    assertThat(rolledUp(partials)).isEqualTo(rolledUp(contributions));
  }

  @Test
  void growsPastItsFirstCapacityAndEmptiesOnDrain() {
    List<SellThroughRow> contributions = contributions(2, 3_000, 13); // 15,000 series
    ContributionSums sums = new ContributionSums(1 << 20);
    contributions.forEach(c -> sums.add(NUMBERS.number(c), c));
    assertThat(sums.size()).isEqualTo(15_000);

    List<SellThroughRow> partials = new ArrayList<>();
    sums.drain(NUMBERS, partials::add);
    assertThat(sums.size()).isZero();
    assertThat(partials.get(0).date()).isEqualTo(TinyWorld.DAY1); // first added comes first
    assertThat(rolledUp(partials)).isEqualTo(rolledUp(contributions));
  }

  @Test
  void refusesANewSeriesWhenFull() {
    List<SellThroughRow> day = contributions(1, 1, 1);
    SellThroughRow a = day.get(0);
    SellThroughRow b = day.get(1); // another SKU: another block
    ContributionSums sums = new ContributionSums(1);
    sums.add(NUMBERS.number(a), a);
    sums.add(NUMBERS.number(a), a);
    assertThat(sums.isFull()).isTrue();
    assertThatThrownBy(() -> sums.add(NUMBERS.number(b), b))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSeriesDaysShareABlock() {
    // One SKU's contributions over the days of one block: one block holds them all.
    List<SellThroughRow> days = contributions(1, 30, 5);
    long block =
        TinyWorld.DAY1.plusDays(ContributionSums.BLOCK_DAYS).toEpochDay()
            / ContributionSums.BLOCK_DAYS;
    List<SellThroughRow> sku =
        days.stream()
            .filter(c -> c.level().equals(SellThroughRow.REGION_SKU))
            .filter(c -> c.sku().equals(days.get(0).sku()))
            .filter(c -> c.date().toEpochDay() / ContributionSums.BLOCK_DAYS == block)
            .toList();
    ContributionSums sums = new ContributionSums(ContributionSums.BLOCK_DAYS);
    sku.forEach(c -> sums.add(NUMBERS.number(c), c));

    assertThat(sku).hasSize(ContributionSums.BLOCK_DAYS);
    assertThat(sums.size()).isEqualTo(ContributionSums.BLOCK_DAYS);
    List<SellThroughRow> partials = new ArrayList<>();
    sums.drain(NUMBERS, partials::add);
    assertThat(partials).extracting(SellThroughRow::date).isSorted();
    assertThat(rolledUp(partials)).isEqualTo(rolledUp(sku));
  }

  /** Finished roll-up rows by series, each series' rows added in the order given. */
  private static Map<String, SellThroughRow> rolledUp(List<SellThroughRow> rows) {
    Map<String, SellThroughRow> sums = new TreeMap<>();
    rows.forEach(r -> sums.merge(SellThroughTally.seriesKey(r), r, SellThroughTally::add));
    sums.replaceAll((series, sum) -> SellThroughTally.finish(sum));
    return sums;
  }

  /** Every shop's contributions over {@code days} days, with seeded figures. */
  private static List<SellThroughRow> contributions(int shops, int days, long seed) {
    Random random = new Random(seed);
    List<SellThroughRow> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate day = TinyWorld.DAY1.plusDays(d);
      Instant closedAt = day.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant();
      for (int s = 0; s < shops; s++) {
        List<SellThroughRow> shopDay = new ArrayList<>();
        for (Sku sku : WORLD.skus()) {
          var stockDay =
              StockLedger.start()
                  .closeDay(random.nextInt(20), random.nextInt(20), random.nextBoolean());
          shopDay.add(
              SellThroughTally.shopRow(
                  "shop-" + s, "east-hz", sku, day, stockDay, random.nextInt(5_000), closedAt));
        }
        out.addAll(SellThroughTally.contributions(shopDay));
      }
    }
    return out;
  }
}
