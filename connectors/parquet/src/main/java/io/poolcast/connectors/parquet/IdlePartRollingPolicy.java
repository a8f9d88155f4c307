package io.poolcast.connectors.parquet;

import java.io.IOException;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.CheckpointRollingPolicy;

/**
 * Rolls a part file at every checkpoint (Parquet cannot be appended to), and also when it grew past
 * a size or when its partition got no row for a while.
 *
 * <p>Why: every open part file is a Parquet writer holding its column buffers on the heap. In BATCH
 * mode there are no checkpoints, so without this every partition ever touched stays open to the end
 * of the input — thousands of writers for a year of days × regions, gigabytes of heap. Rolling idle
 * ones keeps only the partitions being written open; they become pending files that are committed
 * at the end of the job (BATCH) or at the next checkpoint (STREAMING).
 */
final class IdlePartRollingPolicy<T> extends CheckpointRollingPolicy<T, String> {
  private static final long serialVersionUID = 1L;

  private final long maxPartBytes;
  private final long inactivityMillis;

  IdlePartRollingPolicy(long maxPartBytes, long inactivityMillis) {
    this.maxPartBytes = maxPartBytes;
    this.inactivityMillis = inactivityMillis;
  }

  @Override
  public boolean shouldRollOnEvent(PartFileInfo<String> partFile, T element) throws IOException {
    return partFile.getSize() >= maxPartBytes;
  }

  @Override
  public boolean shouldRollOnProcessingTime(PartFileInfo<String> partFile, long currentTime) {
    return currentTime - partFile.getLastUpdateTime() >= inactivityMillis;
  }
}
