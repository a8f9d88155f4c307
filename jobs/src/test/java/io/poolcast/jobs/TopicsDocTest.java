package io.poolcast.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.Insight;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.RecordCsv;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.SkuTierProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/topics.md is what suppliers build against: every field of every schema must be in it. */
class TopicsDocTest {
  private static final Path DOC = Path.of("..", "docs", "topics.md");

  @ParameterizedTest
  @ValueSource(
      classes = {
        ShopOrderEvent.class,
        OrderLine.class,
        PosSale.class,
        RegionDailyOrderSummary.class,
        DeadLetter.class,
        Region.class,
        Shop.class,
        Supplier.class,
        Sku.class,
        PriceTier.class,
        CategoryTier.class,
        CutoffCalendar.class,
        PooledOrderLine.class,
        PoolAllocation.class,
        PoolProgress.class,
        io.poolcast.events.DemandForecast.class,
        SkuTierProgress.class,
        SellThroughRow.class,
        Insight.class,
        io.poolcast.events.ReplenishmentSuggestion.class
      })
  void everyFieldIsDocumented(Class<?> type) throws Exception {
    String doc = Files.readString(DOC);
    if (type != SkuTierProgress.class) {
      if (type != SkuTierProgress.class) { // documented inside PoolProgress
        assertThat(doc).contains("`" + type.getSimpleName() + "`");
      }
    }
    String[] fields =
        Arrays.stream(type.getRecordComponents())
            .map(c -> RecordCsv.snakeCase(c.getName()))
            .toArray(String[]::new);
    for (String field : fields) {
      assertThat(Pattern.compile("[`, ]" + field + "[`,]").matcher(doc).find())
          .as("docs/topics.md documents %s.%s", type.getSimpleName(), field)
          .isTrue();
    }
  }
}
