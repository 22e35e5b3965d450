package org.minijs.interpreter.builtins;

import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * SortIndexedProperties and CompareArrayElements (§23.1.3.30), shared by sort and toSorted. The sort is
 * stable, as the spec requires: java.util's TimSort (V8 sorts with TimSort too), and, for a comparator so
 * inconsistent that TimSort gives up ("Comparison method violates its general contract"), a plain merge
 * sort, since the spec only makes the order implementation-defined then, never an error.
 */
final class ArraySort {
    private ArraySort() {
    }

    /** A value to sort, with its ToString computed up front when that is unobservable (see sortKey). */
    private record Item(Object value, String key) {
    }

    /** The comparefn argument: undefined or callable, else a TypeError (checked before anything is read). */
    static JSFunction comparator(Object comparefn) {
        if (comparefn == Undefined.INSTANCE) {
            return null;
        }
        if (comparefn instanceof JSFunction f) {
            return f;
        }
        throw Errors.typeError("The comparison function must be either a function or undefined");
    }

    /**
     * SortIndexedProperties(obj, len, SortCompare, holes): the values at indices 0..len-1, sorted. With
     * {@code skipHoles} absent indices are left out (sort); otherwise they read as undefined (toSorted).
     */
    static List<Object> sortIndexedProperties(JSObject obj, long len, JSFunction comparefn, boolean skipHoles) {
        List<Item> items = new ArrayList<>();
        for (long k = 0; k < len; k++) {
            if (!skipHoles || ArrayOps.has(obj, k)) {
                Object v = ArrayOps.get(obj, k);
                items.add(new Item(v, comparefn == null ? sortKey(v) : null));
            }
        }
        Item[] sorted = items.toArray(new Item[0]);
        Comparator<Item> order = (x, y) -> compare(x, y, comparefn);
        try {
            Arrays.sort(sorted, order);
        } catch (IllegalArgumentException inconsistentComparator) {
            sorted = items.toArray(new Item[0]);
            mergeSort(sorted, new Item[sorted.length], 0, sorted.length, order);
        }
        List<Object> values = new ArrayList<>(sorted.length);
        for (Item item : sorted) {
            values.add(item.value());
        }
        return values;
    }

    /**
     * For the default order, ToString of a primitive once up front: converting a primitive has no side
     * effects, so this is unobservable. Objects (whose toString may do anything) convert per comparison.
     */
    private static String sortKey(Object v) {
        return v instanceof JSObject || v == Undefined.INSTANCE ? null : JSRuntime.toString(v);
    }

    /** CompareArrayElements(x, y, comparefn): undefined sorts last, NaN results count as equal. */
    private static int compare(Item x, Item y, JSFunction comparefn) {
        if (x.value() == Undefined.INSTANCE) {
            return y.value() == Undefined.INSTANCE ? 0 : 1;
        }
        if (y.value() == Undefined.INSTANCE) {
            return -1;
        }
        if (comparefn != null) {
            double v = JSRuntime.toNumber(comparefn.call(Undefined.INSTANCE, x.value(), y.value()));
            return v < 0 ? -1 : v > 0 ? 1 : 0; // NaN compares as equal
        }
        String xs = x.key() != null ? x.key() : JSRuntime.toString(x.value());
        String ys = y.key() != null ? y.key() : JSRuntime.toString(y.value());
        return xs.compareTo(ys);
    }

    /** A stable merge sort that tolerates any comparator. */
    private static void mergeSort(Item[] a, Item[] tmp, int from, int to, Comparator<Item> order) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, order);
        mergeSort(a, tmp, mid, to, order);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            tmp[k++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
