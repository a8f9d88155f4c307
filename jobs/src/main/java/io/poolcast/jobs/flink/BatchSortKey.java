package io.poolcast.jobs.flink;

import java.util.Objects;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A string key in the form a BATCH run sorts fastest: behind its hash in hex. BATCH execution sorts
 * every keyed input by the key's serialized bytes and compares only their first 8 bytes cheaply
 * (Flink's normalized key prefix: the string's length and first characters; past it, byte by byte
 * through the memory pages). Keys built as {@code level|region|…} or {@code region|shop|…} share
 * those bytes across thousands of keys, and the sort then took a quarter of a sell-through
 * backfill's CPU. (Where an exact number can stand for the key, {@link StageKey} sorts faster.) The
 * hash changes no grouping: equal keys stay equal, and a NUL character ends the hash ({@link #bare}
 * gives the key back to a function that reads its current key). A STREAMING run keeps the bare key,
 * so a live job's state, stored under its keys, stays compatible with its savepoints.
 */
public final class BatchSortKey<T> implements KeySelector<T, String> {
  private static final long serialVersionUID = 1L;

  /** Ends the hash: a character no key of PoolCast's contains. */
  private static final char END_OF_HASH = '\u0000';

  private final KeySelector<T, String> key;

  private BatchSortKey(KeySelector<T, String> key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /** {@code key} behind its hash when {@code env} runs in BATCH mode, else {@code key} itself. */
  public static <T> KeySelector<T, String> of(
      KeySelector<T, String> key, StreamExecutionEnvironment env) {
    return FlinkEnvironments.runsInBatch(env) ? new BatchSortKey<>(key) : key;
  }

  @Override
  public String getKey(T value) throws Exception {
    String bare = key.getKey(value);
    return Integer.toHexString(spread(bare.hashCode())) + END_OF_HASH + bare;
  }

  /**
   * MurmurHash3's finalizer: every bit of the hash moves its leading hex digits, the ones in the
   * sort prefix. {@code String.hashCode} alone changes by 1 between {@code …|2026-01-28} and {@code
   * …|2026-01-29}, in its last digit only.
   */
  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The bare key of a current key: without the hash of a BATCH run's key, if it has one. */
  public static String bare(String currentKey) {
    return currentKey.substring(currentKey.indexOf(END_OF_HASH) + 1);
  }
}
