package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * An Array exotic object with dense element storage; a null slot is a hole. Elements are kept out of the
 * property map; {@code length} is derived from the storage size.
 */
public final class JSArray extends JSObject {
    private final ArrayList<Object> elements;

    public JSArray(JSObject prototype, List<Object> initial) {
        super(prototype);
        this.elements = new ArrayList<>(initial);
    }

    @Override
    public String className() {
        return "Array";
    }

    public int length() {
        return elements.size();
    }

    /** The element, or null for a hole or an index past the end. */
    public Object getElement(int index) {
        return index < elements.size() ? elements.get(index) : null;
    }

    @TruffleBoundary
    public void setElement(int index, Object value) {
        while (elements.size() <= index) {
            elements.add(null);
        }
        elements.set(index, value);
    }

    @TruffleBoundary
    public void push(Object value) {
        elements.add(value);
    }

    @TruffleBoundary
    public void setLength(int newLength) {
        while (elements.size() > newLength) {
            elements.remove(elements.size() - 1);
        }
        while (elements.size() < newLength) {
            elements.add(null);
        }
    }

    public List<Object> elements() {
        return elements;
    }

    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                return PropertyCell.data((double) elements.size() == (int) elements.size()
                        ? (Object) elements.size() : (Object) (double) elements.size(), PropertyCell.WRITABLE);
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                Object v = index < elements.size() ? elements.get((int) index) : null;
                return v == null ? null : PropertyCell.data(v, PropertyCell.ALL);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    protected boolean writeOwnData(Object key, PropertyCell cell, Object value) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                setLength((int) org.minijs.interpreter.values.JSRuntime.toNumber(value));
                return true;
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                setElement((int) index, value);
                return true;
            }
        }
        return super.writeOwnData(key, cell, value);
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                setLength((int) org.minijs.interpreter.values.JSRuntime.toNumber(cell.value));
                return true;
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0 && !cell.accessor && index < Integer.MAX_VALUE) {
                setElement((int) index, cell.value == null ? Undefined.INSTANCE : cell.value);
                return true;
            }
        }
        return super.defineOwnProperty(key, cell);
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        if (key instanceof String s) {
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                if (index < elements.size()) {
                    elements.set((int) index, null);
                }
                return true;
            }
            if (s.equals("length")) {
                return false;
            }
        }
        return super.delete(key);
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) != null) {
                keys.add(Integer.toString(i));
            }
        }
        keys.add("length");
        keys.addAll(super.ownPropertyKeys());
        return keys;
    }
}
