package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordinary object: a prototype link and own properties in insertion order. Keys are Strings or Symbols.
 * The essential internal methods keep their spec names ([[Get]], [[Set]], [[DefineOwnProperty]] ...).
 */
public class JSObject {
    private JSObject prototype;
    private boolean extensible = true;
    /** Whether an integer-indexed own property was ever added (array methods take fast paths without them). */
    private boolean indexedPropertiesAdded;
    private final PropertyMap properties = new PropertyMap();
    /** [[PrivateElements]]: private fields, methods and accessors, keyed by their PrivateName. */
    private Map<PrivateName, PropertyCell> privateElements;

    public JSObject(JSObject prototype) {
        this.prototype = prototype;
    }

    /** The name inspect shows for the object's kind, e.g. "Object", "Array", "Promise". */
    public String className() {
        return "Object";
    }

    public JSObject getPrototypeOf() {
        return prototype;
    }

    public void setPrototypeOf(JSObject proto) {
        this.prototype = proto;
    }

    /**
     * OrdinarySetPrototypeOf: false when the object is not extensible (and the prototype would change) or
     * when the new chain would reach this object again (a cycle).
     */
    @TruffleBoundary
    public boolean ordinarySetPrototypeOf(JSObject proto) {
        if (proto == prototype) {
            return true;
        }
        if (!extensible) {
            return false;
        }
        for (JSObject p = proto; p != null; p = p.getPrototypeOf()) {
            if (p == this) {
                return false;
            }
        }
        setPrototypeOf(proto);
        return true;
    }

    public boolean isExtensible() {
        return extensible;
    }

