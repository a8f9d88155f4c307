package io.poolcast.connectors.kafka;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.TypeExtractor;

/**
 * Flink type information for PoolCast's records that works with {@code pipeline.generic-types:
 * false}.
 *
 * <p>Flink 2.2 analyses records as POJOs but treats {@code java.time.LocalDate}, {@code LocalTime}
 * and {@code LocalDateTime} fields as generic (Kryo) types, although it has serializers for them.
 * This class registers type-info factories for them with Flink's type extractor (once per JVM), so
 * that every record, state descriptor and list of them gets Flink's own serializers. Jobs also set
 * the same registration in {@code pipeline.serialization-config} ({@link #SERIALIZATION_CONFIG}),
 * so task managers of a real cluster register them too.
 */
public final class EventTypes {
  /** The {@code pipeline.serialization-config} value registering the factories below. */
  public static final String SERIALIZATION_CONFIG =
      "[java.time.LocalDate: {type: typeinfo, class: "
          + LocalDateInfo.class.getName()
          + "}, java.time.LocalTime: {type: typeinfo, class: "
          + LocalTimeInfo.class.getName()
          + "}, java.time.LocalDateTime: {type: typeinfo, class: "
          + LocalDateTimeInfo.class.getName()
          + "}]";

  static {
    TypeExtractor.registerFactory(LocalDate.class, LocalDateInfo.class);
    TypeExtractor.registerFactory(LocalTime.class, LocalTimeInfo.class);
    TypeExtractor.registerFactory(LocalDateTime.class, LocalDateTimeInfo.class);
  }

  private EventTypes() {}

  /** Makes sure the factories are registered in this JVM (idempotent). */
  public static void register() {
    // the static initializer does the work
  }

  /** The type information of {@code type}, with {@code java.time} local types as Flink types. */
  public static <T> TypeInformation<T> of(Class<T> type) {
    return TypeInformation.of(type);
  }

  /** {@link LocalDate} as Flink's own type. */
  public static final class LocalDateInfo extends TypeInfoFactory<LocalDate> {
    @Override
    public TypeInformation<LocalDate> createTypeInfo(
        Type t, Map<String, TypeInformation<?>> genericParameters) {
      return LocalTimeTypeInfo.LOCAL_DATE;
    }
  }

  /** {@link LocalTime} as Flink's own type. */
  public static final class LocalTimeInfo extends TypeInfoFactory<LocalTime> {
    @Override
    public TypeInformation<LocalTime> createTypeInfo(
        Type t, Map<String, TypeInformation<?>> genericParameters) {
      return LocalTimeTypeInfo.LOCAL_TIME;
    }
  }

  /** {@link LocalDateTime} as Flink's own type. */
  public static final class LocalDateTimeInfo extends TypeInfoFactory<LocalDateTime> {
    @Override
    public TypeInformation<LocalDateTime> createTypeInfo(
        Type t, Map<String, TypeInformation<?>> genericParameters) {
      return LocalTimeTypeInfo.LOCAL_DATE_TIME;
    }
  }
}
