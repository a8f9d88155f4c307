package io.poolcast.forecasting.hierarchy;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The summing matrix S (nodes × bottom series): row i has a 1 for every bottom series that node i
 * sums. Node order: aggregates first (level by level), then the bottom series, so the last {@link
 * #bottomCount()} rows are the identity. Kept as index lists; {@link #matrix()} builds the dense
 * form for MinT.
 */
public final class SummingMatrix {
  private final List<Node> nodes;
  private final int bottomCount;

  SummingMatrix(List<Node> nodes, int bottomCount) {
    this.nodes = List.copyOf(nodes);
    this.bottomCount = bottomCount;
  }

  public int nodeCount() {
    return nodes.size();
  }

  public int bottomCount() {
    return bottomCount;
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** Row index of the first bottom series. */
  public int firstBottom() {
    return nodes.size() - bottomCount;
  }

  public RealMatrix matrix() {
    RealMatrix s = new Array2DRowRealMatrix(nodes.size(), bottomCount);
    for (int i = 0; i < nodes.size(); i++) {
      for (int b : nodes.get(i).bottom()) {
        s.setEntry(i, b, 1.0);
      }
    }
    return s;
  }

  /** S · bottom: every node's value as the sum of its bottom values (always in index order). */
  public double[] aggregate(double[] bottom) {
    if (bottom.length != bottomCount) {
      throw new IllegalArgumentException(bottom.length + " bottom values, expected " + bottomCount);
    }
    double[] out = new double[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (int b : nodes.get(i).bottom()) {
        sum += bottom[b];
      }
      out[i] = sum;
    }
    return out;
  }

  /** How many bottom series each node sums (the diagonal of WLS-structural). */
  public double[] counts() {
    double[] out = new double[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = nodes.get(i).bottom().length;
    }
    return out;
  }
}
