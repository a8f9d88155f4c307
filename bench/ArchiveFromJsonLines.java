import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.events.EventJson;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.archive.EventArchiveWiring;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a JSON-lines shop-order file as the event archive's layout (events/shop_orders/
 * event_date=…/region=…/, the archive job's partition columns), one file per partition, without a
 * broker: the Parquet input of bench/backfill-seed.sh. Usage: java -cp poolcast.jar
 * bench/ArchiveFromJsonLines.java EVENTS.jsonl OUT_DIR
 */
public class ArchiveFromJsonLines {
  public static void main(String[] args) throws Exception {
    List<ShopOrderEvent> events = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          events.add(EventJson.fromJson(line, ShopOrderEvent.class));
        }
      }
    }
    var written =
        HivePartitionedWriter.write(
            Path.of(args[1]).resolve("events/shop_orders"),
            ShopOrderEvent.class,
            events,
            EventArchiveWiring.shopOrderPartitions());
    System.out.println(events.size() + " events archived in " + written.size() + " partitions");
  }
}
