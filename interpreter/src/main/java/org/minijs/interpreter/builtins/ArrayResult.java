package org.minijs.interpreter.builtins;

import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The array a copying method (map, filter, slice, concat, flat, splice) fills: the object ArraySpeciesCreate
 * returns, or, in the usual case of a plain Array result, a Java list that becomes the array's storage at the
 * end. Elements never defined stay holes either way.
 */
final class ArrayResult {
    private final Intrinsics in;
    private final JSObject target;
    private final List<Object> values;

    private ArrayResult(Intrinsics in, JSObject target) {
        this.in = in;
        this.target = target;
        this.values = target == null ? new ArrayList<>() : null;
    }

    /** ArraySpeciesCreate(o, length), lazily for the default case. */
    static ArrayResult speciesCreate(Intrinsics in, JSObject o, long length) {
        return new ArrayResult(in, ArrayOps.speciesCreate(in, o, length));
    }

    /** CreateDataPropertyOrThrow(A, index, value). */
    void define(long index, Object value) {
        if (target != null) {
            ArrayOps.createDataProperty(target, index, value);
            return;
        }
        int i = ArrayOps.checkedLength(index + 1) - 1;
        while (values.size() < i) {
            values.add(null);
        }
        if (i == values.size()) {
            values.add(value);
        } else {
            values.set(i, value);
        }
    }

    /** Appends a run of elements (holes as null) at {@code index}; the caller knows they are all that is there. */
    void defineAll(long index, List<Object> elements) {
        if (target != null) {
            for (int k = 0; k < elements.size(); k++) {
                if (elements.get(k) != null) {
                    ArrayOps.createDataProperty(target, index + k, elements.get(k));
                }
            }
            return;
        }
        int i = ArrayOps.checkedLength(index);
        while (values.size() < i) {
            values.add(null);
        }
        values.subList(i, values.size()).clear();
        values.addAll(elements);
    }

    /** The finished array; {@code setLength} adds the final Set(A, "length", length, true). */
    JSObject finish(long length, boolean setLength) {
        if (target != null) {
            if (setLength) {
                ArrayOps.setLength(target, length);
            }
            return target;
        }
        int n = ArrayOps.checkedLength(length);
        while (values.size() < n) {
            values.add(null);
        }
        return new JSArray(in.arrayPrototype, values);
    }
}
