package io.poolcast.connectors.parquet;

import java.io.IOException;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * An {@link OutputFile} whose files list each column chunk's encodings in a fixed order, so the
 * same rows give the same bytes in every JVM.
 *
 * <p>Why: parquet-java collects a column chunk's encodings in a {@code HashSet} of enum constants,
 * whose iteration order follows identity hash codes and so changes from one process to the next.
 * Two runs of the same backfill wrote files that differed in a few footer bytes. The stream holds
 * back the file's last bytes ({@link CanonicalFooter#TAIL_BYTES}); when Parquet closes it, the
 * footer among them is rewritten with sorted encoding lists (same elements, same length) before it
 * goes out.
 */
final class CanonicalFooterFile implements OutputFile {
  private final OutputFile file;

  CanonicalFooterFile(OutputFile file) {
    this.file = file;
  }

  @Override
  public PositionOutputStream create(long blockSizeHint) throws IOException {
    return new TailHoldingStream(file.create(blockSizeHint));
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
    return new TailHoldingStream(file.createOrOverwrite(blockSizeHint));
  }

  @Override
  public boolean supportsBlockSize() {
    return file.supportsBlockSize();
  }

  @Override
  public long defaultBlockSize() {
    return file.defaultBlockSize();
  }

  @Override
  public String getPath() {
    return file.getPath();
  }

  /** Passes bytes on, except the last {@link CanonicalFooter#TAIL_BYTES}, until it is closed. */
  static final class TailHoldingStream extends PositionOutputStream {
    private final PositionOutputStream out;
    private final byte[] tail = new byte[2 * CanonicalFooter.TAIL_BYTES];
    private final byte[] oneByte = new byte[1];
    private int held;
    private long passed;

    TailHoldingStream(PositionOutputStream out) {
      this.out = out;
    }

    @Override
    public long getPos() {
      return passed + held;
    }

    @Override
    public void write(int b) throws IOException {
      oneByte[0] = (byte) b; // Thrift writes page headers byte by byte: no array per byte
      write(oneByte, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (held + length > tail.length) {
        int keepNew = Math.min(length, CanonicalFooter.TAIL_BYTES);
        int keepOld = Math.min(held, CanonicalFooter.TAIL_BYTES - keepNew);
        pass(tail, 0, held - keepOld);
        System.arraycopy(tail, held - keepOld, tail, 0, keepOld);
        held = keepOld;
        pass(bytes, offset, length - keepNew);
        offset += length - keepNew;
        length = keepNew;
      }
      System.arraycopy(bytes, offset, tail, held, length);
      held += length;
    }

    private void pass(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      passed += length;
    }

    /** Flushes what was passed on; the held tail stays until {@link #close}. */
    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      CanonicalFooter.sortEncodings(tail, held);
      pass(tail, 0, held);
      held = 0;
      out.close();
    }
  }
}
