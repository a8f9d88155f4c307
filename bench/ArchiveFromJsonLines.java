import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.archive.EventArchiveWiring;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a JSON-lines event file as the event archive's layout (events/TABLE/event_date=…/region=…/,
 * the archive job's partition columns), one file per partition, without a broker: the Parquet input
 * of bench/backfill-seed.sh and bench/backfill-seed-insight.sh. Shop orders (shop-orders*.jsonl)
 * are read whole. POS sales (pos-sales*.jsonl; a seed year is 151 M sales, too many to hold) are
 * written one UTC day at a time, from FROM_DAY (a UTC day; lines before it are skipped unparsed):
 * the generator writes sales in event-time order, and a day seen again after the next began stops
 * the run rather than replace its partitions with a part of the day. With UNTIL_DAY (exclusive), the
 * run stops there: two runs over adjacent day ranges archive a year's sales on two cores. Usage:
 * java -cp poolcast.jar bench/ArchiveFromJsonLines.java EVENTS.jsonl OUT_DIR [FROM_DAY [UNTIL_DAY]]
 */
public class ArchiveFromJsonLines {
  private static final String EVENT_TIME = "\"event_time\":\"";

  public static void main(String[] args) throws Exception {
    Path events = Path.of(args[0]);
    Path out = Path.of(args[1]);
    if (events.getFileName().toString().startsWith("pos-sales")) {
      posSales(events, out, args.length > 2 ? args[2] : "", args.length > 3 ? args[3] : "~");
    } else {
      shopOrders(events, out);
    }
  }

  private static void shopOrders(Path file, Path out) throws Exception {
    List<ShopOrderEvent> events = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          events.add(EventJson.fromJson(line, ShopOrderEvent.class));
        }
      }
    }
    var written =
        HivePartitionedWriter.write(
            out.resolve("events/shop_orders"),
            ShopOrderEvent.class,
            events,
            EventArchiveWiring.shopOrderPartitions());
    System.out.println(events.size() + " events archived in " + written.size() + " partitions");
  }

  private static void posSales(Path file, Path out, String fromDay, String untilDay)
      throws Exception {
    Path base = out.resolve("events/pos_sales");
    List<PosSale> day = new ArrayList<>();
    Set<String> done = new HashSet<>();
    String current = null;
    long archived = 0;
    long partitions = 0;
    try (BufferedReader lines = Files.newBufferedReader(file)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String utcDay = utcDayOf(line);
        if (line.isBlank() || (utcDay != null && utcDay.compareTo(fromDay) < 0)) {
          continue;
        }
        if (utcDay != null && utcDay.compareTo(untilDay) >= 0) {
          break; // sorted by event time: the rest is later
        }
        if (utcDay != null && !utcDay.equals(current)) {
          partitions += write(base, day);
          archived += day.size();
          day.clear();
          if (!done.add(utcDay)) {
            throw new IllegalStateException(file + ": UTC day " + utcDay + " seen again, unsorted");
          }
          current = utcDay;
        }
        day.add(EventJson.fromJson(line, PosSale.class));
      }
    }
    partitions += write(base, day);
    archived += day.size();
    System.out.println(archived + " events archived in " + partitions + " partitions");
  }

  /** The UTC day of a line's event time as written (…Z), without parsing the JSON; else null. */
  private static String utcDayOf(String line) {
    int at = line.indexOf(EVENT_TIME);
    return at < 0 || line.length() < at + EVENT_TIME.length() + 10
        ? null
        : line.substring(at + EVENT_TIME.length(), at + EVENT_TIME.length() + 10);
  }

  private static int write(Path base, List<PosSale> sales) {
    return sales.isEmpty()
        ? 0
        : HivePartitionedWriter.write(
                base, PosSale.class, sales, EventArchiveWiring.posSalePartitions())
            .size();
  }
}