    public void preventExtensions() {
        extensible = false;
    }

    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        return properties.get(key);
    }

    /** [[Get]]: walks the prototype chain; accessors are called with {@code receiver} as this. */
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        JSObject o = this;
        while (o != null) {
            PropertyCell cell = o.getOwnProperty(key);
            if (cell != null) {
                if (cell.accessor) {
                    return cell.getter instanceof JSFunction g ? g.call(receiver) : Undefined.INSTANCE;
                }
                return cell.value;
            }
            o = o.getPrototypeOf();
        }
        return Undefined.INSTANCE;
    }

    public final Object get(Object key) {
        return get(key, this);
    }

    /** [[Get]] that tells a missing property apart: null (never a JS value) when no object on the chain has it. */
    @TruffleBoundary
    public Object getIfPresent(Object key) {
        for (JSObject o = this; o != null; o = o.getPrototypeOf()) {
            PropertyCell cell = o.getOwnProperty(key);
            if (cell != null) {
                if (cell.accessor) {
                    return cell.getter instanceof JSFunction g ? g.call(this) : Undefined.INSTANCE;
                }
                return cell.value;
            }
        }
        return null;
    }

    /** [[Set]] (OrdinarySet); returns false where strict mode code would throw a TypeError. */
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        JSObject o = this;
        while (o != null) {
            PropertyCell cell = o.getOwnProperty(key);
            if (cell != null) {
                if (cell.accessor) {
                    if (cell.setter instanceof JSFunction s) {
                        s.call(receiver, value);
                        return true;
                    }
                    return false;
                }
                if (!cell.writable()) {
                    return false;
                }
                if (o == receiver) {
                    return o.writeOwnData(key, cell, value);
                }
                break;
            }
            o = o.getPrototypeOf();
        }
        if (!(receiver instanceof JSObject r)) {
            return false;
        }
        PropertyCell existing = r.getOwnProperty(key);
        if (existing != null) {
            return !existing.accessor && existing.writable() && r.writeOwnData(key, existing, value);
        }
        return r.defineOwnProperty(key, PropertyCell.data(value, PropertyCell.ALL));
    }

    public final boolean set(Object key, Object value) {
        return set(key, value, this);
    }

    /** Writes a value into an existing own data cell; subclasses with exotic storage override. */
    protected boolean writeOwnData(Object key, PropertyCell cell, Object value) {
        cell.value = value;
        return true;
    }

    /**
     * [[DefineOwnProperty]] as OrdinaryDefineOwnProperty / ValidateAndApplyPropertyDescriptor. The descriptor
     * arrives complete: callers that take partial descriptors from JavaScript (Object.defineProperty) fill the
     * absent fields from the current property first, which makes "absent" and "same as current" one case.
     */
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        PropertyCell current = properties.get(key);
        if (current == null) {
            if (!extensible) {
                return false;
            }
            if (key instanceof String s && ArrayIndex.parse(s) >= 0) {
                indexedPropertiesAdded = true;
            }
            properties.put(key, cell);
            return true;
        }
        if (!isCompatiblePropertyDescriptor(current, cell)) {
            return false;
        }
        if (current.accessor == cell.accessor) {
            // same kind: the existing cell is updated in place (no allocation; the key keeps its position)
            current.value = cell.value;
            current.getter = cell.getter;
            current.setter = cell.setter;
            current.flags = cell.flags;
        } else {
            properties.put(key, cell);
        }
        return true;
    }

    /**
     * False only when the object certainly has no integer-indexed own property. An array whose prototypes
     * all answer false reads a hole as undefined without a lookup, and writes one without meeting a setter.
     */
    public boolean mayHaveIndexedProperties() {
        return indexedPropertiesAdded;
    }

    /** ValidateAndApplyPropertyDescriptor steps 4-6: what a non-configurable property still allows. */
    protected static boolean isCompatiblePropertyDescriptor(PropertyCell current, PropertyCell cell) {
        if (current.configurable()) {
            return true;
        }
        if (cell.configurable() || cell.enumerable() != current.enumerable() || cell.accessor != current.accessor) {
            return false;
        }
        if (current.accessor) {
            return cell.getter == current.getter && cell.setter == current.setter;
        }
        if (!current.writable()) {
            return !cell.writable() && org.minijs.interpreter.values.JSRuntime.sameValue(cell.value, current.value);
        }
        return true;
    }

    /** SetIntegrityLevel(O, sealed | frozen): prevents extensions, then tightens every own property. */
    @TruffleBoundary
    public void setIntegrityLevel(boolean frozen) {
        preventExtensions();
        for (PropertyCell cell : properties.values()) {
            cell.flags &= ~PropertyCell.CONFIGURABLE;
            if (frozen && !cell.accessor) {
                cell.flags &= ~PropertyCell.WRITABLE;
            }
        }
    }

    /** TestIntegrityLevel(O, sealed | frozen). */
    @TruffleBoundary
    public boolean testIntegrityLevel(boolean frozen) {
        if (isExtensible()) {
            return false;
        }
        for (Object key : ownPropertyKeys()) {
            PropertyCell cell = getOwnProperty(key);
            if (cell != null && (cell.configurable() || frozen && !cell.accessor && cell.writable())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves the listed own properties, in the given order, behind all others (absent keys are skipped). Realm
     * setup uses it once per built-in object so that its keys list in the order V8 defines them, which
     * Object.getOwnPropertyNames and Reflect.ownKeys make observable.
     */
    @TruffleBoundary
    public void moveToEnd(List<Object> keys) {
        properties.moveToEnd(keys);
    }

    /**
     * The shape of an object whose own named properties are ordinary (fast mode, no exotic interception of
     * {@code key}), for inline caches; null otherwise.
     */
    public final Shape shapeForCache(Object key) {
        return interceptsKey(key) ? null : properties.shape();
    }

    /**
     * Adds a new own data property along a shape transition an inline cache found valid: the object has the
     * transition's source shape, is extensible, and nothing on its prototype chain has the key.
     */
    public final void appendProperty(Shape next, PropertyCell cell) {
        properties.append(next, cell);
    }

    /** The cell at {@code index} of the object's shape (valid while the object has the cached shape). */
    public final PropertyCell cellAt(int index) {
        return properties.cellAt(index);
    }

    /** True when this kind of object computes the own property {@code key} itself (exotic objects). */
    protected boolean interceptsKey(Object key) {
        return false;
    }

    /** Shorthand for built-ins: a non-enumerable, writable, configurable data property. */
    public final void defineHidden(Object key, Object value) {
        defineOwnProperty(key, PropertyCell.data(value, PropertyCell.HIDDEN));
    }

    @TruffleBoundary
    public boolean hasProperty(Object key) {
        for (JSObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o.getOwnProperty(key) != null) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public boolean delete(Object key) {
        PropertyCell cell = properties.get(key);
        if (cell == null) {
            return true;
        }
        if (!cell.configurable()) {
            return false;
        }
        properties.remove(key);
        return true;
    }

    /** [[OwnPropertyKeys]]: integer keys ascending, then strings in insertion order, then symbols. */
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> indices = new ArrayList<>();
        List<Object> strings = new ArrayList<>();
        List<Object> symbols = new ArrayList<>();
        for (Object key : properties.keys()) {
            if (key instanceof Symbol) {
                symbols.add(key);
            } else if (ArrayIndex.parse((String) key) >= 0) {
                indices.add(key);
            } else {
                strings.add(key);
            }
        }
        if (indices.size() > 1) {
            indices.sort((a, b) -> Long.compare(ArrayIndex.parse((String) a), ArrayIndex.parse((String) b)));
        }
        if (indices.isEmpty() && symbols.isEmpty()) {
            return strings;
        }
        indices.addAll(strings);
        indices.addAll(symbols);
        return indices;
    }

    /** Own enumerable string keys, in [[OwnPropertyKeys]] order (what Object.keys returns). */
    @TruffleBoundary
    public List<String> ownEnumerableStringKeys() {
        List<String> keys = new ArrayList<>();
        for (Object key : ownPropertyKeys()) {
            if (key instanceof String s) {
                PropertyCell cell = getOwnProperty(s);
                if (cell != null && cell.enumerable()) {
                    keys.add(s);
                }
            }
        }
        return keys;
    }

    /** PrivateFieldAdd / PrivateMethodOrAccessorAdd. */
    @TruffleBoundary
    public void privateAdd(PrivateName name, Object value) {
        privateAdd(name, PropertyCell.data(value, PropertyCell.WRITABLE));
    }

    @TruffleBoundary
    public void privateAdd(PrivateName name, PropertyCell cell) {
        if (privateElements == null) {
            privateElements = new java.util.HashMap<>();
        }
        if (privateElements.containsKey(name)) {
            throw org.minijs.interpreter.errors.Errors.typeError(
                    "Cannot initialize " + name.description() + " twice on the same object");
        }
        privateElements.put(name, cell);
    }

    /** PrivateElementFind: the element, or null. */
    @TruffleBoundary
    public PropertyCell privateFind(PrivateName name) {
        return privateElements == null ? null : privateElements.get(name);
    }

    public Map<Object, PropertyCell> rawProperties() {
        return Collections.unmodifiableMap(properties.asMap());
    }
}
