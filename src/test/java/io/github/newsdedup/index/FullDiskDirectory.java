package io.github.newsdedup.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A file-system directory whose disk fills up: once {@link #fill(long)} is called, every write
 * after that many more bytes throws {@code IOException("No space left on device")}, as a full disk
 * does; {@link #empty()} frees it again. It can also run out of memory while writing.
 */
final class FullDiskDirectory extends FilterDirectory {
  private final AtomicLong left = new AtomicLong(Long.MAX_VALUE);
  private volatile boolean outOfMemory;

  FullDiskDirectory(Path path) throws IOException {
    super(FSDirectory.open(path));
  }

  /** The disk is full after {@code bytes} more bytes. */
  void fill(long bytes) {
    left.set(bytes);
  }

  /** After {@code bytes} more bytes, writes throw {@link OutOfMemoryError} instead. */
  void outOfMemoryAfter(long bytes) {
    outOfMemory = true;
    left.set(bytes);
  }

  /** The disk has room again. */
  void empty() {
    left.set(Long.MAX_VALUE);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Limited(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return new Limited(in.createTempOutput(prefix, suffix, context));
  }

  private final class Limited extends IndexOutput {
    private final IndexOutput out;

    Limited(IndexOutput out) {
      super("limited(" + out + ")", out.getName());
      this.out = out;
    }

    private void take(long n) throws IOException {
      if (left.addAndGet(-n) < 0) {
        left.set(0);
        if (outOfMemory) {
          throw new OutOfMemoryError("Java heap space (test)");
        }
        throw new IOException("No space left on device (" + out.getName() + ")");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
