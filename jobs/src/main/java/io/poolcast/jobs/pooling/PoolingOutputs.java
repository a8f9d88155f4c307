package io.poolcast.jobs.pooling;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import org.apache.flink.util.OutputTag;

/** The pooling operator's side outputs (pooled batch lines are its main output). */
public final class PoolingOutputs {
  public static final OutputTag<PoolAllocation> ALLOCATIONS =
      new OutputTag<>("pool-allocations", EventTypes.of(PoolAllocation.class));
  public static final OutputTag<PoolProgress> PROGRESS =
      new OutputTag<>("pool-progress", EventTypes.of(PoolProgress.class));

  private PoolingOutputs() {}
}
