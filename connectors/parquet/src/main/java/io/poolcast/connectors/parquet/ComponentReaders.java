package io.poolcast.connectors.parquet;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A record component's accessor as a function, spun once by {@link LambdaMetafactory}: a call is an
 * ordinary interface call to the accessor, where a method handle held in an array (not a constant)
 * is invoked through its lambda form and boxes every primitive (on the seed world's pooled orders,
 * reading the components that way was a third of the Parquet writing). Works for records declared
 * in non-public classes too (tests, job-local rows): the lookup is private to the record's class.
 */
final class ComponentReaders {
  private ComponentReaders() {}

  /** A {@code long} component. */
  @SuppressWarnings("unchecked")
  static <T extends Record> ToLongFunction<T> longs(RecordComponent component) {
    return (ToLongFunction<T>) spin(component, ToLongFunction.class, "applyAsLong", long.class);
  }

  /** An {@code int} component. */
  @SuppressWarnings("unchecked")
  static <T extends Record> ToIntFunction<T> ints(RecordComponent component) {
    return (ToIntFunction<T>) spin(component, ToIntFunction.class, "applyAsInt", int.class);
  }

  /** A {@code double} component. */
  @SuppressWarnings("unchecked")
  static <T extends Record> ToDoubleFunction<T> doubles(RecordComponent component) {
    return (ToDoubleFunction<T>)
        spin(component, ToDoubleFunction.class, "applyAsDouble", double.class);
  }

  /** A {@code String} component. */
  @SuppressWarnings("unchecked")
  static <T extends Record> Function<T, String> texts(RecordComponent component) {
    if (component.getType() != String.class) {
      throw new IllegalArgumentException(component + " is not a String");
    }
    return (Function<T, String>) spin(component, Function.class, "apply", Object.class);
  }

  /** Any component, primitives boxed. */
  @SuppressWarnings("unchecked")
  static <T extends Record> Function<T, Object> objects(RecordComponent component) {
    return (Function<T, Object>) spin(component, Function.class, "apply", Object.class);
  }

  private static Object spin(
      RecordComponent component, Class<?> face, String method, Class<?> returns) {
    Class<?> type = component.getDeclaringRecord();
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      MethodHandle accessor = lookup.unreflect(component.getAccessor());
      Class<?> value = component.getType();
      // For Function, a primitive component is boxed: the instantiated type names the box.
      Class<?> instantiated =
          returns == Object.class ? MethodType.methodType(value).wrap().returnType() : value;
      return LambdaMetafactory.metafactory(
              lookup,
              method,
              MethodType.methodType(face),
              MethodType.methodType(returns, Object.class),
              accessor,
              MethodType.methodType(instantiated, type))
          .getTarget()
          .invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + component + " of " + type.getName(), e);
    }
  }
}
