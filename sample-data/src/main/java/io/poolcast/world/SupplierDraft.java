package io.poolcast.world;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A supplier while the market is being built, before its commercial terms are known. */
final class SupplierDraft {
  final int index;
  final String supplierId;
  final String name;
  final List<Category> categories = new ArrayList<>();
  final TreeSet<Integer> regions = new TreeSet<>();
  final double sizeWeight;
  final LocalTime cutoff;
  final int leadDays;
  final boolean noSundayDelivery;
  final boolean nationalDayBreak;
  final List<Integer> skus = new ArrayList<>();

  SupplierDraft(
      int index,
      String name,
      double sizeWeight,
      LocalTime cutoff,
      int leadDays,
      boolean noSundayDelivery,
      boolean nationalDayBreak) {
    this.index = index;
    this.supplierId = String.format("sup-%04d", index + 1);
    this.name = name;
    this.sizeWeight = sizeWeight;
    this.cutoff = cutoff;
    this.leadDays = leadDays;
    this.noSundayDelivery = noSundayDelivery;
    this.nationalDayBreak = nationalDayBreak;
  }

  Category primary() {
    return categories.get(0);
  }

  boolean sells(Category category) {
    return categories.contains(category);
  }
}
