package io.poolcast.connectors.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Sorts the encoding lists of a plain (unencrypted) Parquet footer in place. The file ends with the
 * footer, its length (4 bytes, little-endian) and {@code PAR1}; sorting a list of enum values keeps
 * its serialized length, so the footer is rewritten where it is. A footer that is not wholly in the
 * given bytes, encrypted, or would change length is left as it is: the file stays valid, only
 * possibly not byte-identical across JVMs.
 */
final class CanonicalFooter {
  /** Bytes held back at a file's end: footers of PoolCast's tables are 3–4 KB. */
  static final int TAIL_BYTES = 64 * 1024;

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private CanonicalFooter() {}

  /**
   * @param bytes the end of a Parquet file
   * @param length how many of {@code bytes} are the file's end
   * @return whether the footer was found and rewritten
   */
  static boolean sortEncodings(byte[] bytes, int length) throws IOException {
    if (length < 8 || !endsWithMagic(bytes, length)) {
      return false;
    }
    int footerLength =
        ByteBuffer.wrap(bytes, length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = length - 8 - footerLength;
    if (footerLength <= 0 || start < 0) {
      return false;
    }
    FileMetaData footer =
        Util.readFileMetaData(new ByteArrayInputStream(bytes, start, footerLength));
    sort(footer);
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(footer, rewritten);
    if (rewritten.size() != footerLength) {
      return false;
    }
    System.arraycopy(rewritten.toByteArray(), 0, bytes, start, footerLength);
    return true;
  }

  private static void sort(FileMetaData footer) {
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData meta = chunk.getMeta_data();
        if (meta != null && meta.getEncodings() != null) {
          List<Encoding> sorted = new ArrayList<>(meta.getEncodings());
          sorted.sort(Comparator.comparingInt(Encoding::getValue));
          meta.setEncodings(sorted);
        }
      }
    }
  }

  private static boolean endsWithMagic(byte[] bytes, int length) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[length - MAGIC.length + i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }
}
