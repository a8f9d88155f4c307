package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.reference.World;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.PoolingReport;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a pooling run published, read back from its topics, for the demo's pooling reports (the
 * world's orders, and the suggested orders on their own topics).
 *
 * @param refusals dead letters counted by their reason ({@link #refusalReason})
 */
record PoolingOutput(
    List<PooledOrderLine> lines, List<PoolAllocation> allocations, Map<String, Long> refusals) {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * @param topicPrefix put before the topic names ("" for the standard topics)
   * @param counted which dead letters of the run's dead-letter topic count as its refusals
   */
  static PoolingOutput read(
      KafkaConnection kafka, String topicPrefix, Predicate<DeadLetter> counted) {
    return new PoolingOutput(
        TopicReader.readAll(
            kafka, topicPrefix + Topics.POOLED_ORDERS, PooledOrderLine.class, TIMEOUT),
        TopicReader.readAll(
            kafka, topicPrefix + Topics.POOL_ALLOCATIONS, PoolAllocation.class, TIMEOUT),
        TopicReader.readAll(kafka, topicPrefix + Topics.DEAD_LETTERS, DeadLetter.class, TIMEOUT)
            .stream()
            .filter(counted)
            .collect(
                Collectors.groupingBy(
                    PoolingOutput::refusalReason, TreeMap::new, Collectors.counting())));
  }

  /** The pooling report's text (orders, pools, savings, tiers, trucks, refusals). */
  String report(World world) {
    return PoolingReport.of(lines, allocations, refusals, PoolingReference.of(world)).describe();
  }

  Set<String> poolIds() {
    return lines.stream().map(PooledOrderLine::poolId).collect(Collectors.toSet());
  }

  /**
   * Pooling dead letters start their detail with the rejection reason, e.g. {@code AFTER_CUTOFF:
   * …}; other dead letters (records that do not decode) count by their reason.
   */
  static String refusalReason(DeadLetter d) {
    int colon = "pooling".equals(d.sourceTopic()) ? d.detail().indexOf(':') : -1;
    return colon < 0 ? String.valueOf(d.reason()) : d.detail().substring(0, colon);
  }
}
