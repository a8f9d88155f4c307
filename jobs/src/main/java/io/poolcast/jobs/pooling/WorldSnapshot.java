package io.poolcast.jobs.pooling;

import io.poolcast.events.EventJson;
import io.poolcast.events.reference.World;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Reference data shipped with an operator: the world as JSON bytes (world records are not {@code
 * Serializable}). Read once at job start, so a change of tiers or calendars takes effect when the
 * job is restarted (from a savepoint) with the new world; pools already open keep the tiers they
 * opened with ({@link io.poolcast.pooling.PoolBook#termsOf}).
 */
public final class WorldSnapshot implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] json;

  private WorldSnapshot(byte[] json) {
    this.json = json;
  }

  public static WorldSnapshot of(World world) {
    return new WorldSnapshot(EventJson.toBytes(world));
  }

  public World world() {
    try {
      return EventJson.mapper().readValue(json, World.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the world snapshot", e);
    }
  }
}
