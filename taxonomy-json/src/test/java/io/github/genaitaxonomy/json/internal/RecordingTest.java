package io.github.genaitaxonomy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * A recording gives a second reading exactly what the first got, read for read, failures included,
 * then reads on from the wrapped stream.
 */
class RecordingTest {

  @Test
  void should_replay_each_chunk_and_count_when_bytes_were_read_in_uneven_reads() throws IOException {
    Script in = new Script().chunk(1, 2, 3).zero().chunk(4, 5).chunk(6).end();
    Recording.Bytes recorded = new Recording.Bytes(in.bytes());
    byte[] first = new byte[8];

    assertThat(recorded.read(first, 0, 8)).isEqualTo(3);
    assertThat(recorded.read(first, 3, 5)).isZero();
    assertThat(recorded.read(first, 3, 5)).isEqualTo(2);
    InputStream replay = recorded.replay();
    byte[] second = new byte[8];

    assertThat(replay.read(second, 1, 2)).isEqualTo(2);
    assertThat(replay.read(second, 3, 7 - 3)).isEqualTo(1);
    assertThat(replay.read(second, 4, 4)).isZero();
    assertThat(replay.read(second, 4, 4)).isEqualTo(2);
    assertThat(Arrays.copyOfRange(second, 1, 6)).containsExactly(1, 2, 3, 4, 5);
    assertThat(replay.read(second, 0, 8)).as("read on from the stream").isEqualTo(1);
    assertThat(second[0]).isEqualTo((byte) 6);
    assertThat(replay.read(second, 0, 8)).isEqualTo(-1);
  }

  @Test
  void should_replay_the_end_when_the_first_reading_reached_it() throws IOException {
    Recording.Bytes recorded = new Recording.Bytes(new Script().chunk(9).end().bytes());

    assertThat(recorded.read()).isEqualTo(9);
    assertThat(recorded.read()).isEqualTo(-1);
    InputStream replay = recorded.replay();

    assertThat(replay.read()).isEqualTo(9);
    assertThat(replay.read()).isEqualTo(-1);
  }

  @Test
  void should_give_bytes_above_127_as_unsigned_when_read_one_at_a_time() throws IOException {
    Recording.Bytes recorded =
        new Recording.Bytes(new Script().chunk(0xff, 0x80).zero().chunk(0x7f).end().bytes());

    assertThat(recorded.read()).isEqualTo(0xff);
    assertThat(recorded.read()).isEqualTo(0x80);
    assertThat(recorded.read()).as("a read of no bytes is retried").isEqualTo(0x7f);
    InputStream replay = recorded.replay();

    assertThat(replay.read()).isEqualTo(0xff);
    assertThat(replay.read()).isEqualTo(0x80);
    assertThat(replay.read()).isEqualTo(0x7f);
    assertThat(replay.read()).isEqualTo(-1);
  }

  @Test
  void should_rethrow_the_same_failure_then_read_on_when_the_first_reading_failed()
      throws IOException {
    IOException broken = new IOException("disk gone");
    Recording.Bytes recorded =
        new Recording.Bytes(new Script().chunk(1).fail(broken).chunk(2).end().bytes());
    byte[] buffer = new byte[4];

    assertThat(recorded.read(buffer, 0, 4)).isEqualTo(1);
    assertThatThrownBy(() -> recorded.read(buffer, 0, 4)).isSameAs(broken);
    InputStream replay = recorded.replay();

    assertThat(replay.read(buffer, 0, 4)).isEqualTo(1);
    assertThatThrownBy(() -> replay.read(buffer, 0, 4)).isSameAs(broken);
    assertThat(replay.read(buffer, 0, 4)).isEqualTo(1);
    assertThat(buffer[0]).isEqualTo((byte) 2);
  }

  @Test
  void should_rethrow_runtime_exceptions_and_errors_when_they_were_recorded() throws IOException {
    IllegalStateException state = new IllegalStateException("closed");
    StackOverflowError deep = new StackOverflowError();
    Recording.Chars recorded =
        new Recording.Chars(new Script().fail(state).fail(deep).chunk('x').end().chars());
    char[] buffer = new char[2];

    assertThatThrownBy(() -> recorded.read(buffer, 0, 2)).isSameAs(state);
    assertThatThrownBy(() -> recorded.read(buffer, 0, 2)).isSameAs(deep);
    Reader replay = recorded.replay();

    assertThatThrownBy(() -> replay.read(buffer, 0, 2)).isSameAs(state);
    assertThatThrownBy(() -> replay.read(buffer, 0, 2)).isSameAs(deep);
    assertThat(replay.read(buffer, 0, 2)).isEqualTo(1);
    assertThat(buffer[0]).isEqualTo('x');
  }

