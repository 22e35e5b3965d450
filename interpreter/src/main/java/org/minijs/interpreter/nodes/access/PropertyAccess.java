package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.ArrayIndex;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;

/**
 * GetValue/PutValue on property references, for any base value: objects use their internal methods,
 * primitives look up their wrapper prototype with the primitive as receiver, nullish bases throw node's
 * TypeError.
 */
public final class PropertyAccess {
    private PropertyAccess() {
    }

    @TruffleBoundary
    public static Object get(Object base, Object key, Node location) {
        if (base instanceof JSArray array && key instanceof Integer i && i >= 0) {
            Object v = array.getElement(i);
            if (v != null) {
                return v;
            }
        }
        Object propertyKey = key instanceof String || key instanceof Symbol ? key : JSRuntime.toPropertyKey(key);
        if (base instanceof JSObject object) {
            if (location == null) {
                return object.get(propertyKey, object);
            }
            // a getter runs as called from the read: its caller frame reports the read's position
            Node previous = org.minijs.interpreter.nodes.CallSites.enter(location);
            try {
                return object.get(propertyKey, object);
            } finally {
                org.minijs.interpreter.nodes.CallSites.exit(previous);
            }
        }
        if (JSRuntime.isNullish(base)) {
            throw Errors.typeError("Cannot read properties of " + JSRuntime.toString(base) + " (reading '"
                    + describeKey(propertyKey) + "')", location);
        }
        if (base instanceof String s && propertyKey instanceof String k) {
            if (k.equals("length")) {
                return s.length();
            }
            long index = ArrayIndex.parse(k);
            if (index >= 0) {
                return index < s.length() ? String.valueOf(s.charAt((int) index))
                        : org.minijs.interpreter.values.Undefined.INSTANCE;
            }
        }
        JSObject proto = JSRuntime.prototypeForPrimitive(JSRealm.get(location), base);
        return proto.get(propertyKey, base);
    }

    @TruffleBoundary
    public static void set(Object base, Object key, Object value, boolean strict, Node location) {
        if (base instanceof JSArray array && key instanceof Integer i && i >= 0) {
            if (!array.setElement(i, value) && strict) {
                throw failedSet(array, Integer.toString(i), location);
            }
            return;
        }
        Object propertyKey = key instanceof String || key instanceof Symbol ? key : JSRuntime.toPropertyKey(key);
        if (base instanceof JSObject object) {
            if (!object.set(propertyKey, value, object) && strict) {
                throw failedSet(object, propertyKey, location);
            }
            return;
        }
        if (JSRuntime.isNullish(base)) {
            throw Errors.typeError("Cannot set properties of " + JSRuntime.toString(base) + " (setting '"
                    + describeKey(propertyKey) + "')", location);
        }
        // OrdinarySet with the primitive as receiver: a string's own index or length is read-only; a setter on
        // the wrapper's prototype chain runs with the primitive as this; anything else would create a property
        // on a temporary wrapper and is lost (a TypeError in strict code).
        String shown = JSRuntime.typeof(base) + " '" + JSRuntime.toString(base) + "'";
        if (base instanceof String str && propertyKey instanceof String k
                && (k.equals("length") || ArrayIndex.parse(k) >= 0 && ArrayIndex.parse(k) < str.length())) {
            if (strict) {
                throw Errors.typeError("Cannot assign to read only property '" + k + "' of " + shown, location);
            }
            return;
        }
        for (JSObject o = JSRuntime.prototypeForPrimitive(JSRealm.get(location), base); o != null; o = o.getPrototypeOf()) {
            PropertyCell cell = o.getOwnProperty(propertyKey);
            if (cell == null) {
                continue;
            }
            if (cell.accessor && cell.setter instanceof org.minijs.interpreter.objects.JSFunction setter) {
                setter.call(base, value);
                return;
            }
            if (strict && (cell.accessor || !cell.writable())) {
                throw Errors.typeError(cell.accessor
                        ? "Cannot set property " + describeKey(propertyKey) + " of [object "
                                + wrapperName(base) + "] which has only a getter"
                        : "Cannot assign to read only property '" + describeKey(propertyKey) + "' of " + shown, location);
            }
            break;
        }
        if (strict) {
            throw Errors.typeError("Cannot create property '" + describeKey(propertyKey) + "' on " + shown, location);
        }
    }

    /** The class of a primitive's wrapper object: Number, String, Boolean, Symbol. */
    private static String wrapperName(Object primitive) {
        String type = JSRuntime.typeof(primitive);
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    /** The TypeError of a failed [[Set]] in strict code, in V8's words for each reason it fails. */
    @TruffleBoundary
    private static RuntimeException failedSet(JSObject object, Object key, Node location) {
        PropertyCell cell = null;
        for (JSObject o = object; o != null && cell == null; o = o.getPrototypeOf()) {
            cell = o.getOwnProperty(key);
        }
        String name = describeKey(key);
        String receiver = describe(object);
        if (cell == null) {
            return Errors.typeError("Cannot add property " + name + ", object is not extensible", location);
        }
        if (cell.accessor) {
            return Errors.typeError("Cannot set property " + name + " of " + receiver + " which has only a getter",
                    location);
        }
        if (object instanceof org.minijs.interpreter.objects.JSFunction f) {
            return Errors.typeError("Cannot assign to read only property '" + name + "' of function '" + f.sourceText()
                    + "'", location);
        }
        return Errors.typeError("Cannot assign to read only property '" + name + "' of object '" + receiver + "'",
                location);
    }

    /**
     * Any value as V8 shows it without running code (NoSideEffectsToString): objects as {@link #describe},
     * symbols as Symbol(d), other primitives as their string.
     */
    @TruffleBoundary
    public static String describeValue(Object value) {
        return value instanceof JSObject o ? describe(o) : JSRuntime.toDisplayString(value);
    }

    /** An object as V8's messages show it: [object Array], [object String], or #<ConstructorName>. */
    @TruffleBoundary
    public static String describe(JSObject object) {
        if (object instanceof org.minijs.interpreter.objects.JSFunction f) {
            return f.sourceText(); // V8 shows a function by its source
        }
        if (object instanceof JSArray) {
            return "[object Array]";
        }
        if (object instanceof org.minijs.interpreter.objects.JSStringObject) {
            return "[object String]";
        }
        return "#<" + constructorName(object) + ">";
    }

    /** The name V8 shows for an object in messages: its constructor's (the nearest 'constructor' data property). */
    private static String constructorName(JSObject object) {
        for (JSObject o = object; o != null; o = o.getPrototypeOf()) {
            PropertyCell cell = o.getOwnProperty("constructor");
            if (cell != null && !cell.accessor && cell.value instanceof org.minijs.interpreter.objects.JSFunction f
                    && !f.name().isEmpty()) {
                return f.name();
            }
        }
        return object.className();
    }

    private static String describeKey(Object key) {
        return key instanceof Symbol s ? s.toString() : (String) key;
    }
}
