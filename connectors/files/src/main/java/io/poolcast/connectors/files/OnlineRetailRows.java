package io.poolcast.connectors.files;

import java.util.List;

/**
 * The readable rows of an Online Retail file in file order, and the lines that could not be read.
 *
 * @param rows every line that parsed, in file order
 * @param malformed lines that did not parse (only {@link RejectReason#MALFORMED})
 */
public record OnlineRetailRows(List<RetailRow> rows, RejectedRows malformed) {
  public OnlineRetailRows {
    rows = List.copyOf(rows);
  }

  /** Data lines in the file: readable plus malformed. */
  public long dataLines() {
    return rows.size() + malformed.total();
  }
}
