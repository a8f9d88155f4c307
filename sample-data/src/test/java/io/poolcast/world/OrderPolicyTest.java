package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPolicyTest {
  private static final WorldSize SIZE = new WorldSize(2, 12, 16, 200, 15, 30, 21);
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  /** Keeps what a policy run produced. */
  private static final class Run implements EventSink, DemandSink {
    final List<ShopOrderEvent> orders = new ArrayList<>();
    final List<DemandObservation> truth = new ArrayList<>();

    @Override
    public void order(ShopOrderEvent event) {
      orders.add(event);
    }

    @Override
    public void sale(PosSale sale) {}

    @Override
    public void observe(DemandObservation observation) {
      truth.add(observation);
    }
  }

  private static Run simulate(WorldGenerator generator, OrderPolicy policy) {
    Run run = new Run();
    generator.simulate(policy, run, run, ProgressListener.NONE);
    return run;
  }

  @Test
  void everyPolicyMeetsTheSameDemand() {
    WorldGenerator generator = new WorldGenerator(SIZE, 7L, START, 21);
    Run habit = simulate(generator, OrderPolicy.HABIT);
    Run never = simulate(generator, (review, cases) -> {});

    assertThat(never.orders).isEmpty();
    assertThat(habit.orders).isNotEmpty();
    assertThat(never.truth).hasSameSizeAs(habit.truth);
    for (int i = 0; i < habit.truth.size(); i++) {
      assertThat(never.truth.get(i).demand()).isEqualTo(habit.truth.get(i).demand());
    }
    // without orders the shelves run dry: more demand is lost than with the habit
    long lostHabit = habit.truth.stream().mapToLong(o -> o.demand() - o.sales()).sum();
    long lostNever = never.truth.stream().mapToLong(o -> o.demand() - o.sales()).sum();
    assertThat(lostNever).isGreaterThan(lostHabit);
  }

  @Test
  void theHabitRunIsTheWorldsOwnPolicyAndDeterministic() {
    WorldGenerator generator = new WorldGenerator(SIZE, 7L, START, 21);
    Run first = simulate(generator, OrderPolicy.HABIT);
    Run second = simulate(generator, OrderPolicy.HABIT);
    Run delegating = simulate(generator, (review, cases) -> review.habit(cases));

    assertThat(second.orders).isEqualTo(first.orders);
    assertThat(second.truth).isEqualTo(first.truth);
    assertThat(delegating.orders).isEqualTo(first.orders);
  }

  @Test
  void aPolicySeesTheReviewAndItsOrdersArePlaced() {
    WorldGenerator generator = new WorldGenerator(SIZE, 7L, START, 21);
    List<String> problems = new ArrayList<>();
    Run oneCase =
        simulate(
            generator,
            (review, cases) -> {
              if (review.daysToCover() < 1
                  || review.deliveryDate().isAfter(review.nextDeliveryDate())) {
                problems.add(review.shopId() + " " + review.date());
              }
              for (int k = 0; k < review.lines(); k++) {
                if (review.stock(k) + review.onOrder(k) == 0) {
                  cases[k] = 1;
                }
              }
            });

    assertThat(problems).isEmpty();
    assertThat(oneCase.orders).isNotEmpty();
    assertThat(oneCase.orders.stream().flatMap(o -> o.lines().stream()))
        .allSatisfy(line -> assertThat(line.quantity()).isBetween(1, 3));
    assertThat(oneCase.truth).allSatisfy(o -> assertThat(o.closingStock()).isNotNegative());
  }
}