  @Test
  void should_replay_characters_across_reads_of_other_sizes() throws IOException {
    Recording.Chars recorded =
        new Recording.Chars(new Script().chunk('a', 'b', 'c', 'd').chunk('e').end().chars());
    char[] first = new char[5];

    assertThat(recorded.read(first, 0, 5)).isEqualTo(4);
    assertThat(recorded.read(first, 4, 1)).isEqualTo(1);
    assertThat(recorded.read(first, 0, 5)).isEqualTo(-1);
    Reader replay = recorded.replay();
    char[] second = new char[6];

    assertThat(replay.read(second, 0, 3)).isEqualTo(3);
    assertThat(replay.read(second, 3, 3)).isEqualTo(1);
    assertThat(replay.read(second, 4, 2)).isEqualTo(1);
    assertThat(replay.read(second, 5, 1)).isEqualTo(-1);
    assertThat(new String(second, 0, 5)).isEqualTo("abcde");
  }

  @Test
  void should_tell_what_is_left_of_the_chunk_when_asked_what_is_available() throws IOException {
    Script script = new Script().chunk(1, 2, 3).zero().chunk(4).end();
    Recording.Bytes recorded = new Recording.Bytes(script.bytes());
    byte[] buffer = new byte[3];
    recorded.read(buffer, 0, 3);
    recorded.read(buffer, 0, 3);
    script.available = 5;

    assertThat(recorded.available()).isEqualTo(5);
    InputStream replay = recorded.replay();
    assertThat(replay.available()).isEqualTo(3);
    assertThat(replay.read(buffer, 0, 1)).isEqualTo(1);
    assertThat(replay.available()).isEqualTo(2);
    assertThat(replay.read(buffer, 0, 2)).isEqualTo(2);
    assertThat(replay.available()).as("at the recorded read of no bytes").isZero();
    assertThat(replay.read(buffer, 0, 2)).isZero();
    assertThat(replay.available()).as("from the stream").isEqualTo(5);
  }

  @Test
  void should_leave_the_wrapped_reader_open_when_closed() throws IOException {
    Script script = new Script().chunk('a').end();
    Recording.Chars recorded = new Recording.Chars(script.chars());

    recorded.close();
    recorded.replay().close();

    assertThat(script.closed).isFalse();
    assertThat(recorded.replay().read(new char[1], 0, 1)).isEqualTo(1);
  }

  /** A stream that answers each read with the next scripted outcome. */
  private static final class Script {
    private final Deque<Object> steps = new ArrayDeque<>();
    int available;
    boolean closed;

    Script chunk(int... values) {
      steps.add(values);
      return this;
    }

    Script zero() {
      steps.add(0);
      return this;
    }

    Script end() {
      steps.add(-1);
      return this;
    }

    Script fail(Throwable failure) {
      steps.add(failure);
      return this;
    }

    /** Copies the next chunk into {@code put}, or returns the count or throws. */
    private int next(int len, java.util.function.IntConsumer put) throws IOException {
      Object step = steps.isEmpty() ? (Object) (-1) : steps.peek();
      if (step instanceof Integer n) {
        if (n == 0) {
          steps.remove();
        }
        return n;
      }
      if (step instanceof IOException e) {
        steps.remove();
        throw e;
      }
      if (step instanceof RuntimeException e) {
        steps.remove();
        throw e;
      }
      if (step instanceof Error e) {
        steps.remove();
        throw e;
      }
      int[] values = (int[]) step;
      int n = Math.min(len, values.length);
      for (int i = 0; i < n; i++) {
        put.accept(values[i]);
      }
      steps.remove();
      if (n < values.length) {
        steps.push(Arrays.copyOfRange(values, n, values.length));
      }
      return n;
    }

    InputStream bytes() {
      return new InputStream() {
        @Override
        public int read() {
          throw new AssertionError("reads one byte at a time through read(byte[], int, int)");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int[] at = {off};
          return next(len, v -> b[at[0]++] = (byte) v);
        }

        @Override
        public int available() {
          return available;
        }
      };
    }

    Reader chars() {
      return new Reader() {
        @Override
        public int read(char[] b, int off, int len) throws IOException {
          int[] at = {off};
          return next(len, v -> b[at[0]++] = (char) v);
        }

        @Override
        public void close() {
          closed = true;
        }
      };
    }
  }
}
