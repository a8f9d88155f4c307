package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.VersionedModelCard;
import io.poolcast.forecasting.data.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Versioned GBM model files. A trained model is saved as {@code gbm-<id>.model}, where {@code id}
 * is the first 16 hex digits of the SHA-256 of the file's bytes, with its card {@code
 * gbm-<id>.card.json} ({@link VersionedModelCard}) next to it. Files are never overwritten: a
 * retrain writes a new file beside the old ones, and a job switches by being restarted with the new
 * file (rolling back = restarting with the old one). Reading checks that the bytes still hash to
 * the id in the name, and deserializes only PoolCast's, Smile's and the JDK's classes.
 */
public final class GbmModelFile {
  /** Largest model file read (a default model is well under 1 MB). */
  static final long MAX_BYTES = 256L << 20;

  private static final ObjectInputFilter ALLOWED =
      ObjectInputFilter.Config.createFilter(
          "maxbytes=" + MAX_BYTES + ";io.poolcast.forecasting.**;smile.**;java.**;!*");

  private GbmModelFile() {}

  /** A saved model: its id and the two files. */
  public record Saved(String id, Path model, Path card) {}

  /** A loaded model with its id. */
  public record Loaded(String id, TrainedGbm model) {}

  /** The bytes a model file holds. */
  public static byte[] bytes(TrainedGbm model) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the GBM", e);
    }
    return buffer.toByteArray();
  }

  public static String fileName(String id) {
    return "gbm-" + id + ".model";
  }

  public static String cardName(String id) {
    return "gbm-" + id + ".card.json";
  }

  /**
   * Writes the model and its card into {@code dir} (created if needed), atomically; an existing
   * file with the same id already holds the same bytes and is kept.
   */
  public static Saved write(
      Path dir, TrainedGbm model, java.util.function.Function<String, VersionedModelCard> card) {
    byte[] bytes = bytes(model);
    String id = VersionedModelCard.contentId(bytes);
    Path file = dir.resolve(fileName(id));
    Path cardFile = dir.resolve(cardName(id));
    try {
      Files.createDirectories(dir);
      if (!Files.exists(file)) {
        Path tmp = dir.resolve("." + fileName(id) + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      }
      card.apply(id).write(cardFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model to " + dir, e);
    }
    return new Saved(id, file, cardFile);
  }

  /** Reads a model file, checking its bytes against the id in its name. */
  public static Loaded read(Path file) {
    String name = file.getFileName().toString();
    if (!name.startsWith("gbm-") || !name.endsWith(".model")) {
      throw new InvalidInputException(
          0,
          file + ": not a GBM model file (expected gbm-<id>.model from 'poolcast forecast-train')");
    }
    String id = name.substring("gbm-".length(), name.length() - ".model".length());
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidInputException(0, file + ": larger than " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidInputException(0, "cannot read model file " + file + ": " + e.getMessage());
    }
    String actual = VersionedModelCard.contentId(bytes);
    if (!actual.equals(id)) {
      throw new InvalidInputException(
          0,
          file + ": content hash is " + actual + ", not the " + id + " in its name; damaged file?");
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(ALLOWED);
      return new Loaded(id, (TrainedGbm) in.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new InvalidInputException(0, file + ": not a readable GBM model: " + e.getMessage());
    }
  }
}
