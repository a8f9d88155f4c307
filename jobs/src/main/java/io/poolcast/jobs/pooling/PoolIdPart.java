package io.poolcast.jobs.pooling;

import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.model.PoolAllocation;
import org.apache.flink.util.function.SerializableFunction;

/**
 * A part of an allocation's pool key (its delivery day or region), read from the pool id, the last
 * id's part remembered: allocations come pool by pool, and parsing every row's id showed in the
 * backfill's profile. Null if the id cannot be read. Not thread-safe: each task has its own copy.
 */
final class PoolIdPart implements SerializableFunction<PoolAllocation, Object> {
  private static final long serialVersionUID = 1L;

  private final SerializableFunction<PoolKey, Object> part;
  private transient String lastId;
  private transient Object lastPart;

  PoolIdPart(SerializableFunction<PoolKey, Object> part) {
    this.part = part;
  }

  @Override
  public Object apply(PoolAllocation allocation) {
    String id = allocation.poolId();
    if (lastId == null || !lastId.equals(id)) {
      lastPart = PoolKey.parse(id).map(part).orElse(null);
      lastId = id;
    }
    return lastPart;
  }
}
