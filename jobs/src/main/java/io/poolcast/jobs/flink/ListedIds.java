package io.poolcast.jobs.flink;

import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * A BATCH key ({@link StageKey}) numbering ids by their position in a list from the reference data;
 * -1 for an id the list lacks. A stage keyed this way must refuse an unlisted id's records and keep
 * no state for them: they all share -1.
 */
public class ListedIds extends StageKey<Integer> {
  private static final long serialVersionUID = 1L;

  private final List<String> ids;
  private transient Map<String, Integer> numbers;

  public ListedIds(List<String> ids) {
    this.ids = List.copyOf(ids);
  }

  @Override
  public Integer of(String id) {
    if (numbers == null) {
      numbers = positions(ids);
    }
    return numbers.getOrDefault(id, -1);
  }

  /** The id of a number; null for -1, an id the list lacks. */
  @Override
  public String id(Integer key) {
    return key >= 0 && key < ids.size() ? ids.get(key) : null;
  }

  @Override
  public TypeInformation<Integer> type() {
    return Types.INT;
  }
}
