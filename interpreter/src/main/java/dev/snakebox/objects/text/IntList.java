package dev.snakebox.objects.text;

import java.util.Arrays;

/** A growing array of ints (code points, mostly), for the Unicode data readers and normalisation. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(64);
    }

    IntList(int capacity) {
        items = new int[Math.max(capacity, 8)];
    }

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    int get(int i) {
        return items[i];
    }

    void set(int i, int v) {
        items[i] = v;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
