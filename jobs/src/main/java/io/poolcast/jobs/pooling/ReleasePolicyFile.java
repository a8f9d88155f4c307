package io.poolcast.jobs.pooling;

import io.poolcast.events.EventJson;
import io.poolcast.events.RecordCsv;
import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.pooling.ReleasePolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-supplier release policies from a CSV file with the columns of {@link SupplierReleasePolicy}
 * ({@code supplier_id, roll_over_under_minimum, under_minimum, early_release, full_truck_fill}),
 * shipped to the operator as JSON bytes.
 */
public final class ReleasePolicyFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] json;

  private ReleasePolicyFile(List<SupplierReleasePolicy> rows) {
    this.json = EventJson.toBytes(rows);
  }

  /** Everybody on {@link ReleasePolicy#DEFAULT}. */
  public static ReleasePolicyFile defaults() {
    return new ReleasePolicyFile(List.of());
  }

  public static ReleasePolicyFile of(List<SupplierReleasePolicy> rows) {
    return new ReleasePolicyFile(rows);
  }

  /**
   * Reads a policy file.
   *
   * @throws IllegalArgumentException naming the line and column of a bad cell
   */
  public static ReleasePolicyFile read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return of(RecordCsv.of(SupplierReleasePolicy.class).read(in, file.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ReleasePolicies policies() {
    SupplierReleasePolicy[] rows;
    try {
      rows = EventJson.mapper().readValue(json, SupplierReleasePolicy[].class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReleasePolicy fallback = ReleasePolicy.DEFAULT;
    Map<String, ReleasePolicy> bySupplier = new HashMap<>();
    for (SupplierReleasePolicy row : Arrays.asList(rows)) {
      if (SupplierReleasePolicy.DEFAULT_SUPPLIER.equals(row.supplierId())) {
        fallback = row.policy();
      } else {
        bySupplier.put(row.supplierId(), row.policy());
      }
    }
    return new ReleasePolicies(fallback, bySupplier);
  }
}
