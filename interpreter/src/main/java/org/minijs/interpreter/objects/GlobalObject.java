package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The global object, with lazily made globals: a host can define a global whose value is computed on first
 * touch (node's lazy interfaces, e.g. AbortController, written in JavaScript and loaded only when used). Until
 * then the property exists, hidden, holding undefined, so key order and `in` are as for any global; any
 * look at it (a read, its descriptor, a redefinition) first puts the real value in place.
 */
public final class GlobalObject extends JSObject {
    private final Map<Object, Supplier<Object>> lazy = new HashMap<>();

    public GlobalObject(JSObject prototype) {
        super(prototype);
    }

    /** A non-enumerable, writable, configurable data property whose value {@code value} computes when first needed. */
    public void defineLazy(String name, Supplier<Object> value) {
        defineHidden(name, org.minijs.interpreter.values.Undefined.INSTANCE);
        lazy.put(name, value);
    }

    @Override
    protected boolean interceptsKey(Object key) {
        return !lazy.isEmpty() && lazy.containsKey(key); // inline caches take the generic path until made
    }

    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        materialize(key);
        return super.getOwnProperty(key);
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        materialize(key);
        return super.defineOwnProperty(key, cell);
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        lazy.remove(key);
        return super.delete(key);
    }

    private void materialize(Object key) {
        if (lazy.isEmpty()) {
            return;
        }
        Supplier<Object> supplier = lazy.remove(key); // removed first: the supplier may read globals itself
        if (supplier != null) {
            PropertyCell cell = super.getOwnProperty(key);
            Object value = supplier.get();
            if (cell != null && !cell.accessor) {
                cell.value = value;
            }
        }
    }
}
