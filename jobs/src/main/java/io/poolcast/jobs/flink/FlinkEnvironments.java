package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.EventTypes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Execution environments with PoolCast's settings, for a local MiniCluster or a real cluster. */
public final class FlinkEnvironments {
  /** Managed (sort) memory of a local backfill's MiniCluster, off the JVM heap. */
  static final String LOCAL_SORT_MEMORY = "2g";

  private FlinkEnvironments() {}

  /**
   * Settings every PoolCast job runs with: types must have real serializers (never Kryo), and
   * checkpoints drive exactly-once Kafka transactions and Parquet file commits.
   */
  public static Map<String, String> baseSettings(Duration checkpointInterval) {
    EventTypes.register();
    Map<String, String> settings = new HashMap<>();
    settings.put("pipeline.generic-types", "false");
    settings.put("execution.checkpointing.interval", checkpointInterval.toMillis() + " ms");
    settings.put("execution.checkpointing.mode", "EXACTLY_ONCE");
    return settings;
  }

  /**
   * Settings for a run over bounded inputs (a catch-up or backfill): BATCH execution. Results are
   * the same as STREAMING (event-time timers fire per key at the end of input), sinks commit once
   * at the end, and the run needs no checkpoints.
   *
   * <p>Object reuse: operators chained in one task hand each other their records instead of a deep
   * copy of each (Flink copies by default in case a function changes a record it has passed on or
   * keeps). PoolCast's records are immutable, and so is every value in them. Copying the archive's
   * events from the reader to the next operator took 4 % of a sell-through backfill's CPU.
   */
  public static Map<String, String> boundedSettings() {
    Map<String, String> settings = new HashMap<>();
    EventTypes.register();
    settings.put("pipeline.generic-types", "false");
    settings.put("execution.runtime-mode", "BATCH");
    settings.put("pipeline.object-reuse", "true");
    return settings;
  }

  /**
   * A MiniCluster in this JVM: for the demo and local runs over bounded inputs (BATCH, see {@link
   * #boundedSettings}). A failure fails the run instead of restarting forever.
   */
  public static StreamExecutionEnvironment localBounded(int parallelism) {
    Map<String, String> settings = boundedSettings();
    settings.put("restart-strategy.type", "none");
    settings.put("parallelism.default", Integer.toString(parallelism));
    settings.put("rest.bind-port", "0");
    return StreamExecutionEnvironment.createLocalEnvironment(Configuration.fromMap(settings));
  }

  /**
   * The environment of the context: the cluster's under {@code flink run} (PoolCast's settings are
   * added to the cluster's configuration; its restart strategy, state backend and parallelism
   * apply), otherwise a local MiniCluster in this JVM.
   */
  public static StreamExecutionEnvironment fromContext(
      Duration checkpointInterval, boolean bounded) {
    return StreamExecutionEnvironment.getExecutionEnvironment(
        Configuration.fromMap(bounded ? boundedSettings() : baseSettings(checkpointInterval)));
  }

  /**
   * A backfill's environment ({@link #fromContext} for a bounded run) tuned when it runs locally:
   *
   * <ul>
   *   <li>more sort memory: BATCH sorts every keyed input in Flink's managed memory, and a local
   *       MiniCluster gets 128 MB of it unless told otherwise: a year of events then spills and
   *       merges runs on disk several times. 2 GB: with 1 GB the seed year's 28-day sell-through
   *       still spilled its shop stage's and classes' stage's inputs, and took 12–27 % longer
   *       (BENCHMARKS.md);
   *   <li>no compression of the data handed from one stage to the next: it never leaves this
   *       machine's disk (mostly its page cache), and compressing and decompressing it with LZ4
   *       took 6 % of a sell-through backfill's CPU.
   * </ul>
   *
   * A cluster's task managers keep their own settings.
   */
  public static StreamExecutionEnvironment forBackfill() {
    Map<String, String> settings = boundedSettings();
    if (!underFlinkClient()) {
      settings.put("taskmanager.memory.managed.size", LOCAL_SORT_MEMORY);
      settings.put("taskmanager.network.compression.codec", "NONE");
    }
    return StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
  }

  /**
   * Whether Flink runs this program: {@code flink run} (or a JobManager in application mode)
   * installs a context environment before calling the jar's main class, and then refuses explicit
   * local environments.
   */
  public static boolean underFlinkClient() {
    return !StreamExecutionEnvironment.areExplicitEnvironmentsAllowed();
  }

  /** Whether {@code env} runs in BATCH mode (keys then sort: {@link StageKey}). */
  public static boolean runsInBatch(StreamExecutionEnvironment env) {
    return env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE) == RuntimeExecutionMode.BATCH;
  }
}
