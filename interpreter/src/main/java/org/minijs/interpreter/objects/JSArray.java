package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * An Array exotic object with dense element storage; a null slot is a hole. Elements are kept out of the
 * property map; {@code length} is derived from the storage size. All elements share one set of attributes
 * (writable, enumerable, configurable until the array is sealed or frozen), which is what arrays built by
 * literals, methods and Object.freeze/seal need without a per-element descriptor.
 */
public final class JSArray extends JSObject {
    /**
     * The longest array minijs stores. Storage is dense, so a write far past the end (a[1e9] = 1) would
     * allocate every hole; node keeps such arrays sparse. Past this length minijs throws a RangeError that
     * says so, instead of exhausting the heap.
     */
    public static final int MAX_DENSE_LENGTH = 1 << 26;

    private final ArrayList<Object> elements;
    private int elementFlags = PropertyCell.ALL;
    private boolean lengthWritable = true;

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

    /**
     * The [[Set]] fast path for an index: false (and no change) when the elements are frozen, or when the
     * index would add an element to a non-extensible array or grow a read-only length.
     */
    @TruffleBoundary
    public boolean setElement(int index, Object value) {
        if (!isWritableIndex(index)) {
            return false;
        }
        if (index >= elements.size()) {
            checkDenseLength(index + 1L);
        }
        while (elements.size() <= index) {
            elements.add(null);
        }
        elements.set(index, value);
        return true;
    }

    /**
     * The [[Set]] fast path for an index within the length (an element or a hole): false, and no change, when
     * the index is past the end or the write needs the checks of {@link #setElement}'s slow cases.
     */
    public boolean setElementInBounds(int index, Object value) {
        if (index < elements.size() && isWritableIndex(index)) {
            elements.set(index, value);
            return true;
        }
        return false;
    }

    private boolean isWritableIndex(int index) {
        if ((elementFlags & PropertyCell.WRITABLE) == 0) {
            return false;
        }
        boolean exists = index < elements.size() && elements.get(index) != null;
        return exists || isExtensible() && (index < elements.size() || lengthWritable);
    }

    /** True while elements can be added, removed and rewritten (the array is neither sealed nor frozen). */
    public boolean isFullyMutable() {
        return elementFlags == PropertyCell.ALL && lengthWritable && isExtensible();
    }

    @Override
    public boolean mayHaveIndexedProperties() {
        return !elements.isEmpty() || super.mayHaveIndexedProperties();
    }

    @TruffleBoundary
    public void push(Object value) {
        elements.add(value);
    }

    /** The RangeError for a length beyond {@link #MAX_DENSE_LENGTH}. */
    public static void checkDenseLength(long length) {
        if (length > MAX_DENSE_LENGTH) {
            throw Errors.rangeError("Array length " + length + " exceeds what minijs stores (" + MAX_DENSE_LENGTH
                    + " elements): arrays are dense here, node would keep this one sparse", null);
        }
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
    protected boolean interceptsKey(Object key) {
        return key instanceof String s && (s.equals("length") || ArrayIndex.parse(s) >= 0);
    }

    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                return PropertyCell.data(elements.size(), lengthWritable ? PropertyCell.WRITABLE : 0);
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                Object v = index < elements.size() ? elements.get((int) index) : null;
                return v == null ? null : PropertyCell.data(v, elementFlags);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    protected boolean writeOwnData(Object key, PropertyCell cell, Object value) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                return arraySetLength(value);
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                checkDenseLength(index + 1);
                return setElement((int) index, value);
            }
        }
        return super.writeOwnData(key, cell, value);
    }

    /** ArraySetLength: the new length must be a valid array length; shrinking needs configurable elements. */
    private boolean arraySetLength(Object value) {
        double number = JSRuntime.toNumber(value);
        long newLength = JSRuntime.toUint32(value);
        if (newLength != number) {
            throw Errors.rangeError("Invalid array length", null);
        }
        if (newLength == elements.size()) {
            return true;
        }
        if (!lengthWritable || newLength < elements.size() && (elementFlags & PropertyCell.CONFIGURABLE) == 0) {
            return false;
        }
        checkDenseLength(newLength);
        setLength((int) newLength);
        return true;
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        if (key instanceof String s) {
            if (s.equals("length")) {
                if (cell.accessor || cell.enumerable() || cell.configurable()) {
                    return false;
                }
                if (!lengthWritable && (cell.writable() || JSRuntime.toNumber(cell.value) != elements.size())) {
                    return false;
                }
                if (!arraySetLength(cell.value == null ? elements.size() : cell.value)) {
                    return false;
                }
                lengthWritable = cell.writable();
                return true;
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0) {
                PropertyCell current = getOwnProperty(s);
                if (current == null ? !isExtensible() || index >= elements.size() && !lengthWritable
                        : !isCompatiblePropertyDescriptor(current, cell)) {
                    return false;
                }
                if (cell.accessor || (cell.flags & PropertyCell.ALL) != elementFlags) {
                    // one set of attributes for all elements: an accessor or a read-only / hidden / fixed element
                    // would be silently wrong, so say it plainly
                    throw Errors.typeError("minijs does not support array elements with their own attributes "
                            + "(an accessor, or writable/enumerable/configurable unlike the other elements): index "
                            + index, null);
                }
                checkDenseLength(index + 1);
                while (elements.size() <= index) {
                    elements.add(null);
                }
                elements.set((int) index, cell.value == null ? Undefined.INSTANCE : cell.value);
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
                if (index < elements.size() && elements.get((int) index) != null) {
                    if ((elementFlags & PropertyCell.CONFIGURABLE) == 0) {
                        return false;
                    }
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
    public void setIntegrityLevel(boolean frozen) {
        super.setIntegrityLevel(frozen);
        elementFlags &= ~PropertyCell.CONFIGURABLE;
        if (frozen) {
            elementFlags &= ~PropertyCell.WRITABLE;
            lengthWritable = false;
        }
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
