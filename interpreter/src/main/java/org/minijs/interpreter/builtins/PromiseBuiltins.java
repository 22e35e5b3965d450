package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** The Promise constructor, its statics and Promise.prototype (§27.2.3-27.2.5). */
final class PromiseBuiltins {
    private PromiseBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction promise = Intrinsics.constructor(realm, in.globalObject, "Promise", 1, in.promisePrototype,
                (thisValue, args, newTarget) -> construct(realm, in, args, newTarget));
        in.promiseConstructor = promise;
        promise.defineOwnProperty(org.minijs.interpreter.values.Symbol.SPECIES, PropertyCell.accessor(
                realm.newBuiltinFunction("get [Symbol.species]", 0, (t, a, nt) -> t), null, PropertyCell.CONFIGURABLE));
        in.promisePrototype.defineOwnProperty(org.minijs.interpreter.values.Symbol.TO_STRING_TAG,
                PropertyCell.data("Promise", PropertyCell.CONFIGURABLE));

        Intrinsics.method(realm, in.promisePrototype, "then", 2, (thisValue, args, nt) -> {
            if (!(thisValue instanceof JSPromise p)) {
                throw Errors.typeError("Method Promise.prototype.then called on incompatible receiver "
                        + JSRuntime.typeof(thisValue));
            }
            PromiseCapability capability = PromiseOperations.newPromiseCapability(realm, speciesConstructor(realm, p));
            return PromiseOperations.performPromiseThen(realm, p, JSBuiltin.arg(args, 0), JSBuiltin.arg(args, 1), capability);
        });
        Intrinsics.method(realm, in.promisePrototype, "catch", 1,
                (thisValue, args, nt) -> invoke(thisValue, "then", Undefined.INSTANCE, JSBuiltin.arg(args, 0)));
        Intrinsics.method(realm, in.promisePrototype, "finally", 1, (thisValue, args, nt) -> finallyMethod(realm, thisValue, JSBuiltin.arg(args, 0)));

