package org.minijs.runtime.loop;

import java.util.ArrayDeque;

/**
 * The check phase's queue (node's immediateQueue). The phase takes the whole queue when it starts, so an
 * immediate queued by an immediate runs in the next loop iteration. (node keeps the rest of a batch whose
 * callback threw as its "outstanding" queue and re-enters processImmediate at once, in the same check
 * phase; running the taken batch to its end is the same order.)
 */
final class ImmediateQueue {
    private ArrayDeque<Immediate> queue = new ArrayDeque<>();
    private int count;
    private int refCount;

    void add(Immediate immediate) {
        queue.addLast(immediate);
        count++;
        if (immediate.refed) {
            refCount++;
        }
    }

    /** clearImmediate: the entry stays queued but is skipped. */
    void clear(Immediate immediate) {
        if (!immediate.destroyed) {
            retire(immediate);
        }
    }

    void ref(Immediate immediate) {
        if (!immediate.refed) {
            immediate.refed = true;
            if (!immediate.destroyed) {
                refCount++;
            }
        }
    }

    void unref(Immediate immediate) {
        if (immediate.refed) {
            immediate.refed = false;
            if (!immediate.destroyed) {
                refCount--;
            }
        }
    }

    private void retire(Immediate immediate) {
        immediate.destroyed = true;
        count--;
        if (immediate.refed) {
            refCount--;
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    boolean hasRefed() {
        return refCount > 0;
    }

    /** The batch for this check phase: everything queued now; later immediates go to a fresh queue. */
    ArrayDeque<Immediate> takeBatch() {
        ArrayDeque<Immediate> batch = queue;
        queue = new ArrayDeque<>();
        return batch;
    }

    /** Next live immediate of the batch, retired before it runs (so clearImmediate on itself is a no-op). */
    Immediate next(ArrayDeque<Immediate> batch) {
        Immediate i;
        while ((i = batch.pollFirst()) != null) {
            if (!i.destroyed) {
                retire(i);
                return i;
            }
        }
        return null;
    }

    /** Immediates waiting for a check phase, for traces. */
    int size() {
        return queue.size();
    }
}
