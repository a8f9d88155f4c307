package io.poolcast.connectors.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Product categories of the Online Retail world, derived from the description by keywords. The
 * description is upper-cased and split into words at every non-letter ({@code T-LIGHT} gives {@code
 * T} and {@code LIGHT}); a keyword matches a word or its plural with a trailing {@code S}.
 * Categories are tried in declaration order and the first match wins, so a "CHRISTMAS CANDLE" is
 * {@code christmas}; a description without any keyword is {@code other}. The weight and volume of
 * one unit are per-category placeholders (the file has none), documented in the module README.
 */
public enum RetailCategory {
  CHRISTMAS(
      "christmas",
      RetailSupplier.SEASONAL,
      200,
      800,
      "CHRISTMAS",
      "XMAS",
      "ADVENT",
      "SANTA",
      "REINDEER",
      "NATIVITY",
      "SNOWMAN",
      "SNOWFLAKE"),
  ACCESSORIES(
      "accessories",
      RetailSupplier.ACCESSORIES,
      80,
      100,
      "NECKLACE",
      "EARRING",
      "BRACELET",
      "RING",
      "CHARM",
      "DIAMANTE",
      "BEAD",
      "HAIR",
      "PURSE",
      "BROOCH",
      "UMBRELLA",
      "HANDBAG"),
  LIGHTS_CANDLES(
      "lights-candles",
      RetailSupplier.SEASONAL,
      250,
      400,
      "CANDLE",
      "LIGHT",
      "TEALIGHT",
      "LANTERN",
      "LAMP"),
  BAGS("bags", RetailSupplier.PAPER_AND_PLAY, 150, 500, "BAG"),
  KITCHEN(
      "kitchen",
      RetailSupplier.HOME,
      400,
      800,
      "MUG",
      "CUP",
      "SAUCER",
      "PLATE",
      "BOWL",
      "TEA",
      "TEAPOT",
      "CAKE",
      "BAKING",
      "JAR",
      "LUNCH",
      "TIN",
      "SPOON",
      "CUTLERY",
      "NAPKIN",
      "TRAY",
      "BOTTLE",
      "KITCHEN",
      "PANTRY",
      "JUG",
      "COASTER",
      "APRON",
      "CHOPSTICK"),
  STATIONERY(
      "stationery",
      RetailSupplier.PAPER_AND_PLAY,
      100,
      200,
      "CARD",
      "WRAP",
      "PAPER",
      "NOTEBOOK",
      "PENCIL",
      "PEN",
      "STICKER",
      "TAPE",
      "ENVELOPE",
      "BOOK",
      "CALENDAR",
      "RIBBON",
      "STAMP",
      "ERASER"),
  TOYS_PARTY(
      "toys-party",
      RetailSupplier.PAPER_AND_PLAY,
      300,
      1000,
      "TOY",
      "GAME",
      "PARTY",
      "BUNTING",
      "BALLOON",
      "DOLLY",
      "DOLL",
      "JIGSAW",
      "SPACEBOY",
      "PLAYHOUSE",
      "CHILDREN",
      "CHILDS",
      "KIDS",
      "BIRTHDAY",
      "SKITTLE",
      "DOMINO",
      "MAGIC",
      "CRAYON"),
  GARDEN(
      "garden",
      RetailSupplier.HOME,
      600,
      1500,
      "GARDEN",
      "PLANT",
      "PLANTER",
      "WATERING",
      "HERB",
      "BIRDHOUSE",
      "FEEDER",
      "SEED"),
  HOME_DECOR(
      "home-decor",
      RetailSupplier.HOME,
      500,
      1500,
      "HEART",
      "SIGN",
      "FRAME",
      "CLOCK",
      "MIRROR",
      "DOORMAT",
      "CUSHION",
      "HOOK",
      "HANGER",
      "DECORATION",
      "HANGING",
      "WALL",
      "DRAWER",
      "CABINET",
      "STORAGE",
      "BOX",
      "VASE",
      "ORNAMENT",
      "GARLAND",
      "WREATH",
      "DOORSTOP",
      "BLANKET",
      "THROW"),
  OTHER("other", RetailSupplier.ACCESSORIES, 300, 700);

  private final String id;
  private final RetailSupplier supplier;
  private final int weightGrams;
  private final int volumeMl;
  private final Set<String> keywords;

  RetailCategory(
      String id, RetailSupplier supplier, int weightGrams, int volumeMl, String... keywords) {
    this.id = id;
    this.supplier = supplier;
    this.weightGrams = weightGrams;
    this.volumeMl = volumeMl;
    this.keywords = Set.of(keywords);
  }

  /** The first category (in declaration order) with a keyword in the description. */
  public static RetailCategory of(String description) {
    List<String> words =
        Arrays.stream(description.toUpperCase(Locale.ROOT).split("[^A-Z]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    for (RetailCategory category : values()) {
      if (category.matchesAny(words)) {
        return category;
      }
    }
    return OTHER;
  }

  private boolean matchesAny(List<String> words) {
    for (String word : words) {
      if (keywords.contains(word)
          || (word.endsWith("S") && keywords.contains(word.substring(0, word.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  public String id() {
    return id;
  }

  public RetailSupplier supplier() {
    return supplier;
  }

  public int weightGrams() {
    return weightGrams;
  }

  public int volumeMl() {
    return volumeMl;
  }

  /** The categories a supplier sells, in declaration order. */
  public static List<RetailCategory> soldBy(RetailSupplier supplier) {
    return Arrays.stream(values()).filter(c -> c.supplier == supplier).toList();
  }
}
