package io.github.genaitaxonomy.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams that record what a first reading got from an input stream or reader, chunk by chunk,
 * failures included, so that a second reading of {@link #replay()} gets exactly the same, then
 * the rest of the input. A fast reading that fails is repeated by a precise one this way.
 *
 * <p>Neither closes the stream it wraps, nor supports mark and reset.
 */
public final class Recording {
  private Recording() {}

  /**
   * Rethrows a recorded failure: an {@link IOException}, a runtime exception or an error.
   *
   * @return never
   */
  private static IOException rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }

  /** A read of the wrapped stream, into a buffer at an offset, returning the count. */
  @FunctionalInterface
  private interface Read {
    int read() throws IOException;
  }

  /** Marks that the replay has given everything recorded: read on from the wrapped stream. */
  private static final int EXHAUSTED = -2;

  /** Performs {@code read} and records its outcome: the chunk read, the count 0 or -1, or the failure. */
  private static int record(List<Object> events, Read read, Object buffer, int off)
      throws IOException {
    int n;
    try {
      n = read.read();
    } catch (IOException | RuntimeException | Error e) {
      events.add(e);
      throw e;
    }
    if (n > 0) {
      Object chunk = Array.newInstance(buffer.getClass().getComponentType(), n);
      System.arraycopy(buffer, off, chunk, 0, n);
      events.add(chunk);
    } else {
      events.add(n);
    }
    return n;
  }

  /** Walks recorded events for a replay; shared by bytes and characters. */
  private static final class Cursor {
    private final List<Object> events;
    private int event;
    private int offset;

    Cursor(List<Object> events) {
      this.events = events;
    }

    /**
     * Copies up to {@code len} recorded elements into {@code buffer} (a {@code byte[]} or
     * {@code char[]}), returns a recorded count, rethrows a recorded failure, or returns
     * {@link #EXHAUSTED}.
     */
    int next(Object buffer, int off, int len) throws IOException {
      if (event == events.size()) {
        return EXHAUSTED;
      }
      Object next = events.get(event);
      if (next instanceof Integer n) {
        event++;
        return n;
      }
      if (next instanceof Throwable failure) {
        event++;
        throw rethrow(failure);
      }
      int length = Array.getLength(next);
      int n = Math.min(len, length - offset);
      System.arraycopy(next, offset, buffer, off, n);
      offset += n;
      if (offset == length) {
        event++;
        offset = 0;
      }
      return n;
    }

    /** Elements left in the current recorded chunk; -1 when the log is exhausted. */
    int available() {
      if (event == events.size()) {
        return -1;
      }
      return events.get(event) instanceof Integer || events.get(event) instanceof Throwable
          ? 0
          : Array.getLength(events.get(event)) - offset;
    }
  }

  /** Records what is read from an input stream. */
  public static final class Bytes extends InputStream {
    private final InputStream in;
    /** Each read in order: the bytes read, an {@link Integer} 0 or -1, or what was thrown. */
    private final List<Object> events = new ArrayList<>();

    /** Records what is read from {@code in}. */
    public Bytes(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = record(events, () -> in.read(one, 0, 1), one, 0);
      return n < 0 ? -1 : n == 0 ? read() : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return record(events, () -> in.read(b, off, len), b, off);
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    /** A stream that gives what was read from this one, the same way, then reads on. */
    public InputStream replay() {
      Cursor cursor = new Cursor(events);
      return new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n;
          do {
            n = read(one, 0, 1);
          } while (n == 0);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = cursor.next(b, off, len);
          return n == EXHAUSTED ? in.read(b, off, len) : n;
        }

        @Override
        public int available() throws IOException {
          int n = cursor.available();
          return n < 0 ? in.available() : n;
        }
      };
    }
  }

  /** Records what is read from a reader. */
  public static final class Chars extends Reader {
    private final Reader in;
    /** Each read in order: the characters read, an {@link Integer} 0 or -1, or what was thrown. */
    private final List<Object> events = new ArrayList<>();

    /** Records what is read from {@code in}. */
    public Chars(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      return record(events, () -> in.read(b, off, len), b, off);
    }

    /** Does not close the reader it wraps. */
    @Override
    public void close() {}

    /** A reader that gives what was read from this one, the same way, then reads on. */
    public Reader replay() {
      Cursor cursor = new Cursor(events);
      return new Reader() {
        @Override
        public int read(char[] b, int off, int len) throws IOException {
          int n = cursor.next(b, off, len);
          return n == EXHAUSTED ? in.read(b, off, len) : n;
        }

        @Override
        public void close() {}
      };
    }
  }
}
