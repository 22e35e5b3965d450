package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the ordered list of own property keys an object has, shared by every object that received
 * the same keys in the same order. Adding a key follows a cached transition to the next shape, so objects
 * built alike share shapes, and an inline cache can key on the shape: same shape, same key at the same index.
 * Objects with more than {@link #MAX_KEYS} keys, or that lost one, leave shapes for dictionary mode.
 */
public final class Shape {
    static final int MAX_KEYS = 64;
    public static final Shape EMPTY = new Shape(new Object[0]);

    private final Object[] keys;
    private final Map<Object, Integer> index = new HashMap<>();
    private final Map<Object, Shape> transitions = new HashMap<>();

    private Shape(Object[] keys) {
        this.keys = keys;
        for (int i = 0; i < keys.length; i++) {
            index.put(keys[i], i);
        }
    }

    /** The slot of {@code key}, or -1. */
    @TruffleBoundary
    public int indexOf(Object key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    public int size() {
        return keys.length;
    }

    Object keyAt(int i) {
        return keys[i];
    }

    /** The shape after adding {@code key} (a shared transition), or null when the object should become a dictionary. */
    @TruffleBoundary
    public Shape transition(Object key) {
        if (keys.length >= MAX_KEYS) {
            return null;
        }
        Shape next = transitions.get(key);
        if (next == null) {
            Object[] more = Arrays.copyOf(keys, keys.length + 1);
            more[keys.length] = key;
            next = new Shape(more);
            transitions.put(key, next);
        }
        return next;
    }
}
