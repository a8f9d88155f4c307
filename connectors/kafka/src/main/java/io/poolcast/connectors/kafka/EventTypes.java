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
 * This class registers type-info factories for them with Flink's type extractor when it is loaded
 * (once per JVM), so that every record, state descriptor and list of them gets Flink's own
 * serializers. Stream types are analysed on the client; on task managers, operators that extract
 * types at run time (state descriptors in {@code open()}) must go through {@link #of}, which loads
 * this class and so registers the factories there too.
 */
public final class EventTypes {
  static {
    registerOnce(LocalDate.class, LocalDateInfo.class);
    registerOnce(LocalTime.class, LocalTimeInfo.class);
    registerOnce(LocalDateTime.class, LocalDateTimeInfo.class);
  }

  private static void registerOnce(Class<?> type, Class<? extends TypeInfoFactory<?>> factory) {
    if (TypeExtractor.getTypeInfoFactory(type) == null) {
      TypeExtractor.registerFactory(type, factory);
    }
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
