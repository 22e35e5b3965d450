package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * The Array.prototype methods that call a function per element (§23.1.3): forEach, map, filter, some,
 * every, the find family, reduce and reduceRight. The length is read once, before the callback is checked;
 * elements appended by the callback are not visited, and holes are skipped (except by the find family).
 */
final class ArrayIterationBuiltins {
    private ArrayIterationBuiltins() {
    }

    /** What some/every/forEach do with each callback result. */
    private enum Kind { FOR_EACH, SOME, EVERY }

    static void install(JSRealm realm, Intrinsics in, JSObject p) {
        Intrinsics.method(realm, p, "forEach", 1, (t, args, nt) -> test(t, args, "forEach", Kind.FOR_EACH));
        Intrinsics.method(realm, p, "some", 1, (t, args, nt) -> test(t, args, "some", Kind.SOME));
        Intrinsics.method(realm, p, "every", 1, (t, args, nt) -> test(t, args, "every", Kind.EVERY));
        Intrinsics.method(realm, p, "map", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "map");
            long len = ArrayOps.lengthOf(o);
            JSFunction f = ArrayOps.callback(args);
            ArrayResult a = ArrayResult.speciesCreate(in, o, len);
            for (long k = 0; k < len; k++) {
                if (ArrayOps.has(o, k)) {
                    Object mapped = f.call(JSBuiltin.arg(args, 1), ArrayOps.get(o, k), JSRuntime.number(k), o);
                    a.define(k, mapped);
                }
            }
            return a.finish(len, false);
        });
        Intrinsics.method(realm, p, "filter", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "filter");
            long len = ArrayOps.lengthOf(o);
            JSFunction f = ArrayOps.callback(args);
            ArrayResult a = ArrayResult.speciesCreate(in, o, 0);
            long to = 0;
            for (long k = 0; k < len; k++) {
                if (ArrayOps.has(o, k)) {
                    Object v = ArrayOps.get(o, k);
                    if (JSRuntime.toBoolean(f.call(JSBuiltin.arg(args, 1), v, JSRuntime.number(k), o))) {
                        a.define(to++, v);
                    }
                }
            }
            return a.finish(to, false);
        });
        find(realm, p, "find", false, false);
        find(realm, p, "findIndex", true, false);
        find(realm, p, "findLast", false, true);
        find(realm, p, "findLastIndex", true, true);
        Intrinsics.method(realm, p, "reduce", 1, (t, args, nt) -> reduce(t, args, false));
        Intrinsics.method(realm, p, "reduceRight", 1, (t, args, nt) -> reduce(t, args, true));
    }

    private static Object test(Object t, Object[] args, String name, Kind kind) {
        JSObject o = ArrayOps.thisObject(t, name);
        long len = ArrayOps.lengthOf(o);
        JSFunction f = ArrayOps.callback(args);
        Object thisArg = JSBuiltin.arg(args, 1);
        for (long k = 0; k < len; k++) {
            if (!ArrayOps.has(o, k)) {
                continue;
            }
            Object result = f.call(thisArg, ArrayOps.get(o, k), JSRuntime.number(k), o);
            if (kind == Kind.SOME && JSRuntime.toBoolean(result)) {
                return true;
            }
            if (kind == Kind.EVERY && !JSRuntime.toBoolean(result)) {
                return false;
            }
        }
        return kind == Kind.FOR_EACH ? Undefined.INSTANCE : kind == Kind.EVERY;
    }

    /** find, findIndex, findLast, findLastIndex: every index is visited, holes read as undefined. */
    private static void find(JSRealm realm, JSObject p, String name, boolean index, boolean fromEnd) {
        Intrinsics.method(realm, p, name, 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, name);
            long len = ArrayOps.lengthOf(o);
            JSFunction predicate = ArrayOps.callback(args);
            for (long i = 0; i < len; i++) {
                long k = fromEnd ? len - 1 - i : i;
                Object v = ArrayOps.get(o, k);
                if (JSRuntime.toBoolean(predicate.call(JSBuiltin.arg(args, 1), v, JSRuntime.number(k), o))) {
                    return index ? JSRuntime.number(k) : v;
                }
            }
            return index ? (Object) (-1) : Undefined.INSTANCE;
        });
    }

    /** reduce / reduceRight: without an initial value the first present element starts the accumulator. */
    private static Object reduce(Object t, Object[] args, boolean right) {
        JSObject o = ArrayOps.thisObject(t, right ? "reduceRight" : "reduce");
        long len = ArrayOps.lengthOf(o);
        JSFunction f = ArrayOps.callback(args);
        long i = 0;
        Object accumulator;
        if (args.length > 1) {
            accumulator = args[1];
        } else {
            while (i < len && !ArrayOps.has(o, right ? len - 1 - i : i)) {
                i++;
            }
            if (i >= len) {
                throw Errors.typeError("Reduce of empty array with no initial value");
            }
            accumulator = ArrayOps.get(o, right ? len - 1 - i : i);
            i++;
        }
        for (; i < len; i++) {
            long k = right ? len - 1 - i : i;
            if (ArrayOps.has(o, k)) {
                accumulator = f.call(Undefined.INSTANCE, accumulator, ArrayOps.get(o, k), JSRuntime.number(k), o);
            }
        }
        return accumulator;
    }
}
