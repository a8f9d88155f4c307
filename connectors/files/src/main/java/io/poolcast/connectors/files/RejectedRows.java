package io.poolcast.connectors.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of an input file that were not used, counted per reason, with the first few examples of each
 * reason so a report can show what they looked like. Immutable; built with {@link Tally}.
 */
public final class RejectedRows {
  /** Examples kept per reason. */
  public static final int EXAMPLES_PER_REASON = 5;

  private final Map<RejectReason, Long> counts;
  private final Map<RejectReason, List<String>> examples;

  private RejectedRows(Map<RejectReason, Long> counts, Map<RejectReason, List<String>> examples) {
    this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    this.examples = Collections.unmodifiableMap(new EnumMap<>(examples));
  }

  public static RejectedRows none() {
    return new Tally().build();
  }

  public long count(RejectReason reason) {
    return counts.getOrDefault(reason, 0L);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Counts of the reasons that occurred, in the enum's order. */
  public Map<RejectReason, Long> counts() {
    return counts;
  }

  /** Up to {@link #EXAMPLES_PER_REASON} one-line descriptions ("line N: detail"). */
  public List<String> examples(RejectReason reason) {
    return examples.getOrDefault(reason, List.of());
  }

  @Override
  public String toString() {
    return "RejectedRows" + counts;
  }

  /** Mutable counter used while a file is read. */
  public static final class Tally {
    private final EnumMap<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
    private final EnumMap<RejectReason, List<String>> examples = new EnumMap<>(RejectReason.class);

    public Tally() {}

    /** Starts from the counts of an earlier stage (e.g. rows already rejected while parsing). */
    public Tally(RejectedRows earlier) {
      counts.putAll(earlier.counts);
      earlier.examples.forEach((reason, list) -> examples.put(reason, new ArrayList<>(list)));
    }

    public void add(RejectReason reason, long lineNumber, String detail) {
      counts.merge(reason, 1L, Long::sum);
      List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
      if (list.size() < EXAMPLES_PER_REASON) {
        list.add("line " + lineNumber + ": " + detail);
      }
    }

    public RejectedRows build() {
      EnumMap<RejectReason, List<String>> copies = new EnumMap<>(RejectReason.class);
      examples.forEach((reason, list) -> copies.put(reason, List.copyOf(list)));
      return new RejectedRows(counts, copies);
    }
  }
}
