package io.poolcast.jobs.cli;

/**
 * Numbers the demo's steps {@code [1/N]} to {@code [N/N]} in the order they run, so adding a block
 * is one call here and one to the total, not a renumbering of every header.
 */
final class DemoSteps {
  private final int total;
  private int started;

  DemoSteps(int total) {
    this.total = total;
  }

  /** Prints the next step's header, e.g. {@code [3/9] Publishing events …}. */
  void next(String text) {
    if (started == total) {
      throw new IllegalStateException("the demo has only " + total + " steps: " + text);
    }
    started++;
    System.out.println("[" + started + "/" + total + "] " + text);
  }

  /** Like {@link #next}, after a blank line: a step that follows a block of results. */
  void nextBlock(String text) {
    System.out.println();
    next(text);
  }
}
