package io.poolcast.connectors.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads a flat record (no lists, no nested records) straight from Parquet's column converters, the
 * way back of {@link RecordWriteSupport}: each column's values become its component's Java values
 * ({@link AvroValueMapping#fromAvro} of the plain value parquet-avro would hand out), then the
 * canonical constructor builds the record. No Avro record per row, and a dictionary-encoded column
 * converts each dictionary entry once: a row group's rows share one {@code String} per distinct
 * value, whose hash a lookup by it then computes once. Columns are found by name; a column the
 * record does not name is not read at all.
 *
 * @param <T> the record type
 */
final class RecordReadSupport<T extends Record> extends ReadSupport<T> {
  private final RecordMapping<T> mapping;

  private RecordReadSupport(RecordMapping<T> mapping) {
    this.mapping = mapping;
  }

  /**
   * The read support of {@code schema}'s record for a file of {@code fileSchema}: empty when the
   * record has lists or nested records, or a column of the file holds another type than its
   * component's (parquet-avro reads those).
   */
  static <T extends Record> Optional<ReadSupport<T>> of(
      RecordAvroSchema<T> schema, MessageType fileSchema) {
    RecordMapping<T> mapping = schema.mapping();
    for (int i = 0; i < mapping.size(); i++) {
      AvroValueMapping field = mapping.field(i);
      if (!field.flat()) {
        return Optional.empty();
      }
      String name = mapping.fieldName(i);
      if (fileSchema.containsField(name) && !readable(fileSchema.getType(name), field)) {
        return Optional.empty();
      }
    }
    return Optional.of(new RecordReadSupport<>(mapping));
  }

  /** Whether a column holds the plain values of {@code field}'s Avro type. */
  private static boolean readable(Type column, AvroValueMapping field) {
    if (!column.isPrimitive() || column.isRepetition(Type.Repetition.REPEATED)) {
      return false;
    }
    PrimitiveTypeName stored = column.asPrimitiveType().getPrimitiveTypeName();
    return switch (avroType(field)) {
      case STRING -> stored == PrimitiveTypeName.BINARY;
      case INT -> stored == PrimitiveTypeName.INT32;
      case LONG -> stored == PrimitiveTypeName.INT64;
      case DOUBLE -> stored == PrimitiveTypeName.DOUBLE;
      case BOOLEAN -> stored == PrimitiveTypeName.BOOLEAN;
      default -> false;
    };
  }

  private static Schema.Type avroType(AvroValueMapping field) {
    AvroValueMapping value =
        field instanceof AvroValueMapping.Nullable nullable ? nullable.value() : field;
    return value.schema().getType();
  }

  /** Only the file's columns the record names. */
  @Override
  public ReadContext init(InitContext context) {
    MessageType file = context.getFileSchema();
    List<Type> columns = new ArrayList<>();
    for (int i = 0; i < mapping.size(); i++) {
      if (file.containsField(mapping.fieldName(i))) {
        columns.add(file.getType(mapping.fieldName(i)));
      }
    }
    return new ReadContext(new MessageType(file.getName(), columns));
  }

  @Override
  public RecordMaterializer<T> prepareForRead(
      org.apache.hadoop.conf.Configuration configuration,
      Map<String, String> keyValueMetaData,
      MessageType fileSchema,
      ReadContext readContext) {
    return new Rows<>(mapping, readContext.getRequestedSchema());
  }

  @Override
  public RecordMaterializer<T> prepareForRead(
      ParquetConfiguration configuration,
      Map<String, String> keyValueMetaData,
      MessageType fileSchema,
      ReadContext readContext) {
    return new Rows<>(mapping, readContext.getRequestedSchema());
  }

  /** A row's column values into its components, then the record. */
  private static final class Rows<T extends Record> extends RecordMaterializer<T> {
    private final RecordMapping<T> mapping;
    private final Object[] values;
    private final Converter[] columns;
    private final GroupConverter root;
    private T current;

    Rows(RecordMapping<T> mapping, MessageType requested) {
      this.mapping = mapping;
      this.values = new Object[mapping.size()];
      this.columns = new Converter[requested.getFieldCount()];
      for (int i = 0; i < mapping.size(); i++) {
        String name = mapping.fieldName(i);
        if (requested.containsField(name)) {
          columns[requested.getFieldIndex(name)] =
              new Column(values, i, mapping.field(i), requested.getType(name));
        }
      }
      this.root =
          new GroupConverter() {
            @Override
            public Converter getConverter(int fieldIndex) {
              return columns[fieldIndex];
            }

            @Override
            public void start() {
              Arrays.fill(values, null); // a null or absent value calls no converter
            }

            @Override
            public void end() {
              current = Rows.this.mapping.construct(values);
            }
          };
    }

    @Override
    public T getCurrentRecord() {
      return current;
    }

    @Override
    public GroupConverter getRootConverter() {
      return root;
    }
  }

  /** One column's values, as its component's Java values. */
  private static final class Column extends PrimitiveConverter {
    private final Object[] values;
    private final int index;
    private final AvroValueMapping field;
    private final PrimitiveTypeName stored;
    private Object[] dictionary;

    Column(Object[] values, int index, AvroValueMapping field, Type column) {
      this.values = values;
      this.index = index;
      this.field = field;
      this.stored = column.asPrimitiveType().getPrimitiveTypeName();
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    /** Each entry converted once, for all the rows that refer to it. */
    @Override
    public void setDictionary(Dictionary entries) {
      dictionary = new Object[entries.getMaxId() + 1];
      for (int id = 0; id < dictionary.length; id++) {
        dictionary[id] = field.fromAvro(plain(entries, id));
      }
    }

    private Object plain(Dictionary entries, int id) {
      return switch (stored) {
        case BINARY -> entries.decodeToBinary(id).toStringUsingUTF8();
        case INT32 -> entries.decodeToInt(id);
        case INT64 -> entries.decodeToLong(id);
        case DOUBLE -> entries.decodeToDouble(id);
        case BOOLEAN -> entries.decodeToBoolean(id);
        default -> throw new IllegalStateException("not a readable column: " + stored);
      };
    }

    @Override
    public void addValueFromDictionary(int dictionaryId) {
      values[index] = dictionary[dictionaryId];
    }

    @Override
    public void addBinary(Binary value) {
      values[index] = field.fromAvro(value.toStringUsingUTF8());
    }

    @Override
    public void addInt(int value) {
      values[index] = field.fromAvro(value);
    }

    @Override
    public void addLong(long value) {
      values[index] = field.fromAvro(value);
    }

    @Override
    public void addDouble(double value) {
      values[index] = field.fromAvro(value);
    }

    @Override
    public void addBoolean(boolean value) {
      values[index] = field.fromAvro(value);
    }
  }
}
