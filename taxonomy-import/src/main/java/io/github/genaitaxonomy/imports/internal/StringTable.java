package io.github.genaitaxonomy.imports.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of strings, each numbered in the order it was added, kept compact enough for a million
 * entries under a small heap: the strings are stored as UTF-8 in one byte array, and found through
 * an open-addressing table of entry numbers. An entry costs its UTF-8 length plus about 16 bytes,
 * where a {@code HashMap<String, Integer>} entry costs about 100. Not thread-safe.
 */
final class StringTable {
  private byte[] bytes = new byte[256];
  private int used;

  /**
   * Where entry {@code i} starts in {@link #bytes}; entry {@code i} ends where {@code i+1} starts.
   */
  private int[] starts = new int[17];

  private int[] hashes = new int[16];
  private int size;

  /**
   * Entry number plus one, or 0 for a free slot; the length is a power of two, at most half full.
   */
  private int[] slots = new int[32];

  /** The number of entries. */
  int size() {
    return size;
  }

  /** The entry number of {@code s}, or -1 when it is not in the table. */
  int indexOf(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int slot = find(b, hash(b));
    return slots[slot] - 1;
  }

  /** The entry number of {@code s}, added as the next number when it is not in the table yet. */
  int add(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int h = hash(b);
    int slot = find(b, h);
    if (slots[slot] != 0) {
      return slots[slot] - 1;
    }
    if (used + b.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
    }
    System.arraycopy(b, 0, bytes, used, b.length);
    used += b.length;
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    hashes[size] = h;
    starts[size + 1] = used;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** The string of entry {@code index}. */
  String get(int index) {
    return new String(
        bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
  }

  /** The slot holding {@code b}, or the free slot where it would go. */
  private int find(byte[] b, int h) {
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0
          || (hashes[entry] == h
              && Arrays.equals(bytes, starts[entry], starts[entry + 1], b, 0, b.length))) {
        return slot;
      }
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = hashes[entry] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
  }

  /** {@link Arrays#hashCode(byte[])} with its bits spread, so that the low bits pick the slot. */
  private static int hash(byte[] b) {
    int h = Arrays.hashCode(b) * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
