package io.poolcast.jobs.cli;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs a bounded job and shows that it is alive while the user waits. */
final class FlinkRun {
  private FlinkRun() {}

  /** Executes the environment's job, updating {@code progress} every second; rethrows failures. */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env, String jobName, ConsoleProgress progress) throws Exception {
    return withProgress(env, jobName, progress, null, null, -1);
  }

  /**
   * Executes the job showing a running accumulator ({@code counter}, e.g. events read) against
   * {@code total} (≤ 0: unknown); accumulators reach the client with the task heartbeats.
   */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env,
      String jobName,
      ConsoleProgress progress,
      String phase,
      String counter,
      long total)
      throws Exception {
    JobClient job = env.executeAsync(jobName);
    // A local cluster shuts down with the job, so wait on the result, not on the job status.
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    long started = System.nanoTime();
    while (!result.isDone()) {
      if (counter == null) {
        progress.update(
            "flink job running (s)", (System.nanoTime() - started) / 1_000_000_000L, -1);
      } else {
        progress.update(phase, accumulator(job, counter), total);
      }
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

  private static long accumulator(JobClient job, String name) {
    try {
      Object value = job.getAccumulators().get(5, TimeUnit.SECONDS).get(name);
      return value instanceof Number n ? n.longValue() : 0;
    } catch (Exception e) {
      return 0; // not reported yet, or the job is finishing: the next poll will tell
    }
  }
}
