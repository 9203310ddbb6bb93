package io.github.genaitaxonomy.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
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
      int b;
      try {
        b = in.read();
      } catch (IOException | RuntimeException | Error e) {
        events.add(e);
        throw e;
      }
      events.add(b < 0 ? (Object) b : new byte[] {(byte) b});
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException | RuntimeException | Error e) {
        events.add(e);
        throw e;
      }
      events.add(n > 0 ? Arrays.copyOfRange(b, off, off + n) : (Object) n);
      return n;
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    /** A stream that gives what was read from this one, the same way, then reads on. */
    public InputStream replay() {
      return new InputStream() {
        private int event;
        private int offset;

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
          if (event == events.size()) {
            return in.read(b, off, len);
          }
          Object next = events.get(event);
          if (next instanceof byte[] chunk) {
            int n = Math.min(len, chunk.length - offset);
            System.arraycopy(chunk, offset, b, off, n);
            offset += n;
            if (offset == chunk.length) {
              event++;
              offset = 0;
            }
            return n;
          }
          event++;
          if (next instanceof Integer n) {
            return n;
          }
          throw rethrow((Throwable) next);
        }

        @Override
        public int available() throws IOException {
          if (event == events.size()) {
            return in.available();
          }
          return events.get(event) instanceof byte[] chunk ? chunk.length - offset : 0;
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
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException | RuntimeException | Error e) {
        events.add(e);
        throw e;
      }
      events.add(n > 0 ? Arrays.copyOfRange(b, off, off + n) : (Object) n);
      return n;
    }

    /** Does not close the reader it wraps. */
    @Override
    public void close() {}

    /** A reader that gives what was read from this one, the same way, then reads on. */
    public Reader replay() {
      return new Reader() {
        private int event;
        private int offset;

        @Override
        public int read(char[] b, int off, int len) throws IOException {
          if (event == events.size()) {
            return in.read(b, off, len);
          }
          Object next = events.get(event);
          if (next instanceof char[] chunk) {
            int n = Math.min(len, chunk.length - offset);
            System.arraycopy(chunk, offset, b, off, n);
            offset += n;
            if (offset == chunk.length) {
              event++;
              offset = 0;
            }
            return n;
          }
          event++;
          if (next instanceof Integer n) {
            return n;
          }
          throw rethrow((Throwable) next);
        }

        @Override
        public void close() {}
      };
    }
  }
}
