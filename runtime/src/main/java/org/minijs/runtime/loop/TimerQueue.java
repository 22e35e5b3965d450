package org.minijs.runtime.loop;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * node's timer storage (lib/internal/timers.js): one list per duration, each list in insertion order, and a
 * priority queue of lists by (expiry, list id). Timers of one list share a duration, so appending keeps each
 * list sorted by start time; that is what makes insert and clear O(1) and gives node's exact firing order,
 * including for late timers of different durations.
 */
final class TimerQueue {
    /** A TimersList: all active timers of one duration, oldest first. */
    static final class TimerList {
        final long duration;
        long expiry;
        long id;
        Timer head;
        Timer tail;

        TimerList(long duration, long expiry, long id) {
            this.duration = duration;
            this.expiry = expiry;
            this.id = id;
        }
    }

    /** What listOnTimeout does with each due timer (call it, with node's checkpoints around it). */
    interface Runner {
        void fire(Timer timer);
    }

    private final Map<Long, TimerList> lists = new HashMap<>();
    private final PriorityQueue<TimerList> queue = new PriorityQueue<>((a, b) -> {
        int c = Long.compare(a.expiry, b.expiry);
        return c != 0 ? c : Long.compare(a.id, b.id);
    });
    private long nextListId = 1;
    private int refCount;

    /** insert(): appends to the list for the timer's duration, creating that list (and its expiry) if needed. */
    void insert(Timer t, long start) {
        t.startMillis = start;
        TimerList list = lists.get(t.durationMillis);
        if (list == null) {
            list = new TimerList(t.durationMillis, start + t.durationMillis, nextListId++);
            lists.put(t.durationMillis, list);
            queue.add(list);
        }
        t.list = list;
        t.prev = list.tail;
        t.next = null;
        if (list.tail == null) {
            list.head = t;
        } else {
            list.tail.next = t;
        }
        list.tail = t;
    }

    /** Unlinks an active timer; an emptied list is dropped as node's unenroll does. */
    void remove(Timer t) {
        TimerList list = t.list;
        if (list == null) {
            return;
        }
        unlink(t);
        if (list.head == null && lists.get(list.duration) == list) {
            lists.remove(list.duration);
            queue.remove(list);
        }
    }

    private static void unlink(Timer t) {
        TimerList list = t.list;
        if (t.prev == null) {
            list.head = t.next;
        } else {
            t.prev.next = t.next;
        }
        if (t.next == null) {
            list.tail = t.prev;
        } else {
            t.next.prev = t.prev;
        }
        t.prev = null;
        t.next = null;
        t.list = null;
    }

    void ref(Timer t) {
        if (!t.refed) {
            t.refed = true;
            if (!t.destroyed) {
                refCount++;
            }
        }
    }

    void unref(Timer t) {
        if (t.refed) {
            t.refed = false;
            if (!t.destroyed) {
                refCount--;
            }
        }
    }

    void activate(Timer t) {
        if (t.destroyed) {
            t.destroyed = false;
            if (t.refed) {
                refCount++;
            }
        }
    }

    /** Marks a timer finished (cleared or fired for the last time): it no longer keeps the loop alive. */
    void destroy(Timer t) {
        remove(t);
        if (!t.destroyed) {
            t.destroyed = true;
            if (t.refed) {
                refCount--;
            }
        }
    }

    boolean hasRefed() {
        return refCount > 0;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The earliest list expiry (loop time in ms), or -1 when no timer is active. */
    long nextExpiry() {
        TimerList first = queue.peek();
        return first == null ? -1 : first.expiry;
    }

    /**
     * processTimers(now) and listOnTimeout: runs the lists whose expiry is due at {@code now}, each list in
     * order while its head's start is at least its duration before {@code now}. A timer inserted while the
     * phase runs starts at or after {@code now}, so it waits for a later iteration.
     */
    void process(long now, LongSupplierMillis clock, Runner runner) {
        TimerList list;
        while ((list = queue.peek()) != null) {
            if (list.expiry > now) {
                return;
            }
            Timer t;
            while ((t = list.head) != null) {
                if (now - t.startMillis < list.duration) {
                    // Too early for the rest of this list: it waits, with a fresh id as node gives it.
                    queue.remove(list);
                    list.expiry = Math.max(t.startMillis + list.duration, now + 1);
                    list.id = nextListId++;
                    queue.add(list);
                    break;
                }
                unlink(t);
                long start = t.repeatMillis > 0 ? clock.nowMillis() : 0;
                runner.fire(t);
                if (t.repeatMillis > 0 && !t.destroyed && t.list == null) {
                    // setInterval: rescheduled from the time its callback started.
                    t.durationMillis = t.repeatMillis;
                    insert(t, start);
                } else if (t.list == null && !t.destroyed) {
                    t.destroyed = true;
                    if (t.refed) {
                        refCount--;
                    }
                }
            }
            if (list.head == null && lists.get(list.duration) == list) {
                lists.remove(list.duration);
                queue.remove(list);
            }
        }
    }

    /** The loop clock as seen by the timer queue. */
    interface LongSupplierMillis {
        long nowMillis();
    }

    /** Active timers in all lists, for traces. */
    int size() {
        int n = 0;
        for (TimerList list : lists.values()) {
            for (Timer t = list.head; t != null; t = t.next) {
                n++;
            }
        }
        return n;
    }
}
