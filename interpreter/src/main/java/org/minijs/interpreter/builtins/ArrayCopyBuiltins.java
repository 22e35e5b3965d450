package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * The Array.prototype methods that build a new array or string from this one (§23.1.3): concat, slice,
 * flat, flatMap, join, toString, toLocaleString, and the ES2023 copying methods toReversed, toSorted,
 * toSpliced and with.
 */
final class ArrayCopyBuiltins {
    private ArrayCopyBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in, JSObject p) {
        Intrinsics.method(realm, p, "concat", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "concat");
            ArrayResult a = ArrayResult.speciesCreate(in, o, 0);
            long n = 0;
            for (int i = -1; i < args.length; i++) {
                Object e = i < 0 ? o : args[i];
                if (!ArrayOps.isConcatSpreadable(e)) {
                    a.define(n++, e);
                    continue;
                }
                JSObject spread = (JSObject) e;
                JSArray plain = ArrayOps.plainArray(spread);
                if (plain != null) {
                    a.defineAll(n, plain.elements()); // holes stay holes
                    n += plain.length();
                    continue;
                }
                long len = ArrayOps.lengthOf(spread);
                for (long k = 0; k < len; k++, n++) {
                    if (ArrayOps.has(spread, k)) {
                        a.define(n, ArrayOps.get(spread, k));
                    }
                }
            }
            return a.finish(n, true);
        });
        Intrinsics.method(realm, p, "slice", 2, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "slice");
            long len = ArrayOps.lengthOf(o);
            long k = ArrayOps.relativeIndex(JSBuiltin.arg(args, 0), len, 0);
            long end = ArrayOps.relativeIndex(JSBuiltin.arg(args, 1), len, len);
            long count = Math.max(end - k, 0);
            ArrayResult a = ArrayResult.speciesCreate(in, o, count);
            JSArray plain = ArrayOps.plainArray(o);
            if (plain != null && end <= plain.length()) {
                a.defineAll(0, count == 0 ? java.util.List.of() : plain.elements().subList((int) k, (int) end));
                return a.finish(count, true);
            }
            long n = 0;
            for (; k < end; k++, n++) {
                if (ArrayOps.has(o, k)) {
                    a.define(n, ArrayOps.get(o, k));
                }
            }
            return a.finish(n, true);
        });
        Intrinsics.method(realm, p, "flat", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "flat");
            long len = ArrayOps.lengthOf(o);
            double depth = JSBuiltin.arg(args, 0) == Undefined.INSTANCE ? 1 : Math.max(0, JSRuntime.toIntegerOrInfinity(args[0]));
            ArrayResult a = ArrayResult.speciesCreate(in, o, 0);
            long n = flattenIntoArray(a, o, len, 0, depth, null, null);
            return a.finish(n, false);
        });
        Intrinsics.method(realm, p, "flatMap", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "flatMap");
            long len = ArrayOps.lengthOf(o);
            JSFunction mapper = ArrayOps.callback(args);
            ArrayResult a = ArrayResult.speciesCreate(in, o, 0);
            long n = flattenIntoArray(a, o, len, 0, 1, mapper, JSBuiltin.arg(args, 1));
            return a.finish(n, false);
        });
        Intrinsics.method(realm, p, "join", 1, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "join");
            Object separator = JSBuiltin.arg(args, 0);
            return join(in, o, separator == Undefined.INSTANCE ? "," : JSRuntime.toString(separator));
        });
        Intrinsics.method(realm, p, "toString", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "toString");
            if (o.get("join") instanceof JSFunction join) {
                return join.call(o);
            }
            return ObjectPrototypeBuiltins.objectToString(o);
        });
        Intrinsics.method(realm, p, "toLocaleString", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "toLocaleString");
            if (!in.joinStack.add(o)) {
                return "";
            }
            try {
                long len = ArrayOps.lengthOf(o);
                StringBuilder sb = new StringBuilder();
                for (long k = 0; k < len; k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    Object element = ArrayOps.get(o, k);
                    if (!JSRuntime.isNullish(element)) {
                        JSObject target = JSRuntime.toObject(element);
                        if (!(target.get("toLocaleString", element) instanceof JSFunction f)) {
                            throw Errors.typeError("toLocaleString is not a function");
                        }
                        sb.append(JSRuntime.toString(f.call(element)));
                    }
                }
                return sb.toString();
            } finally {
                in.joinStack.remove(o);
            }
        });
        Intrinsics.method(realm, p, "toReversed", 0, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "toReversed");
            long len = ArrayOps.lengthOf(o);
            JSArray a = ArrayOps.arrayCreate(in, 0);
            for (long k = 0; k < len; k++) {
                a.push(ArrayOps.get(o, len - 1 - k));
            }
            return a;
        });
        Intrinsics.method(realm, p, "toSorted", 1, (t, args, nt) -> {
            JSFunction comparefn = ArraySort.comparator(JSBuiltin.arg(args, 0));
            JSObject o = ArrayOps.thisObject(t, "toSorted");
            long len = ArrayOps.lengthOf(o);
            ArrayOps.checkedLength(len);
            return ArrayOps.newArray(in, ArraySort.sortIndexedProperties(o, len, comparefn, false));
        });
        Intrinsics.method(realm, p, "toSpliced", 2, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "toSpliced");
            long len = ArrayOps.lengthOf(o);
            long start = ArrayOps.relativeIndex(JSBuiltin.arg(args, 0), len, 0);
            int insertCount = Math.max(args.length - 2, 0);
            long skipCount;
            if (args.length == 0) {
                skipCount = 0;
            } else if (args.length == 1) {
                skipCount = len - start;
            } else {
                skipCount = (long) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(args[1]), 0), len - start);
            }
            long newLen = len + insertCount - skipCount;
            if (newLen > 9007199254740991L) {
                throw Errors.typeError("Invalid array length");
            }
            ArrayOps.checkedLength(newLen);
            JSArray a = ArrayOps.arrayCreate(in, 0);
            for (long k = 0; k < start; k++) {
                a.push(ArrayOps.get(o, k));
            }
            for (int i = 0; i < insertCount; i++) {
                a.push(args[i + 2]);
            }
            for (long k = start + skipCount; k < len; k++) {
                a.push(ArrayOps.get(o, k));
            }
            return a;
        });
        Intrinsics.method(realm, p, "with", 2, (t, args, nt) -> {
            JSObject o = ArrayOps.thisObject(t, "with");
            long len = ArrayOps.lengthOf(o);
            double relative = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(args, 0));
            double actual = relative >= 0 ? relative : len + relative;
            if (actual >= len || actual < 0) {
                throw Errors.rangeError("Invalid index : " + JSRuntime.toDisplayString(JSRuntime.number(relative)), null);
            }
            ArrayOps.checkedLength(len);
            JSArray a = ArrayOps.arrayCreate(in, 0);
            for (long k = 0; k < len; k++) {
                a.push(k == (long) actual ? JSBuiltin.arg(args, 1) : ArrayOps.get(o, k));
            }
            return a;
        });
    }

    /**
     * Array.prototype.join: elements through ToString, undefined and null as empty. An array met again while
     * it is being joined (a cycle) contributes "", as in V8, instead of recursing without end.
     */
    static String join(Intrinsics in, JSObject o, String separator) {
        if (!in.joinStack.add(o)) {
            return "";
        }
        try {
            long len = ArrayOps.lengthOf(o);
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    sb.append(separator);
                }
                Object element = ArrayOps.get(o, k);
                if (!JSRuntime.isNullish(element)) {
                    sb.append(JSRuntime.toString(element));
                }
            }
            return sb.toString();
        } finally {
            in.joinStack.remove(o);
        }
    }

    /** FlattenIntoArray; returns the next target index. */
    private static long flattenIntoArray(ArrayResult target, JSObject source, long sourceLen, long start, double depth,
                                         JSFunction mapper, Object thisArg) {
        long targetIndex = start;
        for (long k = 0; k < sourceLen; k++) {
            if (!ArrayOps.has(source, k)) {
                continue;
            }
            Object element = ArrayOps.get(source, k);
            if (mapper != null) {
                element = mapper.call(thisArg, element, JSRuntime.number(k), source);
            }
            if (depth > 0 && element instanceof JSArray inner) {
                targetIndex = flattenIntoArray(target, inner, ArrayOps.lengthOf(inner), targetIndex, depth - 1, null, null);
            } else {
                target.define(targetIndex++, element);
            }
        }
        return targetIndex;
    }
}
