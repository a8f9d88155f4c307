// Point-forecast check of the GBM with a daily price, three ways, on the same series and cut-offs:
// no price; the held-out days' actual prices as known future (what `backtest --exog` does); and
// the price known only up to the cut-off (held-out days by the rule: the last known price), as a
// forecast without a --future file sees it. The gap between the last two is what the realised
// price tells about the held-out demand itself. Mean forecast only (no intervals), so one GBM fit
// per cut-off and variant.
// Usage: java -cp jobs/target/poolcast.jar bench/ExogPriceCheck.java FILE PRICE_COLUMN [h windows]
import io.poolcast.forecasting.data.Exogenous;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.gbm.GbmModel;
import io.poolcast.forecasting.metrics.Metrics;
import io.poolcast.forecasting.models.Fitted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ExogPriceCheck {
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    String price = args[1];
    int h = args.length > 2 ? Integer.parseInt(args[2]) : 28;
    int windows = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    SeriesFrame frame = LongFormatCsv.builder().exogenous(price).build().readFrame(file);
    System.out.printf("%d series, h=%d, %d windows%n", frame.size(), h, windows);
    for (String variant : List.of("no price", "actual future price", "price up to cut-off")) {
      long t0 = System.nanoTime();
      double absErr = 0;
      double rmsse = 0;
      int points = 0;
      int scored = 0;
      for (int w = 0; w < windows; w++) {
        int offset = h + (windows - 1 - w) * h;
        List<Series> histories = new ArrayList<>();
        for (Series s : frame.series()) {
          if (s.length() - offset >= 2) {
            histories.add(history(s, s.length() - offset, variant));
          }
        }
        Map<String, Fitted> fits = new GbmModel().fitGlobal(new SeriesFrame(histories), 42);
        for (Series hist : histories) {
          Series full = frame.get(hist.uniqueId());
          double[] actual = full.slice(hist.length(), hist.length() + h);
          double[] forecast;
          try {
            forecast = fits.get(hist.uniqueId()).predictMean(h);
          } catch (RuntimeException e) {
            continue; // too short for GBM; skipped in every variant alike
          }
          absErr += Metrics.mae(actual, forecast) * h;
          points += h;
          double r = Metrics.rmsse(actual, forecast, hist.y());
          if (Double.isFinite(r)) {
            rmsse += r;
            scored++;
          }
        }
      }
      System.out.printf(
          "%-22s MAE %.3f  RMSSE %.4f (%d windows scored)  %.0f s%n",
          variant, absErr / points, rmsse / scored, scored, (System.nanoTime() - t0) / 1e9);
    }
  }

  private static Series history(Series s, int n, String variant) {
    Series head = s.head(n);
    if (variant.equals("no price")) {
      return head.withExogenous(Exogenous.NONE);
    }
    if (variant.equals("actual future price")) {
      return head; // head keeps the covariates whole: the held-out days' actual prices
    }
    Exogenous x = s.exogenous();
    double[][] cut = new double[x.columns().size()][n];
    for (int c = 0; c < cut.length; c++) {
      for (int i = 0; i < n; i++) {
        cut[c][i] = x.value(c, i);
      }
    }
    return head.withExogenous(new Exogenous(x.columns(), cut)); // past n: the rule
  }
}
