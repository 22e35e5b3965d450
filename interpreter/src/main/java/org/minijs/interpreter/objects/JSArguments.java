package org.minijs.interpreter.objects;

import java.util.List;

/**
 * An arguments object. Unmapped (CreateUnmappedArgumentsObject, strict code or non-simple parameters):
 * indexed properties, a non-enumerable length, @@iterator = %Array.prototype.values%, and a callee that
 * throws. Mapped (CreateMappedArgumentsObject, sloppy functions with simple parameters): index i aliases the
 * i-th parameter, kept in the function's environment, both ways, until the index is deleted or redefined;
 * callee is the function. Not an Array: Array.isArray(arguments) is false.
 */
public final class JSArguments extends JSObject {
    /** Mapped: the environment holding the parameters, and for each index its slot there (-1: unmapped). */
    private final Environment parameters;
    private final int[] map;

    public JSArguments(JSObject prototype, List<Object> values, Object iterator) {
        this(prototype, values, iterator, null, null, null);
    }

    public JSArguments(JSObject prototype, List<Object> values, Object iterator, Object callee,
                       Environment parameters, int[] parameterSlots) {
        super(prototype);
        for (int i = 0; i < values.size(); i++) {
            defineOwnProperty(Integer.toString(i), PropertyCell.data(values.get(i), PropertyCell.ALL));
        }
        defineOwnProperty("length", PropertyCell.data(values.size(), PropertyCell.HIDDEN));
        defineOwnProperty(org.minijs.interpreter.values.Symbol.ITERATOR, PropertyCell.data(iterator, PropertyCell.HIDDEN));
        this.parameters = parameters;
        if (parameters != null) {
            defineOwnProperty("callee", PropertyCell.data(callee, PropertyCell.HIDDEN));
            map = new int[Math.min(values.size(), parameterSlots.length)];
            System.arraycopy(parameterSlots, 0, map, 0, map.length);
        } else {
            map = new int[0];
            if (callee != null) { // strict: %ThrowTypeError% as both accessor halves
                defineOwnProperty("callee", PropertyCell.accessor(callee, callee, 0));
            }
        }
    }

    private int mapped(Object key) {
        if (map == null) {
            return -1; // still in the constructor: the initial values are being defined
        }
        if (key instanceof String s) {
            long i = ArrayIndex.parse(s);
            if (i >= 0 && i < map.length && map[(int) i] >= 0) {
                return (int) i;
            }
        }
        return -1;
    }

    @Override
    protected boolean interceptsKey(Object key) {
        return key instanceof String s && ArrayIndex.parse(s) >= 0;
    }

    @Override
    public PropertyCell getOwnProperty(Object key) {
        PropertyCell cell = super.getOwnProperty(key);
        int i = mapped(key);
        if (i >= 0 && cell != null && !cell.accessor) {
            cell.value = parameters.slots[map[i]]; // the parameter's current value
        }
        return cell;
    }

    @Override
    protected boolean writeOwnData(Object key, PropertyCell cell, Object value) {
        int i = mapped(key);
        if (i >= 0) {
            parameters.slots[map[i]] = value;
        }
        return super.writeOwnData(key, cell, value);
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        int i = mapped(key);
        if (i >= 0) {
            if (cell.accessor || !cell.writable()) {
                map[i] = -1; // an accessor or a read-only index no longer aliases the parameter
            } else if (cell.value != null) {
                parameters.slots[map[i]] = cell.value;
            }
        }
        return super.defineOwnProperty(key, cell);
    }

    @Override
    public boolean delete(Object key) {
        int i = mapped(key);
        boolean deleted = super.delete(key);
        if (deleted && i >= 0) {
            map[i] = -1;
        }
        return deleted;
    }

    @Override
    public String className() {
        return "Arguments";
    }
}
