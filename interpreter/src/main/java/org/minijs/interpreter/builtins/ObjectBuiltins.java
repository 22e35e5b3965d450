package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** The Object constructor and its static functions (§20.1.1, §20.1.2). */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    /** Which own keys EnumerableOwnProperties collects. */
    private enum Kind { KEYS, VALUES, ENTRIES }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction object = Intrinsics.constructor(realm, in.globalObject, "Object", 1, in.objectPrototype,
                (thisValue, args, nt) -> {
                    Object v = JSBuiltin.arg(args, 0);
                    if (nt instanceof JSFunction newTarget && newTarget.builtin() == null) {
                        // new.target is a subclass: OrdinaryCreateFromConstructor(newTarget, %Object.prototype%)
                        return new JSObject(newTarget.get("prototype") instanceof JSObject p ? p : in.objectPrototype);
                    }
                    return JSRuntime.isNullish(v) ? realm.newObject() : JSRuntime.toObject(v);
                });
        Intrinsics.method(realm, object, "keys", 1, (t, args, nt) -> enumerableOwn(realm, JSBuiltin.arg(args, 0), Kind.KEYS));
        Intrinsics.method(realm, object, "values", 1, (t, args, nt) -> enumerableOwn(realm, JSBuiltin.arg(args, 0), Kind.VALUES));
        Intrinsics.method(realm, object, "entries", 1, (t, args, nt) -> enumerableOwn(realm, JSBuiltin.arg(args, 0), Kind.ENTRIES));
        Intrinsics.method(realm, object, "assign", 2, (t, args, nt) -> assign(args));
        Intrinsics.method(realm, object, "freeze", 1, (t, args, nt) -> integrity(args, true));
        Intrinsics.method(realm, object, "seal", 1, (t, args, nt) -> integrity(args, false));
        Intrinsics.method(realm, object, "preventExtensions", 1, (t, args, nt) -> {
            if (JSBuiltin.arg(args, 0) instanceof JSObject o) {
                o.preventExtensions();
            }
            return JSBuiltin.arg(args, 0);
        });
        Intrinsics.method(realm, object, "isFrozen", 1, (t, args, nt) ->
                !(JSBuiltin.arg(args, 0) instanceof JSObject o) || o.testIntegrityLevel(true));
        Intrinsics.method(realm, object, "isSealed", 1, (t, args, nt) ->
                !(JSBuiltin.arg(args, 0) instanceof JSObject o) || o.testIntegrityLevel(false));
        Intrinsics.method(realm, object, "isExtensible", 1, (t, args, nt) ->
                JSBuiltin.arg(args, 0) instanceof JSObject o && o.isExtensible());
        Intrinsics.method(realm, object, "create", 2, (t, args, nt) -> {
            Object proto = JSBuiltin.arg(args, 0);
            if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(proto));
            }
            JSObject o = new JSObject(proto instanceof JSObject p ? p : null);
            if (JSBuiltin.arg(args, 1) != Undefined.INSTANCE) {
                PropertyDescriptors.defineProperties(o, args[1]);
            }
            return o;
        });
        Intrinsics.method(realm, object, "getPrototypeOf", 1, (t, args, nt) -> {
            JSObject o = JSRuntime.toObject(JSBuiltin.arg(args, 0));
            return o.getPrototypeOf() == null ? Null.INSTANCE : o.getPrototypeOf();
        });
        Intrinsics.method(realm, object, "setPrototypeOf", 2, (t, args, nt) -> {
            Object o = JSBuiltin.arg(args, 0);
            Object proto = JSBuiltin.arg(args, 1);
            if (JSRuntime.isNullish(o)) {
                throw Errors.typeError("Object.setPrototypeOf called on null or undefined");
            }
            if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(proto));
            }
            if (o instanceof JSObject target && !target.ordinarySetPrototypeOf(proto instanceof JSObject p ? p : null)) {
                throw Errors.typeError(target.isExtensible() ? "Cyclic __proto__ value"
                        : JSRuntime.toDisplayString(target) + " is not extensible");
            }
            return o;
        });
        Intrinsics.method(realm, object, "defineProperty", 3, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject o)) {
                throw Errors.typeError("Object.defineProperty called on non-object");
            }
            Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 1));
            PropertyDescriptors.definePropertyOrThrow(o, key,
                    PropertyDescriptors.toPropertyCell(JSBuiltin.arg(args, 2), o.getOwnProperty(key)));
            return o;
        });
        Intrinsics.method(realm, object, "defineProperties", 2, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject o)) {
                throw Errors.typeError("Object.defineProperties called on non-object");
            }
            PropertyDescriptors.defineProperties(o, JSBuiltin.arg(args, 1));
            return o;
        });
        Intrinsics.method(realm, object, "getOwnPropertyNames", 1, (t, args, nt) ->
                array(realm, ownKeys(JSRuntime.toObject(JSBuiltin.arg(args, 0)), false)));
        Intrinsics.method(realm, object, "getOwnPropertySymbols", 1, (t, args, nt) ->
                array(realm, ownKeys(JSRuntime.toObject(JSBuiltin.arg(args, 0)), true)));
        Intrinsics.method(realm, object, "getOwnPropertyDescriptor", 2, (t, args, nt) -> {
            JSObject o = JSRuntime.toObject(JSBuiltin.arg(args, 0));
            PropertyCell c = o.getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(args, 1)));
            return c == null ? Undefined.INSTANCE : PropertyDescriptors.fromPropertyCell(realm, c);
        });
        Intrinsics.method(realm, object, "getOwnPropertyDescriptors", 1, (t, args, nt) -> {
            JSObject o = JSRuntime.toObject(JSBuiltin.arg(args, 0));
            JSObject descriptors = realm.newObject();
            for (Object key : o.ownPropertyKeys()) {
                PropertyCell c = o.getOwnProperty(key);
                if (c != null) {
                    descriptors.defineOwnProperty(key, PropertyCell.data(PropertyDescriptors.fromPropertyCell(realm, c),
                            PropertyCell.ALL));
                }
            }
            return descriptors;
        });
        Intrinsics.method(realm, object, "hasOwn", 2, (t, args, nt) -> {
            JSObject o = JSRuntime.toObject(JSBuiltin.arg(args, 0));
            return o.getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(args, 1))) != null;
        });
        Intrinsics.method(realm, object, "fromEntries", 1, (t, args, nt) -> {
            JSObject o = realm.newObject();
            for (Object entry : IterableSupport.toList(realm, JSBuiltin.arg(args, 0))) {
                if (!(entry instanceof JSObject e)) {
                    throw Errors.typeError("Iterator value " + JSRuntime.toDisplayString(entry) + " is not an entry object");
                }
                o.defineOwnProperty(JSRuntime.toPropertyKey(e.get("0")), PropertyCell.data(e.get("1"), PropertyCell.ALL));
            }
            return o;
        });
        Intrinsics.method(realm, object, "is", 2, (t, args, nt) ->
                JSRuntime.sameValue(JSBuiltin.arg(args, 0), JSBuiltin.arg(args, 1)));
        ObjectPrototypeBuiltins.install(realm, in);
    }

    /** EnumerableOwnProperties(O, kind): each key is re-checked when its turn comes, as getters may delete. */
    private static JSArray enumerableOwn(JSRealm realm, Object value, Kind kind) {
        JSObject o = JSRuntime.toObject(value);
        List<Object> out = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (!(key instanceof String k)) {
                continue;
            }
            PropertyCell c = o.getOwnProperty(k);
            if (c == null || !c.enumerable()) {
                continue;
            }
            switch (kind) {
                case KEYS -> out.add(k);
                case VALUES -> out.add(o.get(k));
                case ENTRIES -> out.add(array(realm, List.of(k, o.get(k))));
            }
        }
        return array(realm, out);
    }

    /** Object.assign: own enumerable string and symbol keys of each source, copied with [[Get]] and [[Set]]. */
    private static Object assign(Object[] args) {
        JSObject target = JSRuntime.toObject(JSBuiltin.arg(args, 0));
        for (int i = 1; i < args.length; i++) {
            if (JSRuntime.isNullish(args[i])) {
                continue;
            }
            JSObject from = JSRuntime.toObject(args[i]);
            for (Object key : from.ownPropertyKeys()) {
                PropertyCell c = from.getOwnProperty(key);
                if (c != null && c.enumerable() && !target.set(key, from.get(key), target)) {
                    throw Errors.typeError("Cannot assign to read only property '" + JSRuntime.toDisplayString(key)
                            + "' of object");
                }
            }
        }
        return target;
    }

    /** Object.freeze / Object.seal: SetIntegrityLevel on objects; other values come back unchanged. */
    private static Object integrity(Object[] args, boolean frozen) {
        if (JSBuiltin.arg(args, 0) instanceof JSObject o) {
            o.setIntegrityLevel(frozen);
        }
        return JSBuiltin.arg(args, 0);
    }

    /** GetOwnPropertyKeys(O, string | symbol). */
    private static List<Object> ownKeys(JSObject o, boolean symbols) {
        List<Object> keys = new ArrayList<>();
        for (Object k : o.ownPropertyKeys()) {
            if (k instanceof Symbol == symbols) {
                keys.add(k);
            }
        }
        return keys;
    }

    static JSArray array(JSRealm realm, List<Object> values) {
        return new JSArray(realm.arrayPrototype(), values);
    }
}
