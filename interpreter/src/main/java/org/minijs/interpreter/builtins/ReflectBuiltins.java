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

/** The Reflect namespace (§28.1): the object internal methods as functions, reporting failure as false. */
final class ReflectBuiltins {
    private ReflectBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject reflect = new JSObject(in.objectPrototype);
        in.globalObject.defineHidden("Reflect", reflect);
        reflect.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Reflect", PropertyCell.CONFIGURABLE));
        Intrinsics.method(realm, reflect, "apply", 3, (t, a, nt) -> {
            if (!(JSBuiltin.arg(a, 0) instanceof JSFunction f)) {
                throw Errors.typeError("Function.prototype.apply was called on " + JSRuntime.toDisplayString(
                        JSBuiltin.arg(a, 0)) + ", which is " + JSRuntime.typeof(JSBuiltin.arg(a, 0)) + " and not a function");
            }
            return f.call(JSBuiltin.arg(a, 1), FunctionBuiltins.createListFromArrayLike(JSBuiltin.arg(a, 2)));
        });
        Intrinsics.method(realm, reflect, "construct", 2, (t, a, nt) -> {
            Object target = JSBuiltin.arg(a, 0);
            Object newTarget = a.length > 2 ? a[2] : target;
            if (!(target instanceof JSFunction f) || !f.isConstructor()) {
                throw Errors.typeError(JSRuntime.toDisplayString(target) + " is not a constructor");
            }
            if (!(newTarget instanceof JSFunction n) || !n.isConstructor()) {
                throw Errors.typeError(JSRuntime.toDisplayString(newTarget) + " is not a constructor");
            }
            return f.construct(FunctionBuiltins.createListFromArrayLike(JSBuiltin.arg(a, 1)), n);
        });
        Intrinsics.method(realm, reflect, "defineProperty", 3, (t, a, nt) -> {
            JSObject o = target(a, "defineProperty");
            Object key = JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1));
            return o.defineOwnProperty(key, PropertyDescriptors.toPropertyCell(JSBuiltin.arg(a, 2), o.getOwnProperty(key)));
        });
        Intrinsics.method(realm, reflect, "deleteProperty", 2, (t, a, nt) ->
                target(a, "deleteProperty").delete(JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1))));
        Intrinsics.method(realm, reflect, "get", 2, (t, a, nt) -> {
            JSObject o = target(a, "get");
            return o.get(JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1)), a.length > 2 ? a[2] : o);
        });
        Intrinsics.method(realm, reflect, "getOwnPropertyDescriptor", 2, (t, a, nt) -> {
            PropertyCell c = target(a, "getOwnPropertyDescriptor").getOwnProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1)));
            return c == null ? Undefined.INSTANCE : PropertyDescriptors.fromPropertyCell(realm, c);
        });
        Intrinsics.method(realm, reflect, "getPrototypeOf", 1, (t, a, nt) -> {
            JSObject proto = target(a, "getPrototypeOf").getPrototypeOf();
            return proto == null ? Null.INSTANCE : proto;
        });
        Intrinsics.method(realm, reflect, "has", 2, (t, a, nt) ->
                target(a, "has").hasProperty(JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1))));
        Intrinsics.method(realm, reflect, "isExtensible", 1, (t, a, nt) -> target(a, "isExtensible").isExtensible());
        Intrinsics.method(realm, reflect, "ownKeys", 1, (t, a, nt) ->
                new JSArray(realm.arrayPrototype(), new ArrayList<>(target(a, "ownKeys").ownPropertyKeys())));
        Intrinsics.method(realm, reflect, "preventExtensions", 1, (t, a, nt) -> {
            target(a, "preventExtensions").preventExtensions();
            return true;
        });
        Intrinsics.method(realm, reflect, "set", 3, (t, a, nt) -> {
            JSObject o = target(a, "set");
            return o.set(JSRuntime.toPropertyKey(JSBuiltin.arg(a, 1)), JSBuiltin.arg(a, 2), a.length > 3 ? a[3] : o);
        });
        Intrinsics.method(realm, reflect, "setPrototypeOf", 2, (t, a, nt) -> {
            JSObject o = target(a, "setPrototypeOf");
            Object proto = JSBuiltin.arg(a, 1);
            if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
                throw Errors.typeError("Object prototype may only be an Object or null: " + JSRuntime.toDisplayString(proto));
            }
            return o.ordinarySetPrototypeOf(proto instanceof JSObject p ? p : null);
        });
    }

    private static JSObject target(Object[] a, String method) {
        if (JSBuiltin.arg(a, 0) instanceof JSObject o) {
            return o;
        }
        throw Errors.typeError("Reflect." + method + " called on non-object");
    }
}
