package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * Array.prototype.indexOf, lastIndexOf, includes and at (§23.1.3). indexOf and lastIndexOf compare with
 * IsStrictlyEqual and skip holes; includes uses SameValueZero (so it finds NaN) and reads holes as undefined.
 */
final class ArraySearchBuiltins {
    private ArraySearchBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in, JSObject p) {
        Intrinsics.method(realm, p, "indexOf", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "indexOf");
            long len = ArrayOps.lengthOf(o);
            if (len == 0) {
                return -1;
            }
            long k = startIndex(JSBuiltin.arg(args, 1), len);
            Object search = JSBuiltin.arg(args, 0);
            for (; k < len; k++) {
                if (ArrayOps.has(o, k) && JSRuntime.strictEquals(ArrayOps.get(o, k), search)) {
                    return JSRuntime.number(k);
                }
            }
            return -1;
        });
        Intrinsics.method(realm, p, "lastIndexOf", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "lastIndexOf");
            long len = ArrayOps.lengthOf(o);
            if (len == 0) {
                return -1;
            }
            double n = args.length > 1 ? JSRuntime.toIntegerOrInfinity(args[1]) : len - 1;
            double k = n >= 0 ? Math.min(n, len - 1) : len + n;
            Object search = JSBuiltin.arg(args, 0);
            for (long i = (long) k; k >= 0 && i >= 0; i--) {
                if (ArrayOps.has(o, i) && JSRuntime.strictEquals(ArrayOps.get(o, i), search)) {
                    return JSRuntime.number(i);
                }
            }
            return -1;
        });
        Intrinsics.method(realm, p, "includes", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "includes");
            long len = ArrayOps.lengthOf(o);
            if (len == 0) {
                return false;
            }
            Object search = JSBuiltin.arg(args, 0);
            for (long k = startIndex(JSBuiltin.arg(args, 1), len); k < len; k++) {
                if (JSRuntime.sameValueZero(ArrayOps.get(o, k), search)) {
                    return true;
                }
            }
            return false;
        });
        Intrinsics.method(realm, p, "at", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "at");
            long len = ArrayOps.lengthOf(o);
            double relative = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(args, 0));
            double k = relative >= 0 ? relative : len + relative;
            return k < 0 || k >= len ? Undefined.INSTANCE : ArrayOps.get(o, (long) k);
        });
    }

    /** The fromIndex of indexOf and includes: +∞ searches nothing, negatives count back from the end. */
    private static long startIndex(Object fromIndex, long len) {
        double n = JSRuntime.toIntegerOrInfinity(fromIndex);
        if (n == Double.POSITIVE_INFINITY) {
            return len;
        }
        return n >= 0 ? (long) n : (long) Math.max(len + n, 0);
    }
}
