package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.List;

/**
 * The Array.prototype methods that change the array in place (§23.1.3): push, pop, shift, unshift, splice,
 * reverse, fill, copyWithin and sort. Each is the spec's generic algorithm; a JSArray that is neither sealed
 * nor frozen takes a direct path on its storage where that cannot be told apart.
 */
final class ArrayMutationBuiltins {
    private static final double MAX_SAFE_INTEGER = 9007199254740991.0;

    private ArrayMutationBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in, JSObject p) {
        Intrinsics.method(realm, p, "push", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "push");
            if (ArrayOps.plainArray(o) instanceof JSArray a) {
                for (Object v : args) {
                    a.push(v);
                }
                return a.length();
            }
            long len = ArrayOps.lengthOf(o);
            if (len + args.length > MAX_SAFE_INTEGER) {
                throw Errors.typeError("Pushing " + args.length + " elements on an array-like of length " + len
                        + " is disallowed, as the total surpasses 2**53-1");
            }
            for (Object v : args) {
                if (o instanceof JSArray a && !a.isExtensible() && len >= a.length()) {
                    throw Errors.typeError("Cannot add property " + len + ", object is not extensible");
                }
                ArrayOps.set(o, len++, v);
            }
            ArrayOps.setLength(o, len);
            return JSRuntime.number(len);
        });
        Intrinsics.method(realm, p, "pop", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "pop");
            long len = ArrayOps.lengthOf(o);
            if (len == 0) {
                ArrayOps.setLength(o, 0);
                return Undefined.INSTANCE;
            }
            Object element = ArrayOps.get(o, len - 1);
            if (ArrayOps.plainArray(o) instanceof JSArray a) {
                a.setLength((int) len - 1);
            } else {
                ArrayOps.delete(o, len - 1);
                ArrayOps.setLength(o, len - 1);
            }
            return element;
        });
        Intrinsics.method(realm, p, "shift", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "shift");
            long len = ArrayOps.lengthOf(o);
            if (len == 0) {
                ArrayOps.setLength(o, 0);
                return Undefined.INSTANCE;
            }
            Object first = ArrayOps.get(o, 0);
            if (ArrayOps.plainArray(o) instanceof JSArray a) {
                a.elements().remove(0);
                return first;
            }
            moveWithin(o, 1, 0, len - 1);
            ArrayOps.delete(o, len - 1);
            ArrayOps.setLength(o, len - 1);
            return first;
        });
        Intrinsics.method(realm, p, "unshift", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "unshift");
            long len = ArrayOps.lengthOf(o);
            int argCount = args.length;
            if (argCount > 0) {
                if (len + argCount > MAX_SAFE_INTEGER) {
                    throw Errors.typeError("Invalid array length");
                }
                if (ArrayOps.plainArray(o) instanceof JSArray a) {
                    a.elements().addAll(0, List.of(args));
                    return a.length();
                }
                moveWithin(o, 0, argCount, len);
                for (int j = 0; j < argCount; j++) {
                    ArrayOps.set(o, j, args[j]);
                }
            }
            ArrayOps.setLength(o, len + argCount);
            return JSRuntime.number(len + argCount);
        });
        Intrinsics.method(realm, p, "splice", 2, (t, args, nt) -> splice(in, t, args));
        Intrinsics.method(realm, p, "reverse", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "reverse");
            if (ArrayOps.plainArray(o) instanceof JSArray a) {
                java.util.Collections.reverse(a.elements()); // holes trade places like elements
                return a;
            }
            long len = ArrayOps.lengthOf(o);
            for (long lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
                boolean lowerExists = ArrayOps.has(o, lower);
                Object lowerValue = lowerExists ? ArrayOps.get(o, lower) : null;
                boolean upperExists = ArrayOps.has(o, upper);
                Object upperValue = upperExists ? ArrayOps.get(o, upper) : null;
                if (upperExists) {
                    ArrayOps.set(o, lower, upperValue);
                } else if (lowerExists) {
                    ArrayOps.delete(o, lower);
                }
                if (lowerExists) {
                    ArrayOps.set(o, upper, lowerValue);
                } else if (upperExists) {
                    ArrayOps.delete(o, upper);
                }
            }
            return o;
        });
        Intrinsics.method(realm, p, "fill", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "fill");
            long len = ArrayOps.lengthOf(o);
            long k = ArrayOps.relativeIndex(JSBuiltin.arg(args, 1), len, 0);
            long end = ArrayOps.relativeIndex(JSBuiltin.arg(args, 2), len, len);
            if (ArrayOps.plainArray(o) instanceof JSArray a && end <= a.length()) {
                java.util.Collections.fill(a.elements().subList((int) Math.min(k, end), (int) end), JSBuiltin.arg(args, 0));
                return a;
            }
            for (; k < end; k++) {
                ArrayOps.set(o, k, JSBuiltin.arg(args, 0));
            }
            return o;
        });
        Intrinsics.method(realm, p, "copyWithin", 2, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "copyWithin");
            long len = ArrayOps.lengthOf(o);
            long to = ArrayOps.relativeIndex(JSBuiltin.arg(args, 0), len, 0);
            long from = ArrayOps.relativeIndex(JSBuiltin.arg(args, 1), len, 0);
            long end = ArrayOps.relativeIndex(JSBuiltin.arg(args, 2), len, len);
            long count = Math.min(end - from, len - to);
            if (count > 0 && ArrayOps.plainArray(o) instanceof JSArray a && len == a.length()) {
                List<Object> run = new java.util.ArrayList<>(a.elements().subList((int) from, (int) (from + count)));
                for (int i = 0; i < count; i++) {
                    a.elements().set((int) to + i, run.get(i)); // a hole copied is a delete
                }
                return a;
            }
            moveWithin(o, from, to, count);
            return o;
        });
        Intrinsics.method(realm, p, "sort", 1, (t, args, nt) -> {
            JSFunction comparefn = ArraySort.comparator(JSBuiltin.arg(args, 0));
            JSObject o = ArrayOps.thisObject(t, "sort");
            long len = ArrayOps.lengthOf(o);
            List<Object> sorted = ArraySort.sortIndexedProperties(o, len, comparefn, true);
            if (ArrayOps.plainArray(o) instanceof JSArray a && a.length() == len) {
                for (int k = 0; k < len; k++) {
                    a.elements().set(k, k < sorted.size() ? sorted.get(k) : null); // the holes go to the end
                }
                return a;
            }
            int j = 0;
            for (; j < sorted.size(); j++) {
                ArrayOps.set(o, j, sorted.get(j));
            }
            for (long k = j; k < len; k++) {
                if (ArrayOps.has(o, k)) {
                    ArrayOps.delete(o, k); // the holes go to the end
                }
            }
            return o;
        });
    }

    /** Array.prototype.splice (§23.1.3.31). */
    private static Object splice(Intrinsics in, Object t, Object[] args) {
        JSObject o = ArrayOps.thisObject(t, "splice");
        long len = ArrayOps.lengthOf(o);
        long start = ArrayOps.relativeIndex(JSBuiltin.arg(args, 0), len, 0);
        long deleteCount;
        if (args.length == 0) {
            deleteCount = 0;
        } else if (args.length == 1) {
            deleteCount = len - start;
        } else {
            deleteCount = (long) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(args[1]), 0), len - start);
        }
        int itemCount = Math.max(args.length - 2, 0);
        if (len + itemCount - deleteCount > MAX_SAFE_INTEGER) {
            throw Errors.typeError("Invalid array length");
        }
        ArrayResult removed = ArrayResult.speciesCreate(in, o, deleteCount);
        if (ArrayOps.plainArray(o) instanceof JSArray a && a.length() == len) {
            List<Object> range = a.elements().subList((int) start, (int) (start + deleteCount));
            removed.defineAll(0, new java.util.ArrayList<>(range));
            range.clear();
            a.elements().addAll((int) start, List.of(args).subList(args.length - itemCount, args.length));
            return removed.finish(deleteCount, true);
        }
        for (long k = 0; k < deleteCount; k++) {
            if (ArrayOps.has(o, start + k)) {
                removed.define(k, ArrayOps.get(o, start + k));
            }
        }
        JSObject result = removed.finish(deleteCount, true);
        if (itemCount < deleteCount) {
            moveWithin(o, start + deleteCount, start + itemCount, len - start - deleteCount);
            for (long k = len; k > len - deleteCount + itemCount; k--) {
                ArrayOps.delete(o, k - 1);
            }
        } else if (itemCount > deleteCount) {
            moveWithin(o, start + deleteCount, start + itemCount, len - start - deleteCount);
        }
        for (int i = 0; i < itemCount; i++) {
            ArrayOps.set(o, start + i, args[i + 2]);
        }
        ArrayOps.setLength(o, len - deleteCount + itemCount);
        return result;
    }

    /**
     * Moves {@code count} elements from index {@code from} to index {@code to}, holes included (an absent
     * source deletes the target), in the direction that never reads an already overwritten index.
     */
    static void moveWithin(JSObject o, long from, long to, long count) {
        if (count <= 0 || from == to) {
            return;
        }
        if (from > to) {
            for (long k = 0; k < count; k++) {
                moveOne(o, from + k, to + k);
            }
        } else {
            for (long k = count - 1; k >= 0; k--) {
                moveOne(o, from + k, to + k);
            }
        }
    }

    private static void moveOne(JSObject o, long from, long to) {
        if (ArrayOps.has(o, from)) {
            ArrayOps.set(o, to, ArrayOps.get(o, from));
        } else {
            ArrayOps.delete(o, to);
        }
    }
}
