package io.poolcast.jobs.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs a bounded job and shows that it is alive while the user waits. */
final class FlinkRun {
  private FlinkRun() {}

  /** What a running job shows: one progress line from its accumulators, every second. */
  interface JobProgress {
    void show(Map<String, Object> accumulators, long runningSeconds, ConsoleProgress progress);
  }

  /** Executes the environment's job, updating {@code progress} every second; rethrows failures. */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env, String jobName, ConsoleProgress progress) throws Exception {
    return withProgress(
        env,
        jobName,
        progress,
        (accumulators, seconds, line) -> line.update("flink job running (s)", seconds, -1));
  }

  /**
   * Executes the job showing a running accumulator ({@code counter}, e.g. events read) against
   * {@code total} (≤ 0: unknown).
   */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env,
      String jobName,
      ConsoleProgress progress,
      String phase,
      String counter,
      long total)
      throws Exception {
    return withProgress(
        env,
        jobName,
        progress,
        (accumulators, seconds, line) -> line.update(phase, count(accumulators, counter), total));
  }

  /**
   * Executes the job, letting {@code view} show its progress every second; accumulators reach the
   * client with the task heartbeats.
   */
  static JobExecutionResult withProgress(
      StreamExecutionEnvironment env, String jobName, ConsoleProgress progress, JobProgress view)
      throws Exception {
    JobClient job = env.executeAsync(jobName);
    // A local cluster shuts down with the job, so wait on the result, not on the job status.
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    long started = System.nanoTime();
    while (!result.isDone()) {
      view.show(accumulators(job), (System.nanoTime() - started) / 1_000_000_000L, progress);
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

  /** An accumulator's value as a count; 0 when not reported yet. */
  static long count(Map<String, Object> accumulators, String name) {
    return accumulators.get(name) instanceof Number n ? n.longValue() : 0;
  }

  private static Map<String, Object> accumulators(JobClient job) {
    try {
      return job.getAccumulators().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      return Map.of(); // not reported yet, or the job is finishing: the next poll will tell
    }
  }
}
