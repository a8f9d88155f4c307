package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.pooling.Decision;
import io.poolcast.pooling.PoolBook;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.Release;
import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Pools the orders of one supplier × region. Adapts {@link PoolBook} to Flink: the book is keyed
 * state, its pools' cut-offs are event-time timers, and every decision is the book's. Emits pooled
 * batch lines; allocations and progress go to side outputs, refusals to dead letters.
 */
public final class PoolingFunction
    extends KeyedProcessFunction<String, ShopOrderEvent, PooledOrderLine> {
  private static final long serialVersionUID = 1L;
  static final String SOURCE = "pooling";

  private final WorldSnapshot world;
  private final ReleasePolicyFile releasePolicies;
  private final boolean progress;
  private transient PoolingReference reference;
  private transient ReleasePolicies policies;
  private transient ValueState<PoolBook> book;
  private transient Counter accepted;
  private transient Counter duplicates;
  private transient Counter rejected;
  private transient Counter released;

  public PoolingFunction(WorldSnapshot world) {
    this(world, ReleasePolicyFile.defaults());
  }

  public PoolingFunction(WorldSnapshot world, ReleasePolicyFile releasePolicies) {
    this(world, releasePolicies, true);
  }

  /**
   * @param progress whether to emit pool progress after each change (off for backfills: progress is
   *     a live signal for shops, and building it is most of the per-order cost)
   */
  public PoolingFunction(WorldSnapshot world, ReleasePolicyFile releasePolicies, boolean progress) {
    this.world = world;
    this.releasePolicies = releasePolicies;
    this.progress = progress;
  }

  @Override
  public void open(OpenContext openContext) {
    reference = PoolingReference.of(world.world());
    policies = releasePolicies.policies();
    book =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("pool-book", EventTypes.of(PoolBook.class)));
    var metrics = getRuntimeContext().getMetricGroup().addGroup("poolcast");
    accepted = metrics.counter("ordersAccepted");
    duplicates = metrics.counter("ordersDuplicate");
    rejected = metrics.counter("ordersRejected");
    released = metrics.counter("poolsReleased");
  }

  @Override
  public void processElement(ShopOrderEvent order, Context ctx, Collector<PooledOrderLine> out)
      throws Exception {
    PoolBook stored = book.value();
    PoolBook current = stored == null ? new PoolBook() : stored;
    PoolBook.Applied applied = current.apply(order, watermark(ctx), reference, progress);
    Decision decision = applied.decision();
    switch (decision.outcome()) {
      case ACCEPTED -> accepted.inc();
      case IGNORED -> duplicates.inc();
      case REJECTED -> rejected.inc();
    }
    decision
        .rejection()
        .ifPresent(r -> ctx.output(DeadLetters.TAG, deadLetter(r, order, order.eventTime())));
    applied.progress().ifPresent(p -> ctx.output(PoolingOutputs.PROGRESS, p));
    applied.cutoff().ifPresent(c -> ctx.timerService().registerEventTimeTimer(c.toEpochMilli()));
    if (decision.isAccepted()) {
      current
          .releaseEarly(order, order.eventTime(), policies, reference)
          .ifPresent(early -> emit(early, ctx, out));
      book.update(current);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PooledOrderLine> out)
      throws Exception {
    PoolBook current = book.value();
    if (current == null) {
      return;
    }
    release(current, Instant.ofEpochMilli(timestamp), ctx, out);
    // At the end of input (BATCH, or a bounded stream) every cut-off has passed: release the pools
    // that rolled-over orders opened just now too, instead of relying on timers set in a timer.
    while (atEndOfInput(ctx)) {
      Optional<Instant> next = current.nextCutoff();
      if (next.isEmpty()) {
        break;
      }
      release(current, next.get(), ctx, out);
    }
    if (current.isEmpty()) {
      book.clear();
    } else {
      book.update(current);
    }
  }

  private void release(
      PoolBook current, Instant at, OnTimerContext ctx, Collector<PooledOrderLine> out) {
    PoolBook.Released result = current.releaseDue(at, policies, reference);
    for (Release release : result.releases()) {
      emit(release, ctx, out);
    }
    for (OrderRejection r : result.refusedRollOvers()) {
      ctx.output(DeadLetters.TAG, deadLetter(r, r, at));
    }
    // At the end of input no timer fires again (BATCH ignores new ones, with a warning each): the
    // loop in onTimer releases what is left, and the state goes with the job.
    if (!atEndOfInput(ctx)) {
      result.cutoffs().forEach(c -> ctx.timerService().registerEventTimeTimer(c.toEpochMilli()));
      result.forgetAt().ifPresent(f -> ctx.timerService().registerEventTimeTimer(f.toEpochMilli()));
    }
    current.forgetHomes(at);
  }

  private void emit(Release release, Context ctx, Collector<PooledOrderLine> out) {
    if (release.released()) {
      released.inc();
    }
    release.lines().forEach(out::collect);
    for (PoolAllocation allocation : release.allocations()) {
      ctx.output(PoolingOutputs.ALLOCATIONS, allocation);
    }
    for (OrderRejection r : release.rejections()) {
      ctx.output(DeadLetters.TAG, deadLetter(r, r, release.releasedAt()));
    }
  }

  private static boolean atEndOfInput(Context ctx) {
    return ctx.timerService().currentWatermark() == Long.MAX_VALUE;
  }

  private static Instant watermark(Context ctx) {
    long wm = ctx.timerService().currentWatermark();
    return wm == Long.MIN_VALUE ? null : Instant.ofEpochMilli(wm);
  }

  /** A refusal as a dead letter whose payload is what was refused: the event, or the rejection. */
  private static DeadLetter deadLetter(OrderRejection r, Object refused, Instant at) {
    return DeadLetterFactory.refused(
        r.reason().deadLetterReason(), r.reason() + ": " + r.detail(), SOURCE, refused, at);
  }
}
