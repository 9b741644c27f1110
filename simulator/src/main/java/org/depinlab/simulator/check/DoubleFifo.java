package org.depinlab.simulator.check;

import java.util.Arrays;

/** A growable first-in first-out queue of primitive doubles (a ring buffer; no boxing). */
final class DoubleFifo {

    private double[] items = new double[256];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(double value) {
        if (size == items.length) {
            double[] grown = Arrays.copyOf(items, items.length * 2);
            // the wrapped part [0, head) moves after the old end
            System.arraycopy(items, 0, grown, items.length, head);
            items = grown;
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    double remove() {
        if (size == 0) {
            throw new IllegalStateException("queue is empty");
        }
        double value = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return value;
    }
}