        Intrinsics.method(realm, promise, "resolve", 1, (thisValue, args, nt) -> {
            requireObject(thisValue, "Promise.resolve");
            return PromiseOperations.promiseResolve(realm, thisValue, JSBuiltin.arg(args, 0));
        });
        Intrinsics.method(realm, promise, "reject", 1, (thisValue, args, nt) -> {
            PromiseCapability c = PromiseOperations.newPromiseCapability(realm, thisValue);
            ((JSFunction) c.reject()).call(Undefined.INSTANCE, JSBuiltin.arg(args, 0));
            return c.promise();
        });
        Intrinsics.method(realm, promise, "withResolvers", 0, (thisValue, args, nt) -> {
            PromiseCapability c = PromiseOperations.newPromiseCapability(realm, thisValue);
            JSObject result = realm.newObject();
            result.set("promise", c.promise());
            result.set("resolve", c.resolve());
            result.set("reject", c.reject());
            return result;
        });
        Intrinsics.method(realm, promise, "all", 1, (thisValue, args, nt) -> combinator(realm, thisValue, args, Combinator.ALL));
        Intrinsics.method(realm, promise, "allSettled", 1, (thisValue, args, nt) -> combinator(realm, thisValue, args, Combinator.ALL_SETTLED));
        Intrinsics.method(realm, promise, "any", 1, (thisValue, args, nt) -> combinator(realm, thisValue, args, Combinator.ANY));
        Intrinsics.method(realm, promise, "race", 1, (thisValue, args, nt) -> combinator(realm, thisValue, args, Combinator.RACE));
    }

    /** new Promise(executor). */
    private static Object construct(JSRealm realm, Intrinsics in, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError("Promise constructor cannot be invoked without 'new'");
        }
        Object executor = JSBuiltin.arg(args, 0);
        if (!(executor instanceof JSFunction f)) {
            throw Errors.typeError("Promise resolver " + describe(executor) + " is not a function");
        }
        JSPromise promise = PromiseOperations.newPromise(realm);
        if (newTarget instanceof JSObject nt && nt != in.promiseConstructor && nt.get("prototype") instanceof JSObject p) {
            promise.setPrototypeOf(p);
        }
        PromiseCapability resolving = PromiseOperations.createResolvingFunctions(realm, promise);
        try {
            f.call(Undefined.INSTANCE, resolving.resolve(), resolving.reject());
        } catch (JSException e) {
            ((JSFunction) resolving.reject()).call(Undefined.INSTANCE, e.value());
        }
        return promise;
    }

    private static String describe(Object v) {
        if (v instanceof JSObject) {
            return v instanceof JSArray ? "[object Array]" : "#<Object>";
        }
        return v instanceof String s ? s : JSRuntime.toString(v);
    }

    private static void requireObject(Object v, String method) {
        if (!(v instanceof JSObject)) {
            throw Errors.typeError(method + " called on non-object");
        }
    }

    /** SpeciesConstructor(promise, %Promise%): constructor[@@species], defaulting to %Promise%. */
    private static Object speciesConstructor(JSRealm realm, JSObject o) {
        Object c = o.get("constructor");
        if (c == Undefined.INSTANCE) {
            return realm.promiseConstructor();
        }
        if (!(c instanceof JSObject co)) {
            throw Errors.typeError("The .constructor property is not an object");
        }
        Object s = co.get(org.minijs.interpreter.values.Symbol.SPECIES);
        if (JSRuntime.isNullish(s)) {
            return realm.promiseConstructor();
        }
        if (!(s instanceof JSFunction f) || !f.isConstructor()) {
            throw Errors.typeError("object.constructor[Symbol.species] is not a constructor");
        }
        return s;
    }

    private static Object invoke(Object target, String name, Object... args) {
        Object base = target;
        Object f = base instanceof JSObject o ? o.get(name) : Undefined.INSTANCE;
        if (!(f instanceof JSFunction fn)) {
            throw Errors.typeError(name + " is not a function");
        }
        return fn.call(base, args);
    }

    /** Promise.prototype.finally with the thenFinally/catchFinally closures of §27.2.5.3. */
    private static Object finallyMethod(JSRealm realm, Object thisValue, Object onFinally) {
        if (!(thisValue instanceof JSObject promise)) {
            throw Errors.typeError("Promise.prototype.finally called on non-object");
        }
        Object c = speciesConstructor(realm, promise);
        if (!(onFinally instanceof JSFunction f)) {
            return invoke(promise, "then", onFinally, onFinally);
        }
        JSFunction thenFinally = realm.newBuiltinFunction("", 1, (t, args, nt) -> {
            Object value = JSBuiltin.arg(args, 0);
            Object result = f.call(Undefined.INSTANCE);
            JSObject p = PromiseOperations.promiseResolve(realm, c, result);
            JSFunction valueThunk = realm.newBuiltinFunction("", 0, (t2, a2, n2) -> value);
            return invoke(p, "then", valueThunk);
        });
        JSFunction catchFinally = realm.newBuiltinFunction("", 1, (t, args, nt) -> {
            Object reason = JSBuiltin.arg(args, 0);
            Object result = f.call(Undefined.INSTANCE);
            JSObject p = PromiseOperations.promiseResolve(realm, c, result);
            JSFunction thrower = realm.newBuiltinFunction("", 0, (t2, a2, n2) -> {
                throw new JSException(reason, null);
            });
            return invoke(p, "then", thrower);
        });
        return invoke(promise, "then", thenFinally, catchFinally);
    }

    private enum Combinator { ALL, ALL_SETTLED, ANY, RACE }

    /**
     * Promise.all / allSettled / any / race: each element goes through C.resolve then .then, exactly as
     * PerformPromiseAll and friends do, so the number of ticks matches other engines.
     */
    private static Object combinator(JSRealm realm, Object c, Object[] args, Combinator kind) {
        PromiseCapability capability = PromiseOperations.newPromiseCapability(realm, c);
        try {
            List<Object> items = IterableSupport.toList(realm, JSBuiltin.arg(args, 0));
            Object resolveFunction = ((JSObject) c).get("resolve");
            if (!(resolveFunction instanceof JSFunction resolve)) {
                throw Errors.typeError("Promise resolve or reject function is not callable");
            }
            List<Object> values = new ArrayList<>();
            int[] remaining = {1};
            for (int i = 0; i < items.size(); i++) {
                final int index = i;
                values.add(Undefined.INSTANCE);
                Object next = resolve.call(c, items.get(i));
                if (kind == Combinator.RACE) {
                    invoke(next, "then", capability.resolve(), capability.reject());
                    continue;
                }
                remaining[0]++;
                boolean[] called = {false};
                JSFunction onFulfilled = realm.newBuiltinFunction("", 1, (t, a, nt) -> {
                    if (called[0]) {
                        return Undefined.INSTANCE;
                    }
                    called[0] = true;
                    Object v = JSBuiltin.arg(a, 0);
                    switch (kind) {
                        case ALL -> values.set(index, v);
                        case ALL_SETTLED -> values.set(index, settledRecord(realm, "fulfilled", "value", v));
                        case ANY -> {
                            ((JSFunction) capability.resolve()).call(Undefined.INSTANCE, v);
                            return Undefined.INSTANCE;
                        }
                        default -> { }
                    }
                    finishOne(realm, remaining, values, capability, kind);
                    return Undefined.INSTANCE;
                });
                JSFunction onRejected = kind == Combinator.ALL ? null : realm.newBuiltinFunction("", 1, (t, a, nt) -> {
                    if (called[0]) {
                        return Undefined.INSTANCE;
                    }
                    called[0] = true;
                    Object r = JSBuiltin.arg(a, 0);
                    values.set(index, kind == Combinator.ALL_SETTLED ? settledRecord(realm, "rejected", "reason", r) : r);
                    finishOne(realm, remaining, values, capability, kind);
                    return Undefined.INSTANCE;
                });
                if (kind == Combinator.ANY) {
                    invoke(next, "then", capability.resolve(), onRejected);
                } else {
                    invoke(next, "then", onFulfilled, onRejected == null ? capability.reject() : onRejected);
                }
            }
            finishOne(realm, remaining, values, capability, kind);
        } catch (JSException e) {
            ((JSFunction) capability.reject()).call(Undefined.INSTANCE, e.value());
        }
        return capability.promise();
    }

    private static void finishOne(JSRealm realm, int[] remaining, List<Object> values, PromiseCapability capability,
                                  Combinator kind) {
        if (--remaining[0] != 0 || kind == Combinator.RACE) {
            return;
        }
        JSArray array = new JSArray(realm.arrayPrototype(), values);
        if (kind == Combinator.ANY) {
            JSErrorObject error = Errors.createError(realm.aggregateErrorPrototype(), "All promises were rejected", null);
            error.defineHidden("errors", array);
            ((JSFunction) capability.reject()).call(Undefined.INSTANCE, error);
        } else {
            ((JSFunction) capability.resolve()).call(Undefined.INSTANCE, array);
        }
    }

    private static JSObject settledRecord(JSRealm realm, String status, String key, Object value) {
        JSObject o = realm.newObject();
        o.set("status", status);
        o.set(key, value);
        return o;
    }
}
