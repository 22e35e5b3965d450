package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/** Object.prototype (§20.1.3) with the Annex B __proto__ accessor. */
final class ObjectPrototypeBuiltins {
    private ObjectPrototypeBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject proto = in.objectPrototype;
        Intrinsics.method(realm, proto, "hasOwnProperty", 1, (t, args, nt) -> {
            Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0)); // before ToObject(this), as specified
            return JSRuntime.toObject(t).getOwnProperty(key) != null;
        });
        Intrinsics.method(realm, proto, "isPrototypeOf", 1, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject v)) {
                return false;
            }
            JSObject o = JSRuntime.toObject(t);
            for (JSObject p = v.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
                if (p == o) {
                    return true;
                }
            }
            return false;
        });
        Intrinsics.method(realm, proto, "propertyIsEnumerable", 1, (t, args, nt) -> {
            Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0));
            PropertyCell c = JSRuntime.toObject(t).getOwnProperty(key);
            return c != null && c.enumerable();
        });
        Intrinsics.method(realm, proto, "toString", 0, (t, args, nt) -> objectToString(t));
        Intrinsics.method(realm, proto, "toLocaleString", 0, (t, args, nt) -> {
            Object f = JSRuntime.isNullish(t) ? Undefined.INSTANCE : propertyOf(realm, t, "toString");
            if (!(f instanceof JSFunction toString)) {
                throw Errors.typeError(JSRuntime.isNullish(t) ? "Object.prototype.toLocaleString called on null or undefined"
                        : "toString is not a function");
            }
            return toString.call(t);
        });
        Intrinsics.method(realm, proto, "valueOf", 0, (t, args, nt) -> JSRuntime.toObject(t));
        installLegacyAccessorMethods(realm, proto);
        proto.defineOwnProperty("__proto__", PropertyCell.accessor(
                realm.newBuiltinFunction("get __proto__", 0, (t, args, nt) -> {
                    JSObject o = JSRuntime.toObject(t);
                    return o.getPrototypeOf() == null ? Null.INSTANCE : o.getPrototypeOf();
                }),
                realm.newBuiltinFunction("set __proto__", 1, (t, args, nt) -> {
                    if (JSRuntime.isNullish(t)) {
                        throw Errors.typeError("Object.prototype.__proto__ called on null or undefined");
                    }
                    Object p = JSBuiltin.arg(args, 0);
                    if (t instanceof JSObject o && (p instanceof JSObject || p == Null.INSTANCE)
                            && !o.ordinarySetPrototypeOf(p instanceof JSObject po ? po : null)) {
                        throw Errors.typeError(o.isExtensible() ? "Cyclic __proto__ value"
                                : JSRuntime.toDisplayString(o) + " is not extensible");
                    }
                    return Undefined.INSTANCE;
                }), PropertyCell.CONFIGURABLE));
    }

    /**
     * Annex B's __defineGetter__, __defineSetter__, __lookupGetter__ and __lookupSetter__: the legacy spellings
     * of defining an accessor and of finding one along the prototype chain.
     */
    private static void installLegacyAccessorMethods(JSRealm realm, JSObject proto) {
        for (boolean getter : new boolean[]{true, false}) {
            String kind = getter ? "Getter" : "Setter";
            Intrinsics.method(realm, proto, "__define" + kind + "__", 2, (t, args, nt) -> {
                JSObject o = JSRuntime.toObject(t);
                if (!(JSBuiltin.arg(args, 1) instanceof JSFunction f)) {
                    throw Errors.typeError("Object.prototype.__define" + kind + "__: Expecting function");
                }
                Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0));
                // a partial descriptor: the other half of an existing accessor stays
                PropertyCell current = o.getOwnProperty(key);
                boolean keep = current != null && current.accessor;
                Object g = getter ? f : keep ? current.getter : null;
                Object s = getter ? (keep ? current.setter : null) : f;
                PropertyDescriptors.definePropertyOrThrow(o, key,
                        PropertyCell.accessor(g, s, PropertyCell.ENUMERABLE | PropertyCell.CONFIGURABLE));
                return Undefined.INSTANCE;
            });
            Intrinsics.method(realm, proto, "__lookup" + kind + "__", 1, (t, args, nt) -> {
                Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0));
                for (JSObject o = JSRuntime.toObject(t); o != null; o = o.getPrototypeOf()) {
                    PropertyCell cell = o.getOwnProperty(key);
                    if (cell != null) {
                        Object f = cell.accessor ? (getter ? cell.getter : cell.setter) : null;
                        return f == null ? Undefined.INSTANCE : f;
                    }
                }
                return Undefined.INSTANCE;
            });
        }
    }

    /** GetV(V, P): a property read on any value, primitives through their prototype. */
    private static Object propertyOf(JSRealm realm, Object v, String key) {
        if (v instanceof JSObject o) {
            return o.get(key);
        }
        return JSRuntime.prototypeForPrimitive(realm, v).get(key, v);
    }

    /** Object.prototype.toString: "[object " + (@@toStringTag, or the builtinTag) + "]". */
    static String objectToString(Object t) {
        if (t == Undefined.INSTANCE) {
            return "[object Undefined]";
        }
        if (t == Null.INSTANCE) {
            return "[object Null]";
        }
        JSObject o = JSRuntime.toObject(t);
        String builtinTag = switch (o.className()) {
            case "Array", "Function", "Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments" -> o.className();
            default -> o instanceof JSFunction ? "Function" : "Object";
        };
        if (o instanceof JSPrimitiveObject w && w.primitiveValue() instanceof Symbol) {
            builtinTag = "Object";
        }
        Object tag = o.get(Symbol.TO_STRING_TAG, t);
        return "[object " + (tag instanceof String s ? s : builtinTag) + "]";
    }
}
