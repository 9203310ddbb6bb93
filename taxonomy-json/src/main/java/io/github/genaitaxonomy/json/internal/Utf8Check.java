package io.github.genaitaxonomy.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing beyond U+10FFFF) without a byte order mark, and fails at the first bad
 * byte with its line and column.
 *
 * <p>Jackson's byte parser takes some ill-formed sequences (overlong {@code C0 AF}, {@code F4 90 80
 * 80}) and skips a leading byte order mark, which the text paths reject; checking the bytes here
 * gives every path one rule. The check is one pass over the bytes read, eight ASCII bytes at a
 * time, with a few fields of state.
 */
public final class Utf8Check extends FilterInputStream {
  /** The first bad byte: what is wrong, on which line and column (1-based, in characters). */
  public static final class MalformedUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    MalformedUtf8(String problem, int line, int column) {
      super(problem + " (line " + line + ", column " + column + ")");
      this.problem = problem;
      this.line = line;
      this.column = column;
    }

    /** What is wrong, without the place. */
    public String problem() {
      return problem;
    }

    /** The 1-based line of the bad byte. */
    public int line() {
      return line;
    }

    /** The 1-based column of the character the bad byte belongs to. */
    public int column() {
      return column;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private long offset;
  private int line = 1;

  /** Where the current line starts, as an offset in the input. */
  private long lineStart;

  /** Continuation bytes since the line start, which do not start a character. */
  private int continuations;

  /** Continuation bytes still expected for the current character. */
  private int pending;

  /** The range the next continuation byte must be in (it is narrower after some lead bytes). */
  private int low = 0x80;

  private int high = 0xBF;

  /** Checks the bytes read from {@code in}. */
  public Utf8Check(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(new byte[] {(byte) b}, 0, 1);
    } else {
      atEnd();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int start, int length) throws IOException {
    int n = super.read(buffer, start, length);
    if (n > 0) {
      check(buffer, start, n);
    } else if (n < 0) {
      atEnd();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("Utf8Check does not skip");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void atEnd() throws MalformedUtf8 {
    if (pending > 0) {
      throw new MalformedUtf8(
          "invalid UTF-8: the input ends inside a multi-byte character",
          line,
          (int) Math.max(1, Math.min(offset - lineStart - continuations, Integer.MAX_VALUE)));
    }
  }

  private void check(byte[] buffer, int start, int n) throws MalformedUtf8 {
    int end = start + n;
    // The input's offset of buffer[0], for line starts.
    long base = offset - start;
    int i = start;
    while (i < end) {
      if (pending == 0 && i + Long.BYTES <= end) {
        long word = (long) LONGS.get(buffer, i);
        if ((word & HIGH_BITS) == 0) {
          // Eight ASCII bytes: count the newlines among them, and where the last one is.
          long x = word ^ NEWLINES;
          long zero = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
          if (zero != 0) {
            line += Long.bitCount(zero);
            lineStart = base + i + (63 - Long.numberOfLeadingZeros(zero)) / 8 + 1;
            continuations = 0;
          }
          i += Long.BYTES;
          continue;
        }
      }
      int b = buffer[i] & 0xFF;
      if (pending > 0) {
        if (b < low || b > high) {
          throw bad(b, "is not a continuation byte of this character", base + i);
        }
        low = 0x80;
        high = 0xBF;
        pending--;
        continuations++;
      } else if (b < 0x80) {
        if (b == '\n') {
          line++;
          lineStart = base + i + 1;
          continuations = 0;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        if (b == 0xE0) {
          low = 0xA0; // else overlong
        } else if (b == 0xED) {
          high = 0x9F; // else a surrogate
        } else if (b == 0xEF && base + i == 0) {
          throw bad(b, "starts a byte order mark, which the format does not allow", 0);
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        if (b == 0xF0) {
          low = 0x90; // else overlong
        } else if (b == 0xF4) {
          high = 0x8F; // else beyond U+10FFFF
        }
      } else {
        throw bad(b, "cannot start a character", base + i);
      }
      i++;
    }
    offset += n;
  }

  /** The bad byte {@code b} at {@code at}, in the column of the character it belongs to. */
  private MalformedUtf8 bad(int b, String problem, long at) {
    // A bad continuation belongs to the character already started; any other bad byte starts one.
    long column = at - lineStart - continuations + (pending > 0 ? 0 : 1);
    return new MalformedUtf8(
        String.format(Locale.ROOT, "invalid UTF-8: the byte 0x%02X %s", b, problem),
        line,
        (int) Math.max(1, Math.min(column, Integer.MAX_VALUE)));
  }
}
