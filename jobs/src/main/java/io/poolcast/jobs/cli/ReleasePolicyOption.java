package io.poolcast.jobs.cli;

import io.poolcast.jobs.pooling.ReleasePolicyFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The pooling commands' {@code --release-policies CSV}. */
final class ReleasePolicyOption {
  @Option(
      names = "--release-policies",
      paramLabel = "CSV",
      description = {
        "Per-supplier release policies: supplier_id (* = default), roll_over_under_minimum,",
        "under_minimum (RELEASE_AT_LIST|REJECT), early_release, full_truck_fill.",
        "Default: roll over, release the rest at list, no early release."
      })
  Path releasePolicies;

  ReleasePolicyFile policies() {
    if (releasePolicies == null) {
      return ReleasePolicyFile.defaults();
    }
    try {
      return ReleasePolicyFile.read(releasePolicies);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserError("cannot read release policies: " + e.getMessage(), e);
    }
  }
}
