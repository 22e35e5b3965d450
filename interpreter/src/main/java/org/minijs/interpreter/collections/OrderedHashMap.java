package org.minijs.interpreter.collections;

import org.minijs.interpreter.values.JSRuntime;

import java.util.HashMap;

/**
 * The storage of Map and Set: insertion-ordered entries in a linked list plus a hash index, with keys
 * compared by SameValueZero. Iteration is live, as the spec requires: a removed entry keeps its backward
 * link, so an iterator standing on it still reaches the entries after it, including ones added later.
 */
public final class OrderedHashMap {
    /** One entry; {@code removed} entries stay reachable from iterators that were positioned on them. */
    public static final class Entry {
        public final Object key;
        public Object value;
        Entry next;
        Entry prev;
        boolean removed;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    private final HashMap<Object, Entry> index = new HashMap<>();
    /** A sentinel before the first entry: iterators start here, so entries added later are still seen. */
    private final Entry head = new Entry(null, null);
    private Entry tail = head;

    /** SameValueZero as a hash key: numbers by value (-0 as +0, every NaN equal), everything else as is. */
    static Object normalize(Object key) {
        if (JSRuntime.isNumber(key)) {
            double d = JSRuntime.toNumber(key);
            return d == 0 ? 0.0 : d;
        }
        return key;
    }

    public int size() {
        return index.size();
    }

    public Entry find(Object key) {
        return index.get(normalize(key));
    }

    public void put(Object key, Object value) {
        Object k = normalize(key);
        Entry e = index.get(k);
        if (e != null) {
            e.value = value;
            return;
        }
        // -0 is stored as +0 (Map.prototype.set step 5)
        Entry added = new Entry(key instanceof Double d && d == 0 ? (Object) 0 : key, value);
        added.prev = tail;
        tail.next = added;
        tail = added;
        index.put(k, added);
    }

    public boolean remove(Object key) {
        Entry e = index.remove(normalize(key));
        if (e == null) {
            return false;
        }
        unlink(e);
        return true;
    }

    public void clear() {
        for (Entry e = head.next; e != null; e = e.next) {
            e.removed = true;
        }
        index.clear();
        head.next = null;
        tail = head;
    }

    private void unlink(Entry e) {
        e.removed = true;
        e.prev.next = e.next;
        if (e.next != null) {
            e.next.prev = e.prev;
        } else {
            tail = e.prev;
        }
    }

    /** A cursor for iterators: starts before the first entry. */
    public Entry start() {
        return head;
    }

    /**
     * The live entry after {@code position}, or null at the end. From a removed entry, the walk goes back to
     * the nearest live predecessor (or the head): everything between was removed, and what follows it in the
     * live list, entries appended after a delete or a clear included, is what the iterator has not seen yet.
     */
    public Entry next(Entry position) {
        Entry p = position;
        while (p.removed) {
            p = p.prev;
        }
        return p.next;
    }
}
