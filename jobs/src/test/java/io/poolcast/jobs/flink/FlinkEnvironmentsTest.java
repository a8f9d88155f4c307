package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.client.deployment.executors.RemoteExecutor;
import org.apache.flink.client.program.StreamContextEnvironment;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.NettyShuffleEnvironmentOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.DefaultExecutorServiceLoader;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which environment a job gets: the cluster's under {@code flink run}, a local one otherwise. */
class FlinkEnvironmentsTest {
  @BeforeEach
  @AfterEach
  void noContext() {
    StreamContextEnvironment.unsetAsContext();
  }

  /** What {@code flink run} does before it calls the jar's main class, with a cluster's config. */
  private static void asUnderFlinkRun() {
    Configuration cluster =
        Configuration.fromMap(
            Map.of(
                DeploymentOptions.TARGET.key(),
                RemoteExecutor.NAME,
                "parallelism.default",
                "3",
                "restart-strategy.type",
                "fixed-delay",
                "pipeline.generic-types",
                "true"));
    StreamContextEnvironment.setAsContext(
        new DefaultExecutorServiceLoader(),
        cluster,
        FlinkEnvironmentsTest.class.getClassLoader(),
        false,
        false);
  }

  @Test
  void runsLocallyWhenNoFlinkClientCalledTheProgram() {
    StreamExecutionEnvironment env = FlinkEnvironments.fromContext(Duration.ofSeconds(10), true);

    assertThat(FlinkEnvironments.underFlinkClient()).isFalse();
    assertThat(env).isInstanceOf(LocalStreamEnvironment.class);
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    assertThat(env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE))
        .isEqualTo(RuntimeExecutionMode.BATCH);
  }

  @Test
  void aLocalBackfillSortsInMoreThanTheMiniClustersDefaultMemoryAndHandsOverUncompressed() {
    StreamExecutionEnvironment env = FlinkEnvironments.forBackfill();

    assertThat(env).isInstanceOf(LocalStreamEnvironment.class);
    assertThat(env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE))
        .isEqualTo(RuntimeExecutionMode.BATCH);
    assertThat(env.getConfiguration().get(TaskManagerOptions.MANAGED_MEMORY_SIZE))
        .isEqualTo(MemorySize.parse(FlinkEnvironments.LOCAL_SORT_MEMORY));
    assertThat(env.getConfiguration().get(NettyShuffleEnvironmentOptions.SHUFFLE_COMPRESSION_CODEC))
        .isEqualTo(NettyShuffleEnvironmentOptions.CompressionCodec.NONE);
    assertThat(env.getConfig().isObjectReuseEnabled()).isTrue();
  }

  @Test
  void aBackfillUnderFlinkRunKeepsTheTaskManagersMemory() {
    asUnderFlinkRun();

    StreamExecutionEnvironment env = FlinkEnvironments.forBackfill();

    assertThat(env).isInstanceOf(StreamContextEnvironment.class);
    assertThat(env.getConfiguration().getOptional(TaskManagerOptions.MANAGED_MEMORY_SIZE))
        .isEmpty();
    assertThat(
            env.getConfiguration()
                .getOptional(NettyShuffleEnvironmentOptions.SHUFFLE_COMPRESSION_CODEC))
        .isEmpty();
    assertThat(env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE))
        .isEqualTo(RuntimeExecutionMode.BATCH);
  }

  @Test
  void takesTheClustersEnvironmentUnderFlinkRun() {
    asUnderFlinkRun();

    StreamExecutionEnvironment env = FlinkEnvironments.fromContext(Duration.ofSeconds(10), false);

    assertThat(FlinkEnvironments.underFlinkClient()).isTrue();
    assertThat(env).isInstanceOf(StreamContextEnvironment.class);
    assertThat(env.getParallelism()).isEqualTo(3);
    assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY))
        .isEqualTo("fixed-delay");
  }

  @Test
  void poolcastsSettingsApplyOnTheClusterToo() {
    asUnderFlinkRun();

    StreamExecutionEnvironment streaming =
        FlinkEnvironments.fromContext(Duration.ofSeconds(10), false);
    StreamExecutionEnvironment bounded =
        FlinkEnvironments.fromContext(Duration.ofSeconds(10), true);

    // The cluster allows Kryo; PoolCast's jobs must not fall back to it anywhere.
    assertThat(streaming.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    assertThat(streaming.getCheckpointConfig().getCheckpointInterval()).isEqualTo(10_000);
    assertThat(bounded.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    assertThat(bounded.getConfiguration().get(ExecutionOptions.RUNTIME_MODE))
        .isEqualTo(RuntimeExecutionMode.BATCH);
  }
}
