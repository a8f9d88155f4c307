package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.EventTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Execution environments with PoolCast's settings, for a local MiniCluster or a real cluster. */
public final class FlinkEnvironments {
  private FlinkEnvironments() {}

  /**
   * Settings every PoolCast job runs with: types must have real serializers (never Kryo), and
   * checkpoints drive exactly-once Kafka transactions and Parquet file commits.
   */
  public static Map<String, String> baseSettings(Duration checkpointInterval) {
    EventTypes.register();
    Map<String, String> settings = new HashMap<>();
    settings.put("pipeline.generic-types", "false");
    settings.put("pipeline.serialization-config", EventTypes.SERIALIZATION_CONFIG);
    settings.put("execution.checkpointing.interval", checkpointInterval.toMillis() + " ms");
    settings.put("execution.checkpointing.mode", "EXACTLY_ONCE");
    return settings;
  }

  /**
   * A MiniCluster in this JVM: for the demo and local runs. A failure fails the run instead of
   * restarting forever.
   */
  public static StreamExecutionEnvironment local(
      int parallelism, Duration checkpointInterval, Path checkpointDir) {
    Map<String, String> settings = baseSettings(checkpointInterval);
    settings.put("restart-strategy.type", "none");
    settings.put("parallelism.default", Integer.toString(parallelism));
    settings.put("execution.checkpointing.dir", checkpointDir.toUri().toString());
    settings.put("rest.bind-port", "0");
    return StreamExecutionEnvironment.createLocalEnvironment(Configuration.fromMap(settings));
  }

  /**
   * The environment of the context: a real cluster under {@code flink run}, otherwise a local
   * MiniCluster. The cluster's own restart strategy and state backend apply.
   */
  public static StreamExecutionEnvironment fromContext(Duration checkpointInterval) {
    return StreamExecutionEnvironment.getExecutionEnvironment(
        Configuration.fromMap(baseSettings(checkpointInterval)));
  }
}
