package io.poolcast.jobs.backfill;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.poolcast.events.EventJson;
import io.poolcast.events.RecordCsv;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An event type's CSV export as the JSON the streaming job decodes: a column named as a component
 * of the event (snake case, as in the JSON) is that field; an event with a list of records (a shop
 * order's {@code lines}) takes one row per element, consecutive rows of one {@code event_id}, the
 * element's components as columns ({@code sku, quantity, list_price_cents}). Numbers are written as
 * JSON numbers when they parse, else as text, so a bad cell becomes the decoder's dead letter, not
 * a failure here; an empty cell is a missing field. Columns the event does not name are ignored.
 */
final class CsvEventRows {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Column name to its component's type: the event's flat fields, its list element's. */
  private final Map<String, Class<?>> eventFields;

  private final Optional<String> listName;
  private final Map<String, Class<?>> elementFields;

  private CsvEventRows(
      Map<String, Class<?>> eventFields,
      Optional<String> listName,
      Map<String, Class<?>> elementFields) {
    this.eventFields = eventFields;
    this.listName = listName;
    this.elementFields = elementFields;
  }

  /**
   * The CSV shape of {@code type}: its flat components, and the one list of records it may hold.
   */
  static CsvEventRows of(Class<? extends Record> type) {
    Map<String, Class<?>> flat = new HashMap<>();
    String list = null;
    Map<String, Class<?>> element = Map.of();
    for (RecordComponent c : type.getRecordComponents()) {
      String name = RecordCsv.snakeCase(c.getName());
      if (c.getType() == List.class
          && c.getGenericType() instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> e
          && e.isRecord()) {
        list = name;
        element = fields(e);
      } else {
        flat.put(name, c.getType());
      }
    }
    return new CsvEventRows(flat, Optional.ofNullable(list), element);
  }

  private static Map<String, Class<?>> fields(Class<?> record) {
    return Stream.of(record.getRecordComponents())
        .collect(Collectors.toMap(c -> RecordCsv.snakeCase(c.getName()), RecordComponent::getType));
  }

  /** Whether consecutive rows belong to one event: it has a list, and the ids are equal. */
  boolean sameEvent(Map<String, String> row, Map<String, String> next) {
    String id = row.get("event_id");
    return listName.isPresent() && id != null && !id.isEmpty() && id.equals(next.get("event_id"));
  }

  /** The event's JSON from its rows (one row for an event without a list). */
  byte[] toJson(List<Map<String, String>> rows) {
    ObjectNode event = JSON.objectNode();
    put(event, rows.get(0), eventFields);
    listName.ifPresent(
        name -> {
          ArrayNode elements = event.putArray(name);
          for (Map<String, String> row : rows) {
            ObjectNode element = JSON.objectNode();
            put(element, row, elementFields);
            if (!element.isEmpty()) {
              elements.add(element);
            }
          }
        });
    return EventJson.toBytes(event);
  }

  private static void put(ObjectNode node, Map<String, String> row, Map<String, Class<?>> fields) {
    row.forEach(
        (column, cell) -> {
          Class<?> type = fields.get(column);
          if (type != null && cell != null && !cell.isEmpty()) {
            putValue(node, column, cell, type);
          }
        });
  }

  private static void putValue(ObjectNode node, String name, String cell, Class<?> type) {
    try {
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        node.put(name, Long.parseLong(cell.strip()));
        return;
      }
      if (type == double.class || type == Double.class) {
        node.put(name, Double.parseDouble(cell.strip()));
        return;
      }
    } catch (NumberFormatException e) {
      // kept as text: the decoder refuses it with the field's name
    }
    node.put(name, cell);
  }
}
