package io.poolcast.jobs.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.pooling.ReleasePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasePolicyFileTest {
  private static final String HEADER =
      "supplier_id,roll_over_under_minimum,under_minimum,early_release,full_truck_fill";

  @Test
  void readsPerSupplierPoliciesAndTheDefaultRow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policies.csv");
    Files.write(
        file, List.of(HEADER, "*,false,REJECT,false,0.9", "sup-1,true,RELEASE_AT_LIST,true,0.95"));
    ReleasePolicies policies = ReleasePolicyFile.read(file).policies();
    assertThat(policies.forSupplier("sup-1"))
        .isEqualTo(new ReleasePolicy(true, ReleasePolicy.UnderMinimum.RELEASE_AT_LIST, true, 0.95));
    assertThat(policies.forSupplier("anyone-else"))
        .isEqualTo(new ReleasePolicy(false, ReleasePolicy.UnderMinimum.REJECT, false, 0.9));
  }

  @Test
  void noFileMeansTheDefaultsForEverybody() {
    assertThat(ReleasePolicyFile.defaults().policies().forSupplier("x"))
        .isEqualTo(ReleasePolicy.DEFAULT);
  }

  @Test
  void aBadCellNamesLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policies.csv");
    Files.write(file, List.of(HEADER, "sup-1,true,SOMETIMES,true,0.95"));
    assertThatThrownBy(() -> ReleasePolicyFile.read(file))
        .hasMessageContaining("line 2, column 'under_minimum'");
  }
}
