package io.poolcast.jobs.testing;

import io.poolcast.events.DeadLetter;
import io.poolcast.jobs.flink.TableOutput;
import io.poolcast.jobs.pooling.PoolingJob;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;

/** The pooling job's outputs collected in memory: topics are collected, files are dropped. */
public final class CollectingPoolingSinks {
  public final CollectingSink<PooledOrderLine> pooled = new CollectingSink<>();
  public final CollectingSink<PoolAllocation> allocations = new CollectingSink<>();
  public final CollectingSink<PoolProgress> progress = new CollectingSink<>();
  public final CollectingSink<DeadLetter> deadLetters = new CollectingSink<>();

  public PoolingJob.Sinks sinks() {
    return new PoolingJob.Sinks(
        pooled,
        TableOutput.sink(new CollectingSink<>()),
        allocations,
        TableOutput.sink(new CollectingSink<>()),
        progress,
        deadLetters);
  }
}
