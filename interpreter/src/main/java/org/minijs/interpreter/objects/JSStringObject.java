package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/**
 * A String exotic object (§10.4.3): the wrapper of new String('ab') or Object('ab'). Its code units are
 * read-only enumerable index properties and its length a read-only, non-enumerable one, all computed from
 * the [[StringData]] rather than stored.
 */
public final class JSStringObject extends JSPrimitiveObject {
    public JSStringObject(JSObject prototype, String value) {
        super(prototype, value);
    }

    public String stringData() {
        return (String) primitiveValue();
    }

    @Override
    protected boolean interceptsKey(Object key) {
        return key instanceof String s && (s.equals("length") || ArrayIndex.parse(s) >= 0);
    }

    /** StringGetOwnProperty, then the ordinary own properties. */
    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        if (key instanceof String s) {
            String data = stringData();
            if (s.equals("length")) {
                return PropertyCell.data(data.length(), 0);
            }
            long index = ArrayIndex.parse(s);
            if (index >= 0 && index < data.length()) {
                return PropertyCell.data(String.valueOf(data.charAt((int) index)), PropertyCell.ENUMERABLE);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    public boolean mayHaveIndexedProperties() {
        return !stringData().isEmpty() || super.mayHaveIndexedProperties();
    }

    /** [[DefineOwnProperty]]: the string's own indices and length cannot change. */
    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        if (isStringProperty(key)) {
            PropertyCell current = getOwnProperty(key);
            return !cell.accessor && (cell.flags & ~PropertyCell.ENUMERABLE) == (current.flags & ~PropertyCell.ENUMERABLE)
                    && (cell.value == null || org.minijs.interpreter.values.JSRuntime.sameValue(cell.value, current.value));
        }
        return super.defineOwnProperty(key, cell);
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        return !isStringProperty(key) && super.delete(key);
    }

    /** [[OwnPropertyKeys]]: the string's indices, then the other integer keys, strings and symbols. */
    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        int length = stringData().length();
        for (int i = 0; i < length; i++) {
            keys.add(Integer.toString(i));
        }
        List<Object> rest = super.ownPropertyKeys();
        int firstNonIndex = 0;
        while (firstNonIndex < rest.size() && rest.get(firstNonIndex) instanceof String s && ArrayIndex.parse(s) >= 0) {
            firstNonIndex++;
        }
        keys.addAll(rest.subList(0, firstNonIndex));
        keys.add("length");
        keys.addAll(rest.subList(firstNonIndex, rest.size()));
        return keys;
    }

    private boolean isStringProperty(Object key) {
        if (!(key instanceof String s)) {
            return false;
        }
        if (s.equals("length")) {
            return true;
        }
        long index = ArrayIndex.parse(s);
        return index >= 0 && index < stringData().length();
    }
}
