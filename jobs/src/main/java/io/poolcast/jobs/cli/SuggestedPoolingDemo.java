package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.reference.World;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.jobs.pooling.PoolingWiring;
import io.poolcast.jobs.replenishment.SuggestedOrders;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The demo's last block, the suppliers' side of the suggested orders: the pooling job (the one the
 * demo ran on the world's orders) in a second bounded run over only the records the replenishment
 * job added to {@code poolcast.shop-orders}, and what its output says.
 *
 * <p>The world's pools of the same days were all released by the first run (BATCH releases every
 * pool at the end of its input), so these orders are pooled on their own; a streaming pooling job
 * would have put them in the world's open pools. Writing such second pools of an already released
 * supplier × region × day to {@code poolcast.pooled-orders} would send suppliers two batch orders
 * under one pool id, so this run writes to topics and folders of its own ({@value #TOPIC_PREFIX}
 * topics, {@value #FOLDER}/ under the output folder), as a second environment on the cluster would.
 */
final class SuggestedPoolingDemo {
  /** Put before the names of the topics this run writes (pooled orders, dead letters…). */
  static final String TOPIC_PREFIX = "suggested.";

  /** Folder under the demo's output folder for this run's Parquet tables. */
  static final String FOLDER = "suggested";

  private SuggestedPoolingDemo() {}

  /**
   * @param placed what the replenishment block published, and where the topic ended before it
   * @param releasedPools ids of the pools the first run released (from the world's orders)
   */
  static void run(
      KafkaConnection kafka,
      World world,
      Path out,
      ReplenishDemo.Placed placed,
      Set<String> releasedPools,
      int parallelism,
      ConsoleProgress progress)
      throws Exception {
    pool(kafka, world, out, placed, parallelism, progress);
    System.out.printf(
        Locale.ROOT,
        "      input: the %,d records the replenishment job added to %s (after offsets %s),"
            + " %,d of them suggested orders (r-…); the world's orders are not pooled again%n",
        placed.orders().size(),
        Topics.SHOP_ORDERS,
        placed.from().values(),
        placed.orders().stream().filter(o -> isSuggested(o.orderId())).count());
    report(kafka, world, releasedPools);
    System.out.println("  refusals (topic)               " + TOPIC_PREFIX + Topics.DEAD_LETTERS);
    System.out.println(
        "  suggested pools (Parquet)      "
            + out.resolve(FOLDER).resolve(PoolingWiring.POOLED_ORDERS)
            + ", "
            + out.resolve(FOLDER).resolve(PoolingWiring.POOL_ALLOCATIONS));
  }

  /** The pooling job over the records after the mark, to this run's own topics and folders. */
  private static void pool(
      KafkaConnection kafka,
      World world,
      Path out,
      ReplenishDemo.Placed placed,
      int parallelism,
      ConsoleProgress progress)
      throws Exception {
    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    new PoolingJob(
            PoolcastKafka.source(
                kafka,
                Topics.SHOP_ORDERS,
                TOPIC_PREFIX + PoolingWiring.GROUP_ID,
                OffsetsInitializer.offsets(placed.from()),
                true),
            PoolingWiring.sinks(kafka, out.resolve(FOLDER).toAbsolutePath(), TOPIC_PREFIX, true),
            world)
        .build(env);
    FlinkRun.withProgress(env, "poolcast-demo-suggested-pooling", progress);
  }

  private static void report(KafkaConnection kafka, World world, Set<String> releasedPools) {
    PoolingOutput pooled = PoolingOutput.read(kafka, TOPIC_PREFIX, d -> true);
    System.out.println(
        "Pooling of the suggested orders (from "
            + TOPIC_PREFIX
            + Topics.POOLED_ORDERS
            + " and "
            + TOPIC_PREFIX
            + Topics.POOL_ALLOCATIONS
            + "):");
    System.out.print(pooled.report(world));
    facts(pooled.lines(), pooled.allocations(), releasedPools);
    example(pooled.lines());
  }

  private static boolean isSuggested(String orderId) {
    return orderId.startsWith(SuggestedOrders.ID_PREFIX);
  }

  private static void facts(
      List<PooledOrderLine> lines, List<PoolAllocation> allocations, Set<String> releasedPools) {
    long suggestedOrders =
        allocations.stream()
            .map(PoolAllocation::orderId)
            .distinct()
            .filter(SuggestedPoolingDemo::isSuggested)
            .count();
    Set<String> pools = lines.stream().map(PooledOrderLine::poolId).collect(Collectors.toSet());
    long shared = pools.stream().filter(releasedPools::contains).count();
    System.out.printf(
        Locale.ROOT,
        "  %,d suggested orders in the batch orders; %,d cases in %,d batch lines, %,d at a price"
            + " tier, %,d at a category tier%n",
        suggestedOrders,
        lines.stream().mapToLong(PooledOrderLine::quantity).sum(),
        lines.size(),
        lines.stream().filter(l -> l.tier() > 0).count(),
        lines.stream().filter(l -> l.categoryTier() > 0).count());
    System.out.printf(
        Locale.ROOT,
        "  pooled on their own: %,d of the %,d pools are a supplier x region x day whose pool of"
            + " the world's orders the first run already released (a streaming job pools both"
            + " together)%n",
        shared,
        pools.size());
  }

  /** The line most shops share: what pooling is for. */
  private static void example(List<PooledOrderLine> lines) {
    lines.stream()
        .min(
            Comparator.comparingInt(PooledOrderLine::shopCount)
                .reversed()
                .thenComparing(Comparator.comparingLong(PooledOrderLine::quantity).reversed())
                .thenComparing(PooledOrderLine::poolId)
                .thenComparing(PooledOrderLine::sku))
        .ifPresent(
            l ->
                System.out.printf(
                    Locale.ROOT,
                    "  e.g. %s %s (%s): %,d cases from %d shops in %d orders, tier %d, category"
                        + " tier %d, %.2f a case (list %.2f)%n",
                    l.poolId(),
                    l.sku(),
                    l.category(),
                    l.quantity(),
                    l.shopCount(),
                    l.orderCount(),
                    l.tier(),
                    l.categoryTier(),
                    l.unitPriceCents() / 100.0,
                    l.listPriceCents() / 100.0));
  }
}
