package io.poolcast.forecasting.hierarchy;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * MinT (Wickramasuriya, Athanasopoulos & Hyndman 2019): bottom = (SᵀW⁻¹S)⁻¹SᵀW⁻¹ŷ, with W the
 * Schäfer–Strimmer shrinkage of the one-step-ahead (here: backtest) residual covariance towards its
 * diagonal, λ estimated from the residuals as in R's {@code hts}/{@code fable}. With fewer than
 * {@code minResiduals} complete residual columns it falls back to WLS-structural (W = diag(number
 * of bottom series under each node)). Zero-variance nodes get a tiny variance so W stays
 * invertible.
 */
public final class MinTShrink implements Reconciler {
  public static final int DEFAULT_MIN_RESIDUALS = 20;

  private final double[][] residuals;
  private final int minResiduals;

  /**
   * @param residuals {@code [node][t]} in {@link SummingMatrix} node order; NaN columns dropped
   */
  public MinTShrink(double[][] residuals) {
    this(residuals, DEFAULT_MIN_RESIDUALS);
  }

  public MinTShrink(double[][] residuals, int minResiduals) {
    this.residuals = completeColumns(residuals);
    this.minResiduals = minResiduals;
  }

  /** WLS-structural only (no residuals). */
  public static MinTShrink structural() {
    return new MinTShrink(new double[0][], DEFAULT_MIN_RESIDUALS);
  }

  @Override
  public String name() {
    return "MinTShrink";
  }

  /** Whether shrinkage or the WLS-structural fallback is used for this hierarchy, and why. */
  public String method(SummingMatrix s) {
    if (usesShrinkage(s)) {
      return "MinT-shrink, lambda=" + lambda(residuals);
    }
    return "WLS-structural: " + columns() + " complete residual columns < " + minResiduals;
  }

  private boolean usesShrinkage(SummingMatrix s) {
    return residuals.length == s.nodeCount() && columns() >= Math.max(2, minResiduals);
  }

  private int columns() {
    return residuals.length == 0 ? 0 : residuals[0].length;
  }

  /** W: the shrunk residual covariance, or the structural diagonal. */
  public RealMatrix covariance(SummingMatrix s) {
    if (!usesShrinkage(s)) {
      return MatrixUtils.createRealDiagonalMatrix(s.counts());
    }
    double[][] cov = uncenteredCovariance(residuals);
    double lambda = lambda(residuals);
    int m = cov.length;
    double floor = varianceFloor(cov);
    double[][] w = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        w[i][j] = i == j ? Math.max(cov[i][i], floor) : (1 - lambda) * cov[i][j];
      }
    }
    return new Array2DRowRealMatrix(w, false);
  }

  @Override
  public double[][] bottom(SummingMatrix s, double[][] base) {
    RealMatrix sm = s.matrix();
    DecompositionSolver w = new LUDecomposition(covariance(s)).getSolver();
    RealMatrix wInvS = w.solve(sm); // W⁻¹S
    RealMatrix a = sm.transpose().multiply(wInvS); // SᵀW⁻¹S
    RealMatrix rhs = wInvS.transpose().multiply(new Array2DRowRealMatrix(base, false));
    return new LUDecomposition(a).getSolver().solve(rhs).getData();
  }

  /** Σ_t r_i r_j / T, as in hts (residuals are taken to have mean zero). */
  private static double[][] uncenteredCovariance(double[][] r) {
    int m = r.length;
    int n = r[0].length;
    double[][] cov = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = i; j < m; j++) {
        double sum = 0;
        for (int t = 0; t < n; t++) {
          sum += r[i][t] * r[j][t];
        }
        cov[i][j] = sum / n;
        cov[j][i] = cov[i][j];
      }
    }
    return cov;
  }

  /**
   * Schäfer & Strimmer (2005) optimal shrinkage intensity towards the diagonal: Σ_{i≠j} Var(r̂_ij)
   * / Σ_{i≠j} r̂_ij² on standardised residuals, clamped to [0, 1].
   */
  static double lambda(double[][] r) {
    int m = r.length;
    int n = r[0].length;
    double[][] xs = new double[m][n];
    for (int i = 0; i < m; i++) {
      double sd = 0;
      for (int t = 0; t < n; t++) {
        sd += r[i][t] * r[i][t];
      }
      sd = Math.sqrt(sd / n);
      for (int t = 0; t < n; t++) {
        xs[i][t] = sd > 0 ? r[i][t] / sd : 0;
      }
    }
    double varSum = 0;
    double corSum = 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i == j) {
          continue;
        }
        double cross = 0;
        double squares = 0;
        for (int t = 0; t < n; t++) {
          double p = xs[i][t] * xs[j][t];
          cross += p;
          squares += p * p;
        }
        double corr = cross / n;
        varSum += (squares - cross * cross / n) / (n * (double) (n - 1));
        corSum += corr * corr;
      }
    }
    return corSum == 0 ? 1.0 : Math.max(0, Math.min(1, varSum / corSum));
  }

  private static double varianceFloor(double[][] cov) {
    double max = 0;
    for (int i = 0; i < cov.length; i++) {
      max = Math.max(max, cov[i][i]);
    }
    return max > 0 ? max * 1e-9 : 1e-9;
  }

  /** Keeps the columns (time points) where every node has a finite residual. */
  private static double[][] completeColumns(double[][] r) {
    if (r.length == 0) {
      return r;
    }
    List<Integer> keep = new ArrayList<>();
    for (int t = 0; t < r[0].length; t++) {
      boolean complete = true;
      for (double[] row : r) {
        complete &= Double.isFinite(row[t]);
      }
      if (complete) {
        keep.add(t);
      }
    }
    double[][] out = new double[r.length][keep.size()];
    for (int i = 0; i < r.length; i++) {
      for (int k = 0; k < keep.size(); k++) {
        out[i][k] = r[i][keep.get(k)];
      }
    }
    return out;
  }
}
