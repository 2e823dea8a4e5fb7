package org.cjoip.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians of samples. */
final class Stats {

  private Stats() {}

  static double median(List<Double> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Rounded to two decimals, for reports. */
  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
