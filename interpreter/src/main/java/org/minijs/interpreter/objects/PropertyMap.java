package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An object's own properties in insertion order: a {@link Shape} plus an array of cells (fast mode), or a
 * linked hash map (dictionary mode, after a deletion or too many keys). Only fast-mode objects expose a shape
 * to inline caches.
 */
final class PropertyMap {
    private static final PropertyCell[] NO_CELLS = new PropertyCell[0];

    private Shape shape = Shape.EMPTY;
    private PropertyCell[] cells = NO_CELLS;
    private LinkedHashMap<Object, PropertyCell> dictionary;

    /** The shape, or null in dictionary mode. */
    Shape shape() {
        return shape;
    }

    PropertyCell cellAt(int index) {
        return cells[index];
    }

    @TruffleBoundary
    PropertyCell get(Object key) {
        if (dictionary != null) {
            return dictionary.get(key);
        }
        int i = shape.indexOf(key);
        return i < 0 ? null : cells[i];
    }

    @TruffleBoundary
    void put(Object key, PropertyCell cell) {
        if (dictionary != null) {
            dictionary.put(key, cell);
            return;
        }
        int i = shape.indexOf(key);
        if (i >= 0) {
            cells[i] = cell;
            return;
        }
        Shape next = shape.transition(key);
        if (next == null) {
            toDictionary();
            dictionary.put(key, cell);
            return;
        }
        if (cells.length <= shape.size()) {
            grow();
        }
        cells[shape.size()] = cell;
        shape = next;
    }

    /** Adds a key known to be absent along the transition {@code next} of the current shape (inline caches). */
    void append(Shape next, PropertyCell cell) {
        int size = shape.size();
        if (cells.length <= size) {
            grow();
        }
        cells[size] = cell;
        shape = next;
    }

    @TruffleBoundary
    private void grow() {
        cells = Arrays.copyOf(cells, Math.max(4, cells.length * 2));
    }

    @TruffleBoundary
    PropertyCell remove(Object key) {
        if (get(key) == null) {
            return null;
        }
        toDictionary();
        return dictionary.remove(key);
    }

    /** Moves the given keys, in order, behind all others (rebuilding the shape, so the object stays fast). */
    @TruffleBoundary
    void moveToEnd(List<Object> keys) {
        LinkedHashMap<Object, PropertyCell> all = asMap();
        for (Object key : keys) {
            PropertyCell cell = all.remove(key);
            if (cell != null) {
                all.put(key, cell);
            }
        }
        boolean wasDictionary = dictionary != null;
        shape = Shape.EMPTY;
        cells = NO_CELLS;
        dictionary = null;
        if (wasDictionary) {
            dictionary = all;
            shape = null;
            return;
        }
        all.forEach(this::put);
    }

    @TruffleBoundary
    List<Object> keys() {
        if (dictionary != null) {
            return new ArrayList<>(dictionary.keySet());
        }
        List<Object> keys = new ArrayList<>(shape.size());
        for (int i = 0; i < shape.size(); i++) {
            keys.add(shape.keyAt(i));
        }
        return keys;
    }

    @TruffleBoundary
    List<PropertyCell> values() {
        if (dictionary != null) {
            return new ArrayList<>(dictionary.values());
        }
        return Arrays.asList(cells).subList(0, shape.size());
    }

    @TruffleBoundary
    LinkedHashMap<Object, PropertyCell> asMap() {
        if (dictionary != null) {
            return new LinkedHashMap<>(dictionary);
        }
        LinkedHashMap<Object, PropertyCell> map = new LinkedHashMap<>();
        for (int i = 0; i < shape.size(); i++) {
            map.put(shape.keyAt(i), cells[i]);
        }
        return map;
    }

    private void toDictionary() {
        if (dictionary == null) {
            dictionary = asMap();
            shape = null;
            cells = NO_CELLS;
        }
    }
}
