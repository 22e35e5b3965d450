package org.minijs.interpreter.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Module Namespace exotic object: a null-prototype object whose properties are the module's export names
 * in code-unit order, each reading the exported binding live; it cannot be modified.
 */
public final class ModuleNamespace extends JSObject {
    private final TreeMap<String, ImportCell> exports;

    public ModuleNamespace(Map<String, ImportCell> exports) {
        super(null);
        this.exports = new TreeMap<>(exports);
        super.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Module", 0));
        preventExtensions();
    }

    /**
     * Adds an export once its module has run: for a CommonJS module imported from ESM, whose names are known
     * only then (the host calls this before any importer's code can see the namespace).
     */
    public void addExport(String name, ImportCell cell) {
        exports.put(name, cell);
    }

    @Override
    public String className() {
        return "Module";
    }

    @Override
    protected boolean interceptsKey(Object key) {
        return key instanceof String;
    }

    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        if (key instanceof String name) {
            ImportCell cell = exports.get(name);
            if (cell != null) {
                Object v = cell.read();
                if (v == null || v == org.minijs.interpreter.nodes.variables.TemporalDeadZone.UNINITIALIZED) {
                    throw org.minijs.interpreter.errors.Errors.referenceError(
                            "Cannot access '" + name + "' before initialization", null);
                }
                return PropertyCell.data(v, PropertyCell.WRITABLE | PropertyCell.ENUMERABLE);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    public boolean set(Object key, Object value, Object receiver) {
        return false;
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        return false;
    }

    @Override
    public boolean delete(Object key) {
        return !(key instanceof String name && exports.containsKey(name));
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>(exports.keySet());
        keys.add(Symbol.TO_STRING_TAG);
        return keys;
    }
}
