package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class RecordAvroSchemaTest {
  static final AllTypes FULL =
      new AllTypes(
          "shop-1",
          3,
          4,
          1_299L,
          -5L,
          0.25,
          1.5,
          true,
          false,
          Instant.parse("2026-01-05T08:15:30.123Z"),
          LocalDate.of(2026, 1, 5),
          LocalTime.of(17, 30, 5, 250_000_000),
          AllTypes.Color.GREEN,
          DayOfWeek.FRIDAY,
          List.of("a", "b"),
          List.of(1L, 2L),
          List.of(AllTypes.Color.RED, AllTypes.Color.GREEN),
          List.of(LocalDate.of(2026, 2, 17)),
          List.of(new AllTypes.Line("sku-1", 2, 150L), new AllTypes.Line("sku-2", 1, 99L)),
          new AllTypes.Line("sku-3", 7, 10L),
          null);

  static final AllTypes SPARSE =
      new AllTypes(
          null, 0, null, 0L, null, 0.0, null, false, null, null, null, null, null, null, null,
          List.of(), null, null, List.of(), null, null);

  private final RecordAvroSchema<AllTypes> avro = RecordAvroSchema.of(AllTypes.class);

  @Test
  void namesColumnsInSnakeCase() {
    assertThat(avro.schema().getFields().stream().map(Schema.Field::name))
        .startsWith("name", "count", "maybe_count", "list_price_cents", "maybe_cents")
        .contains("event_time", "delivery_date", "cutoff_time", "delivery_day", "main_line");
  }

  @Test
  void primitivesAreRequiredAndReferenceTypesNullable() {
    assertThat(fieldSchema("count").getType()).isEqualTo(Schema.Type.INT);
    assertThat(fieldSchema("list_price_cents").getType()).isEqualTo(Schema.Type.LONG);
    assertThat(fieldSchema("share").getType()).isEqualTo(Schema.Type.DOUBLE);
    assertThat(fieldSchema("active").getType()).isEqualTo(Schema.Type.BOOLEAN);
    assertThat(nullableValue("maybe_count").getType()).isEqualTo(Schema.Type.INT);
    assertThat(nullableValue("maybe_cents").getType()).isEqualTo(Schema.Type.LONG);
    assertThat(nullableValue("name").getType()).isEqualTo(Schema.Type.STRING);
    assertThat(avro.schema().getField("name").defaultVal()).isNotNull();
  }

  @Test
  void mapsTimeTypesToLogicalTypes() {
    assertThat(nullableValue("event_time").getLogicalType())
        .isEqualTo(LogicalTypes.timestampMillis());
    assertThat(nullableValue("event_time").getType()).isEqualTo(Schema.Type.LONG);
    assertThat(nullableValue("delivery_date").getLogicalType()).isEqualTo(LogicalTypes.date());
    assertThat(nullableValue("cutoff_time").getLogicalType()).isEqualTo(LogicalTypes.timeMillis());
  }

  @Test
  void mapsEnumsToStringsAndListsToArrays() {
    assertThat(nullableValue("color").getType()).isEqualTo(Schema.Type.STRING);
    assertThat(nullableValue("delivery_day").getType()).isEqualTo(Schema.Type.STRING);
    assertThat(nullableValue("tags").getElementType().getType()).isEqualTo(Schema.Type.STRING);
    assertThat(nullableValue("amounts").getElementType().getType()).isEqualTo(Schema.Type.LONG);
    assertThat(nullableValue("holidays").getElementType().getLogicalType())
        .isEqualTo(LogicalTypes.date());
    Schema line = nullableValue("lines").getElementType();
    assertThat(line.getType()).isEqualTo(Schema.Type.RECORD);
    assertThat(line.getFields().stream().map(Schema.Field::name))
        .containsExactly("sku", "quantity", "list_price_cents");
    // The same nested record class is one Avro named type, reused.
    assertThat(nullableValue("main_line")).isSameAs(line);
  }

  @Test
  void convertsValuesToTheirAvroForm() {
    GenericRecord record = avro.toAvro(FULL);
    assertThat(record.get("event_time")).isEqualTo(FULL.eventTime().toEpochMilli());
    assertThat(record.get("delivery_date")).isEqualTo((int) FULL.deliveryDate().toEpochDay());
    assertThat(record.get("cutoff_time")).isEqualTo((17 * 3600 + 30 * 60 + 5) * 1000 + 250);
    assertThat(record.get("delivery_day")).isEqualTo("FRIDAY");
    assertThat(record.get("colors")).isEqualTo(List.of("RED", "GREEN"));
    assertThat(((GenericRecord) record.get("main_line")).get("list_price_cents")).isEqualTo(10L);
    assertThat(record.get("other_line")).isNull();
  }

  @Test
  void roundTripsFullAndSparseRows() {
    assertThat(avro.fromAvro(avro.toAvro(FULL))).isEqualTo(FULL);
    assertThat(avro.fromAvro(avro.toAvro(SPARSE))).isEqualTo(SPARSE);
  }

  @Test
  void producesASchemaAvroAcceptsAsValidJson() {
    assertThat(new Schema.Parser().parse(avro.schema().toString())).isEqualTo(avro.schema());
  }

  record WithMap(Map<String, Long> counts) {}

  record Node(String id, List<Node> children) {}

  @Test
  void refusesUnsupportedAndRecursiveTypesNamingTheComponent() {
    assertThatThrownBy(() -> RecordAvroSchema.of(WithMap.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithMap.counts");
    assertThatThrownBy(() -> RecordAvroSchema.of(Node.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains itself");
  }

  @Test
  void refusesToReadANullIntoAPrimitive() {
    GenericRecord record = avro.toAvro(FULL);
    record.put("count", null);
    assertThatThrownBy(() -> avro.fromAvro(record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'count'");
  }

  record Pair(String name, Integer count) {}

  @Test
  void readsColumnsByNameWhateverTheFilesOrderOrExtraOrMissingColumns() {
    RecordAvroSchema<Pair> pairs = RecordAvroSchema.of(Pair.class);
    Schema reordered =
        SchemaBuilder.record("FilePair")
            .fields()
            .optionalString("extra")
            .optionalInt("count")
            .optionalString("name")
            .endRecord();
    Schema nameOnly = SchemaBuilder.record("Old").fields().optionalString("name").endRecord();
    GenericData.Record a = new GenericData.Record(reordered);
    a.put("extra", "x");
    a.put("count", 3);
    a.put("name", "a");
    GenericData.Record b = new GenericData.Record(nameOnly);
    b.put("name", "b");

    // Files alternate: each record is read by its own schema's positions.
    assertThat(List.of(a, b, a, pairs.toAvro(new Pair("c", 5))).stream().map(pairs::fromAvro))
        .containsExactly(new Pair("a", 3), new Pair("b", null), new Pair("a", 3), new Pair("c", 5));
  }

  private Schema fieldSchema(String name) {
    return avro.schema().getField(name).schema();
  }

  private Schema nullableValue(String name) {
    Schema union = fieldSchema(name);
    assertThat(union.getType()).as(name).isEqualTo(Schema.Type.UNION);
    assertThat(union.getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
    return union.getTypes().get(1);
  }
}
