package io.poolcast.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCsvTest {

  static World tinyWorld() {
    return new World(
        List.of(new Region("east-hz", "Hangzhou, \"East\"", "Asia/Shanghai")),
        List.of(
            new Shop(
                "shop-1",
                "Corner, Store",
                "east-hz",
                ShopFormat.CONVENIENCE_STORE,
                LocalDate.of(2025, 3, 1))),
        List.of(
            new Supplier(
                "sup-1",
                "Drinks Co",
                List.of("beverages", "snacks"),
                List.of("east-hz"),
                5_000_000,
                0,
                8_000,
                30_000)),
        List.of(
            new Sku(
                "sku-1",
                "sup-1",
                "beverages",
                "Green tea 24×500ml",
                24,
                12_500,
                13_000,
                4_800,
                LocalDate.of(2024, 1, 1))),
        List.of(new PriceTier("sku-1", 1, 100, 800)),
        List.of(new CategoryTier("sup-1", 1, 5_000_000, 2, 300)),
        List.of(
            new CutoffCalendar(
                "sup-1",
                "east-hz",
                "Asia/Shanghai",
                LocalTime.of(20, 0),
                1,
                List.of(DayOfWeek.SUNDAY),
                List.of(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18)))));
  }

  @Test
  void worldRoundTripsThroughCsvFiles(@TempDir Path dir) {
    World world = tinyWorld();
    WorldCsv.write(world, dir);
    assertThat(WorldCsv.read(dir)).isEqualTo(world);
  }

  @Test
  void headerIsSnakeCaseAndListsAreJoined() {
    StringWriter out = new StringWriter();
    RecordCsv.of(Supplier.class).write(tinyWorld().suppliers(), out);
    assertThat(out.toString())
        .startsWith("supplier_id,name,categories,region_ids,min_batch_value_cents")
        .contains("beverages|snacks");
  }

  @Test
  void badCellNamesFileLineAndColumn() {
    String csv = "region_id,name,zone_id\nok,Ok,Asia/Shanghai\n";
    assertThat(RecordCsv.of(Region.class).read(new StringReader(csv), "regions.csv")).hasSize(1);
    String bad = "sku,tier,min_quantity,discount_basis_points\nsku-1,1,lots,800\n";
    assertThatThrownBy(
            () -> RecordCsv.of(PriceTier.class).read(new StringReader(bad), "price_tiers.csv"))
        .hasMessage("price_tiers.csv line 2, column 'min_quantity': cannot read 'lots' as long");
  }

  @Test
  void missingColumnIsNamed() {
    assertThatThrownBy(
            () ->
                RecordCsv.of(Region.class)
                    .read(new StringReader("region_id,name\n"), "regions.csv"))
        .hasMessage("regions.csv: missing column 'zone_id'");
  }

  @Test
  void anOptionalColumnMayBeAbsentAndTakesTheRecordsDefault() {
    String before =
        "supplier_id,name,categories,region_ids,min_batch_value_cents,min_batch_units,"
            + "truck_capacity_kg,truck_capacity_litres\n"
            + "sup-1,Drinks Co,beverages,east-hz,0,0,1000,10000\n";
    List<Supplier> suppliers =
        RecordCsv.of(Supplier.class).read(new StringReader(before), "suppliers.csv");
    assertThat(suppliers).singleElement().extracting(Supplier::currency).isEqualTo("CNY");
  }
}
