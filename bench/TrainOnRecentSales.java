import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.gbm.GbmSettings;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.forecastjob.ForecastTraining;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * `poolcast forecast-train` on the recent sales of a big JSON-lines file, read in place: the file is
 * entered at the first line of UTC day FROM_DAY (a binary search on byte offsets; the generator
 * writes sales in event-time order), so a seed year's 28 GB need not be parsed for a model that
 * keeps 182 days anyway. Series whose first sale is before FROM_DAY start there (their history is
 * shorter than with the whole file). Same training, seed 42, model file and card as the command.
 * Usage: java -cp poolcast.jar bench/TrainOnRecentSales.java POS_SALES.jsonl WORLD_DIR OUT_DIR
 * FROM_DAY THROUGH_DAY
 */
public class TrainOnRecentSales {
  private static final String EVENT_TIME = "\"event_time\":\"";

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    var zones = RegionZones.of(WorldCsv.read(Path.of(args[1])));
    String fromDay = args[3];
    LocalDate through = LocalDate.parse(args[4]);
    ForecastTraining training = new ForecastTraining(zones, ForecastEligibility.DEFAULT);
    long started = System.nanoTime();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(firstLineOf(raf, fromDay));
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(
                  Channels.newInputStream(raf.getChannel()), StandardCharsets.UTF_8),
              1 << 16);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && dayOf(line).compareTo(fromDay) >= 0) {
          PosSale sale = EventJson.fromJson(line, PosSale.class);
          training.add(sale, zones.zoneOf(sale.regionId()).orElseThrow());
        }
      }
    }
    double read = (System.nanoTime() - started) / 1e9;
    var result =
        training.train(through, GbmSettings.DEFAULT.withMinOrigin(14), 42, file, Path.of(args[2]));
    System.out.printf(
        "read %.0f s, trained GBM on %d series through %s (%d sales) in %.0f s%nModel file: %s%n",
        read,
        result.series(),
        result.through(),
        result.sales(),
        (System.nanoTime() - started) / 1e9 - read,
        result.saved().model());
  }

  /** The UTC day of a line's event time as written (…Z); "" without one. */
  private static String dayOf(String line) {
    int at = line.indexOf(EVENT_TIME) + EVENT_TIME.length();
    return at < EVENT_TIME.length() || line.length() < at + 10 ? "" : line.substring(at, at + 10);
  }

  /** Byte offset of a line start at or before the first line of {@code day} (to 1 MB). */
  private static long firstLineOf(RandomAccessFile raf, String day) throws Exception {
    long lo = 0;
    long hi = raf.length();
    while (hi - lo > 1 << 20) {
      long mid = (lo + hi) / 2;
      raf.seek(mid);
      raf.readLine(); // the rest of a line
      String line = raf.readLine();
      if (line != null && dayOf(line).compareTo(day) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    raf.seek(lo);
    if (lo > 0) {
      raf.readLine();
    }
    return raf.getFilePointer();
  }
}
