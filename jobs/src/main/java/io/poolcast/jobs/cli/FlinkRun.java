package io.poolcast.jobs.cli;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs a bounded job and shows that it is alive while the user waits. */
final class FlinkRun {
  private FlinkRun() {}

  /** Executes the environment's job, updating {@code progress} every second; rethrows failures. */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env, String jobName, ConsoleProgress progress) throws Exception {
    JobClient job = env.executeAsync(jobName);
    // A local cluster shuts down with the job, so wait on the result, not on the job status.
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    long started = System.nanoTime();
    while (!result.isDone()) {
      progress.update("flink job running (s)", (System.nanoTime() - started) / 1_000_000_000L, -1);
      Thread.sleep(1_000);
    }
    progress.finishLine();
    JobExecutionResult done = result.get();
    System.out.printf(
        Locale.ROOT,
        "      job finished in %d s%n",
        (System.nanoTime() - started) / 1_000_000_000L);
    return done;
  }
}
