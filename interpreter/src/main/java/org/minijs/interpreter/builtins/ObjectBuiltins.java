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
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** Object and Object.prototype (§20.1). */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction object = Intrinsics.constructor(realm, in.globalObject, "Object", 1, in.objectPrototype,
                (thisValue, args, nt) -> {
                    Object v = JSBuiltin.arg(args, 0);
                    return v instanceof JSObject ? v : realm.newObject();
                });
        Intrinsics.method(realm, object, "keys", 1, (t, args, nt) ->
                array(realm, new ArrayList<>(toObject(JSBuiltin.arg(args, 0)).ownEnumerableStringKeys())));
        Intrinsics.method(realm, object, "values", 1, (t, args, nt) -> {
            JSObject o = toObject(JSBuiltin.arg(args, 0));
            List<Object> values = new ArrayList<>();
            for (String k : o.ownEnumerableStringKeys()) {
                values.add(o.get(k));
            }
            return array(realm, values);
        });
        Intrinsics.method(realm, object, "entries", 1, (t, args, nt) -> {
            JSObject o = toObject(JSBuiltin.arg(args, 0));
            List<Object> entries = new ArrayList<>();
            for (String k : o.ownEnumerableStringKeys()) {
                entries.add(array(realm, List.of(k, o.get(k))));
            }
            return array(realm, entries);
        });
        Intrinsics.method(realm, object, "assign", 2, (t, args, nt) -> {
            JSObject target = toObject(JSBuiltin.arg(args, 0));
            for (int i = 1; i < args.length; i++) {
                if (args[i] instanceof JSObject source) {
                    for (String k : source.ownEnumerableStringKeys()) {
                        target.set(k, source.get(k));
                    }
                }
            }
            return target;
        });
        Intrinsics.method(realm, object, "freeze", 1, (t, args, nt) -> {
            if (JSBuiltin.arg(args, 0) instanceof JSObject o) {
                for (Object k : o.ownPropertyKeys()) {
                    PropertyCell c = o.getOwnProperty(k);
                    if (c != null && !(o instanceof JSArray)) {
                        c.flags &= ~(PropertyCell.WRITABLE | PropertyCell.CONFIGURABLE);
                    }
                }
                o.preventExtensions();
            }
            return JSBuiltin.arg(args, 0);
        });
        Intrinsics.method(realm, object, "isFrozen", 1, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject o)) {
                return true;
            }
            if (o.isExtensible()) {
                return false;
            }
            for (Object k : o.ownPropertyKeys()) {
                PropertyCell c = o.getOwnProperty(k);
                if (c != null && (c.configurable() || c.writable())) {
                    return false;
                }
            }
            return true;
        });
        Intrinsics.method(realm, object, "create", 2, (t, args, nt) -> {
            Object proto = JSBuiltin.arg(args, 0);
            if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toString(proto));
            }
            JSObject o = new JSObject(proto instanceof JSObject p ? p : null);
            if (JSBuiltin.arg(args, 1) instanceof JSObject props) {
                defineProperties(o, props);
            }
            return o;
        });
        Intrinsics.method(realm, object, "getPrototypeOf", 1, (t, args, nt) -> {
            JSObject o = toObject(JSBuiltin.arg(args, 0));
            return o.getPrototypeOf() == null ? Null.INSTANCE : o.getPrototypeOf();
        });
        Intrinsics.method(realm, object, "setPrototypeOf", 2, (t, args, nt) -> {
            Object proto = JSBuiltin.arg(args, 1);
            if (JSBuiltin.arg(args, 0) instanceof JSObject o) {
                o.setPrototypeOf(proto instanceof JSObject p ? p : null);
            }
            return JSBuiltin.arg(args, 0);
        });
        Intrinsics.method(realm, object, "defineProperty", 3, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject o)) {
                throw Errors.typeError("Object.defineProperty called on non-object");
            }
            if (!(JSBuiltin.arg(args, 2) instanceof JSObject descriptor)) {
                throw Errors.typeError("Property description must be an object: " + JSRuntime.toString(JSBuiltin.arg(args, 2)));
            }
            Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(args, 1));
            if (!o.defineOwnProperty(key, toPropertyCell(o.getOwnProperty(key), descriptor))) {
                throw Errors.typeError("Cannot redefine property: " + JSRuntime.toString(key));
            }
            return o;
        });
        Intrinsics.method(realm, object, "defineProperties", 2, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject o) || !(JSBuiltin.arg(args, 1) instanceof JSObject props)) {
                throw Errors.typeError("Object.defineProperties called on non-object");
            }
            defineProperties(o, props);
            return o;
        });
        Intrinsics.method(realm, object, "getOwnPropertyNames", 1, (t, args, nt) -> {
            List<Object> names = new ArrayList<>();
            for (Object k : toObject(JSBuiltin.arg(args, 0)).ownPropertyKeys()) {
                if (k instanceof String) {
                    names.add(k);
                }
            }
            return array(realm, names);
        });
        Intrinsics.method(realm, object, "getOwnPropertyDescriptor", 2, (t, args, nt) -> {
            JSObject o = toObject(JSBuiltin.arg(args, 0));
            PropertyCell c = o.getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(args, 1)));
            if (c == null) {
                return Undefined.INSTANCE;
            }
            JSObject d = realm.newObject();
            if (c.accessor) {
                d.set("get", c.getter == null ? Undefined.INSTANCE : c.getter);
                d.set("set", c.setter == null ? Undefined.INSTANCE : c.setter);
            } else {
                d.set("value", c.value);
                d.set("writable", c.writable());
            }
            d.set("enumerable", c.enumerable());
            d.set("configurable", c.configurable());
            return d;
        });
        Intrinsics.method(realm, object, "fromEntries", 1, (t, args, nt) -> {
            JSObject o = realm.newObject();
            for (Object entry : IterableSupport.toList(realm, JSBuiltin.arg(args, 0))) {
                if (!(entry instanceof JSObject e)) {
                    throw Errors.typeError("Iterator value " + JSRuntime.toString(entry) + " is not an entry object");
                }
                o.defineOwnProperty(JSRuntime.toPropertyKey(e.get("0")), PropertyCell.data(e.get("1"), PropertyCell.ALL));
            }
            return o;
        });
        Intrinsics.method(realm, object, "is", 2, (t, args, nt) -> {
            Object a = JSBuiltin.arg(args, 0);
            Object b = JSBuiltin.arg(args, 1);
            if (JSRuntime.isNumber(a) && JSRuntime.isNumber(b)) {
                return Double.valueOf(JSRuntime.toNumber(a)).equals(JSRuntime.toNumber(b));
            }
            return JSRuntime.strictEquals(a, b);
        });

        JSObject proto = in.objectPrototype;
        Intrinsics.method(realm, proto, "hasOwnProperty", 1, (t, args, nt) ->
                toObject(t).getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0))) != null);
        Intrinsics.method(realm, proto, "isPrototypeOf", 1, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof JSObject v)) {
                return false;
            }
            for (JSObject p = v.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
                if (p == t) {
                    return true;
                }
            }
            return false;
        });
        Intrinsics.method(realm, proto, "propertyIsEnumerable", 1, (t, args, nt) -> {
            PropertyCell c = toObject(t).getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(args, 0)));
            return c != null && c.enumerable();
        });
        Intrinsics.method(realm, proto, "toString", 0, (t, args, nt) -> objectToString(t));
        Intrinsics.method(realm, proto, "toLocaleString", 0, (t, args, nt) -> objectToString(t));
        Intrinsics.method(realm, proto, "valueOf", 0, (t, args, nt) -> t);
        // Object.prototype.__proto__ (Annex B): an accessor over [[GetPrototypeOf]] / [[SetPrototypeOf]]
        proto.defineOwnProperty("__proto__", PropertyCell.accessor(
                realm.newBuiltinFunction("get __proto__", 0, (t, args, nt) -> {
                    JSObject o = toObject(t);
                    return o.getPrototypeOf() == null ? Null.INSTANCE : o.getPrototypeOf();
                }),
                realm.newBuiltinFunction("set __proto__", 1, (t, args, nt) -> {
                    Object p = JSBuiltin.arg(args, 0);
                    if (t instanceof JSObject o && (p instanceof JSObject || p == Null.INSTANCE)) {
                        o.setPrototypeOf(p instanceof JSObject po ? po : null);
                    }
                    return Undefined.INSTANCE;
                }), PropertyCell.CONFIGURABLE));
    }

    /** Object.prototype.toString: "[object Tag]". */
    static String objectToString(Object t) {
        if (t == Undefined.INSTANCE) {
            return "[object Undefined]";
        }
        if (t == Null.INSTANCE) {
            return "[object Null]";
        }
        if (t instanceof JSObject o) {
            Object tag = o.get(org.minijs.interpreter.values.Symbol.TO_STRING_TAG);
            if (tag instanceof String s) {
                return "[object " + s + "]";
            }
            String cls = o.className();
            return "[object " + switch (cls) {
                case "Array", "Function", "Error", "RegExp", "Date", "Arguments" -> cls;
                default -> "Object";
            } + "]";
        }
        if (t instanceof String) {
            return "[object String]";
        }
        if (t instanceof Boolean) {
            return "[object Boolean]";
        }
        return JSRuntime.isNumber(t) ? "[object Number]" : "[object Symbol]";
    }

    private static void defineProperties(JSObject o, JSObject props) {
        for (String k : props.ownEnumerableStringKeys()) {
            if (!(props.get(k) instanceof JSObject descriptor)) {
                throw Errors.typeError("Property description must be an object");
            }
            o.defineOwnProperty(k, toPropertyCell(o.getOwnProperty(k), descriptor));
        }
    }

    /** ToPropertyDescriptor merged over the current property (absent fields keep their values). */
    private static PropertyCell toPropertyCell(PropertyCell current, JSObject d) {
        int flags = 0;
        flags |= flag(d, "enumerable", current != null && current.enumerable(), PropertyCell.ENUMERABLE);
        flags |= flag(d, "configurable", current != null && current.configurable(), PropertyCell.CONFIGURABLE);
        if (d.hasProperty("get") || d.hasProperty("set")) {
            Object g = d.hasProperty("get") ? d.get("get") : current != null ? current.getter : null;
            Object s = d.hasProperty("set") ? d.get("set") : current != null ? current.setter : null;
            return PropertyCell.accessor(g instanceof JSFunction ? g : null, s instanceof JSFunction ? s : null, flags);
        }
        flags |= flag(d, "writable", current != null && current.writable(), PropertyCell.WRITABLE);
        Object value = d.hasProperty("value") ? d.get("value")
                : current != null && !current.accessor ? current.value : Undefined.INSTANCE;
        return PropertyCell.data(value, flags);
    }

    private static int flag(JSObject d, String name, boolean current, int bit) {
        boolean on = d.hasProperty(name) ? JSRuntime.toBoolean(d.get(name)) : current;
        return on ? bit : 0;
    }

    static JSObject toObject(Object v) {
        if (v instanceof JSObject o) {
            return o;
        }
        if (JSRuntime.isNullish(v)) {
            throw Errors.typeError("Cannot convert undefined or null to object");
        }
        return new JSObject(JSRuntime.prototypeForPrimitive(JSRealm.get(null), v));
    }

    static JSArray array(JSRealm realm, List<Object> values) {
        return new JSArray(realm.arrayPrototype(), values);
    }
}
