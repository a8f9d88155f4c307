package io.poolcast.jobs.flink;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * The text of a record's generated {@code toString()} ({@code Name[a=1, b=x]}), built with a {@link
 * StringBuilder}. Java 17 builds that text with {@code String.format}, parsing the format for every
 * row: too slow for sorting millions of rows by it. A record that writes its own {@code toString()}
 * is detected on its first row and keeps it ({@link #of} then calls it).
 */
final class RecordText<T extends Record> {
  private final String name;
  private final String[] labels;
  private final MethodHandle[] accessors;
  private Boolean generated;

  RecordText(Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    this.name = type.getSimpleName() + "[";
    this.labels = new String[components.length];
    this.accessors = new MethodHandle[components.length];
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (int i = 0; i < components.length; i++) {
      labels[i] = (i == 0 ? "" : ", ") + components[i].getName() + "=";
      try {
        components[i].getAccessor().setAccessible(true);
        accessors[i] =
            lookup
                .unreflect(components[i].getAccessor())
                .asType(MethodType.methodType(Object.class, Record.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + components[i], e);
      }
    }
  }

  /** Exactly {@code row.toString()}. */
  String of(T row) {
    if (generated == null) {
      generated = built(row).equals(row.toString());
    }
    return generated ? built(row) : row.toString();
  }

  private String built(T row) {
    StringBuilder text = new StringBuilder(128).append(name);
    for (int i = 0; i < accessors.length; i++) {
      text.append(labels[i]).append(read(i, row));
    }
    return text.append(']').toString();
  }

  private Object read(int component, T row) {
    try {
      return (Object) accessors[component].invokeExact((Record) row);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + labels[component] + " of " + name, e);
    }
  }
}
