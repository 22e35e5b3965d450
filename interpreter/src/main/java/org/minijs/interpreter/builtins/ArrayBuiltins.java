package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Array and Array.prototype (§23.1) over the dense JSArray storage; holes read as undefined. */
final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction array = Intrinsics.constructor(realm, in.globalObject, "Array", 1, in.arrayPrototype, (t, args, nt) -> {
            if (args.length == 1 && JSRuntime.isNumber(args[0])) {
                double n = JSRuntime.toNumber(args[0]);
                if (n < 0 || n != Math.floor(n) || n > Integer.MAX_VALUE) {
                    throw Errors.rangeError("Invalid array length", null);
                }
                JSArray a = new JSArray(realm.arrayPrototype(), List.of());
                a.setLength((int) n);
                return a;
            }
            return new JSArray(realm.arrayPrototype(), List.of(args));
        });
        Intrinsics.method(realm, array, "isArray", 1, (t, args, nt) -> JSBuiltin.arg(args, 0) instanceof JSArray);
        Intrinsics.method(realm, array, "of", 0, (t, args, nt) -> new JSArray(realm.arrayPrototype(), List.of(args)));
        Intrinsics.method(realm, array, "from", 1, (t, args, nt) -> {
            Object source = JSBuiltin.arg(args, 0);
            List<Object> values;
            if (source instanceof JSObject o && !(o.get(Symbol.ITERATOR) instanceof JSFunction)) {
                int length = (int) JSRuntime.toIntegerOrInfinity(o.get("length"));
                values = new ArrayList<>();
                for (int i = 0; i < length; i++) {
                    values.add(o.get(Integer.toString(i)));
                }
            } else {
                values = IterableSupport.toList(realm, source);
            }
            Object mapper = JSBuiltin.arg(args, 1);
            if (mapper instanceof JSFunction f) {
                for (int i = 0; i < values.size(); i++) {
                    values.set(i, f.call(Undefined.INSTANCE, values.get(i), i));
                }
            }
            return new JSArray(realm.arrayPrototype(), values);
        });

        JSObject p = in.arrayPrototype;
        Intrinsics.method(realm, p, "push", 1, (t, args, nt) -> {
            JSArray a = self(t, "push");
            for (Object v : args) {
                a.push(v);
            }
            return a.length();
        });
        Intrinsics.method(realm, p, "pop", 0, (t, args, nt) -> {
            JSArray a = self(t, "pop");
            if (a.length() == 0) {
                return Undefined.INSTANCE;
            }
            Object v = get(a, a.length() - 1);
            a.setLength(a.length() - 1);
            return v;
        });
        Intrinsics.method(realm, p, "shift", 0, (t, args, nt) -> {
            JSArray a = self(t, "shift");
            if (a.length() == 0) {
                return Undefined.INSTANCE;
            }
            Object v = get(a, 0);
            a.elements().remove(0);
            return v;
        });
        Intrinsics.method(realm, p, "unshift", 1, (t, args, nt) -> {
            JSArray a = self(t, "unshift");
            a.elements().addAll(0, List.of(args));
            return a.length();
        });
        Intrinsics.method(realm, p, "slice", 2, (t, args, nt) -> {
            JSArray a = self(t, "slice");
            int len = a.length();
            int start = relative(JSBuiltin.arg(args, 0), len, 0);
            int end = relative(JSBuiltin.arg(args, 1), len, len);
            return make(realm, new ArrayList<>(a.elements().subList(start, Math.max(start, end))));
        });
        Intrinsics.method(realm, p, "splice", 2, (t, args, nt) -> {
            JSArray a = self(t, "splice");
            int len = a.length();
            int start = relative(JSBuiltin.arg(args, 0), len, 0);
            int count = args.length == 0 ? 0 : args.length == 1 ? len - start
                    : (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(args[1]), 0), len - start);
            List<Object> range = a.elements().subList(start, start + count);
            JSArray removed = make(realm, new ArrayList<>(range));
            range.clear();
            if (args.length > 2) {
                a.elements().addAll(start, List.of(args).subList(2, args.length));
            }
            return removed;
        });
        Intrinsics.method(realm, p, "concat", 1, (t, args, nt) -> {
            List<Object> out = new ArrayList<>(self(t, "concat").elements());
            for (Object v : args) {
                if (v instanceof JSArray other) {
                    out.addAll(other.elements());
                } else {
                    out.add(v);
                }
            }
            return make(realm, out);
        });
        Intrinsics.method(realm, p, "join", 1, (t, args, nt) -> join(self(t, "join"),
                JSBuiltin.arg(args, 0) == Undefined.INSTANCE ? "," : JSRuntime.toString(args[0])));
        Intrinsics.method(realm, p, "toString", 0, (t, args, nt) -> t instanceof JSArray a ? join(a, ",")
                : ObjectBuiltins.objectToString(t));
        Intrinsics.method(realm, p, "reverse", 0, (t, args, nt) -> {
            java.util.Collections.reverse(self(t, "reverse").elements());
            return t;
        });
        Intrinsics.method(realm, p, "indexOf", 1, (t, args, nt) -> {
            JSArray a = self(t, "indexOf");
            for (int i = relative(JSBuiltin.arg(args, 1), a.length(), 0); i < a.length(); i++) {
                Object v = a.getElement(i);
                if (v != null && JSRuntime.strictEquals(v, JSBuiltin.arg(args, 0))) {
                    return i;
                }
            }
            return -1;
        });
        Intrinsics.method(realm, p, "lastIndexOf", 1, (t, args, nt) -> {
            JSArray a = self(t, "lastIndexOf");
            for (int i = a.length() - 1; i >= 0; i--) {
                Object v = a.getElement(i);
                if (v != null && JSRuntime.strictEquals(v, JSBuiltin.arg(args, 0))) {
                    return i;
                }
            }
            return -1;
        });
        Intrinsics.method(realm, p, "includes", 1, (t, args, nt) -> {
            JSArray a = self(t, "includes");
            for (int i = relative(JSBuiltin.arg(args, 1), a.length(), 0); i < a.length(); i++) {
                if (JSRuntime.sameValueZero(get(a, i), JSBuiltin.arg(args, 0))) {
                    return true;
                }
            }
            return false;
        });
        Intrinsics.method(realm, p, "at", 1, (t, args, nt) -> {
            JSArray a = self(t, "at");
            double k = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(args, 0));
            int index = (int) (k >= 0 ? k : a.length() + k);
            return index < 0 || index >= a.length() ? Undefined.INSTANCE : get(a, index);
        });
        Intrinsics.method(realm, p, "fill", 1, (t, args, nt) -> {
            JSArray a = self(t, "fill");
            int start = relative(JSBuiltin.arg(args, 1), a.length(), 0);
            int end = relative(JSBuiltin.arg(args, 2), a.length(), a.length());
            for (int i = start; i < end; i++) {
                a.setElement(i, JSBuiltin.arg(args, 0));
            }
            return a;
        });
        Intrinsics.method(realm, p, "forEach", 1, (t, args, nt) -> {
            JSArray a = self(t, "forEach");
            JSFunction f = callback(args, "forEach");
            for (int i = 0; i < a.length(); i++) {
                if (a.getElement(i) != null) {
                    f.call(JSBuiltin.arg(args, 1), a.getElement(i), i, a);
                }
            }
            return Undefined.INSTANCE;
        });
        Intrinsics.method(realm, p, "map", 1, (t, args, nt) -> {
            JSArray a = self(t, "map");
            JSFunction f = callback(args, "map");
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.length(); i++) {
                Object v = a.getElement(i);
                out.add(v == null ? null : f.call(JSBuiltin.arg(args, 1), v, i, a));
            }
            return make(realm, out);
        });
        Intrinsics.method(realm, p, "filter", 1, (t, args, nt) -> {
            JSArray a = self(t, "filter");
            JSFunction f = callback(args, "filter");
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.length(); i++) {
                Object v = a.getElement(i);
                if (v != null && JSRuntime.toBoolean(f.call(JSBuiltin.arg(args, 1), v, i, a))) {
                    out.add(v);
                }
            }
            return make(realm, out);
        });
        search(realm, p, "find", false, false);
        search(realm, p, "findIndex", true, false);
        search(realm, p, "findLast", false, true);
        search(realm, p, "findLastIndex", true, true);
        Intrinsics.method(realm, p, "some", 1, (t, args, nt) -> {
            JSArray a = self(t, "some");
            JSFunction f = callback(args, "some");
            for (int i = 0; i < a.length(); i++) {
                if (a.getElement(i) != null && JSRuntime.toBoolean(f.call(JSBuiltin.arg(args, 1), a.getElement(i), i, a))) {
                    return true;
                }
            }
            return false;
        });
        Intrinsics.method(realm, p, "every", 1, (t, args, nt) -> {
            JSArray a = self(t, "every");
            JSFunction f = callback(args, "every");
            for (int i = 0; i < a.length(); i++) {
                if (a.getElement(i) != null && !JSRuntime.toBoolean(f.call(JSBuiltin.arg(args, 1), a.getElement(i), i, a))) {
                    return false;
                }
            }
            return true;
        });
        Intrinsics.method(realm, p, "reduce", 1, (t, args, nt) -> reduce(self(t, "reduce"), args, false));
        Intrinsics.method(realm, p, "reduceRight", 1, (t, args, nt) -> reduce(self(t, "reduceRight"), args, true));
        Intrinsics.method(realm, p, "flat", 0, (t, args, nt) -> {
            double depth = JSBuiltin.arg(args, 0) == Undefined.INSTANCE ? 1 : JSRuntime.toIntegerOrInfinity(args[0]);
            List<Object> out = new ArrayList<>();
            flatten(self(t, "flat"), depth, out);
            return make(realm, out);
        });
        Intrinsics.method(realm, p, "flatMap", 1, (t, args, nt) -> {
            JSArray a = self(t, "flatMap");
            JSFunction f = callback(args, "flatMap");
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.length(); i++) {
                Object v = a.getElement(i);
                if (v == null) {
                    continue;
                }
                Object r = f.call(JSBuiltin.arg(args, 1), v, i, a);
                if (r instanceof JSArray inner) {
                    flatten(inner, 0, out);
                } else {
                    out.add(r);
                }
            }
            return make(realm, out);
        });
        Intrinsics.method(realm, p, "sort", 1, (t, args, nt) -> {
            JSArray a = self(t, "sort");
            Object comparator = JSBuiltin.arg(args, 0);
            List<Object> values = new ArrayList<>();
            int holes = 0;
            int undefineds = 0;
            for (Object v : a.elements()) {
                if (v == null) {
                    holes++;
                } else if (v == Undefined.INSTANCE) {
                    undefineds++;
                } else {
                    values.add(v);
                }
            }
            values.sort((x, y) -> {
                if (comparator instanceof JSFunction f) {
                    double r = JSRuntime.toNumber(f.call(Undefined.INSTANCE, x, y));
                    return r < 0 ? -1 : r > 0 ? 1 : 0;
                }
                return JSRuntime.toString(x).compareTo(JSRuntime.toString(y));
            }); // List.sort is a stable merge sort, as the spec now requires
            for (int i = 0; i < undefineds; i++) {
                values.add(Undefined.INSTANCE);
            }
            for (int i = 0; i < holes; i++) {
                values.add(null);
            }
            a.elements().clear();
            a.elements().addAll(values);
            return a;
        });
        Intrinsics.method(realm, p, "keys", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ObjectBuiltins.toObject(t), IteratorBuiltins.ArrayIterator.Kind.KEYS));
        JSFunction values = Intrinsics.method(realm, p, "values", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ObjectBuiltins.toObject(t), IteratorBuiltins.ArrayIterator.Kind.VALUES));
        Intrinsics.method(realm, p, "entries", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ObjectBuiltins.toObject(t), IteratorBuiltins.ArrayIterator.Kind.ENTRIES));
        p.defineHidden(Symbol.ITERATOR, values);
        in.arrayValues = values;
    }

    private static void search(JSRealm realm, JSObject p, String name, boolean index, boolean fromEnd) {
        Intrinsics.method(realm, p, name, 1, (t, args, nt) -> {
            JSArray a = self(t, name);
            JSFunction f = callback(args, name);
            int n = a.length();
            for (int k = 0; k < n; k++) {
                int i = fromEnd ? n - 1 - k : k;
                Object v = get(a, i);
                if (JSRuntime.toBoolean(f.call(JSBuiltin.arg(args, 1), v, i, a))) {
                    return index ? (Object) i : v;
                }
            }
            return index ? (Object) (-1) : Undefined.INSTANCE;
        });
    }

    private static Object reduce(JSArray a, Object[] args, boolean right) {
        JSFunction f = callback(args, right ? "reduceRight" : "reduce");
        int n = a.length();
        int k = 0;
        Object acc;
        if (args.length > 1) {
            acc = args[1];
        } else {
            while (k < n && a.getElement(right ? n - 1 - k : k) == null) {
                k++;
            }
            if (k >= n) {
                throw Errors.typeError("Reduce of empty array with no initial value");
            }
            acc = a.getElement(right ? n - 1 - k : k);
            k++;
        }
        for (; k < n; k++) {
            int i = right ? n - 1 - k : k;
            Object v = a.getElement(i);
            if (v != null) {
                acc = f.call(Undefined.INSTANCE, acc, v, i, a);
            }
        }
        return acc;
    }

    private static void flatten(JSArray a, double depth, List<Object> out) {
        for (Object v : a.elements()) {
            if (v == null) {
                continue;
            }
            if (depth > 0 && v instanceof JSArray inner) {
                flatten(inner, depth - 1, out);
            } else {
                out.add(v);
            }
        }
    }

    static String join(JSArray a, String separator) {
        StringBuilder sb = new StringBuilder();
        Iterator<Object> it = a.elements().iterator();
        boolean first = true;
        while (it.hasNext()) {
            Object v = it.next();
            if (!first) {
                sb.append(separator);
            }
            first = false;
            if (v != null && v != Undefined.INSTANCE && v != Null.INSTANCE) {
                sb.append(JSRuntime.toString(v));
            }
        }
        return sb.toString();
    }

    private static Object get(JSArray a, int i) {
        Object v = a.getElement(i);
        return v == null ? Undefined.INSTANCE : v;
    }

    private static JSArray make(JSRealm realm, List<Object> values) {
        return new JSArray(realm.arrayPrototype(), values);
    }

    private static int relative(Object arg, int length, int defaultValue) {
        if (arg == Undefined.INSTANCE) {
            return defaultValue;
        }
        double k = JSRuntime.toIntegerOrInfinity(arg);
        if (k < 0) {
            return (int) Math.max(0, length + k);
        }
        return (int) Math.min(k, length);
    }

    /**
     * The array a method works on. Generic use on array-likes ({@code Array.prototype.slice.call(arguments)})
     * works on a snapshot copy: reads are right, writes do not reach the array-like.
     */
    private static JSArray self(Object t, String method) {
        if (t instanceof JSArray a) {
            return a;
        }
        if (t instanceof JSObject o) {
            int length = (int) Math.min(JSRuntime.toIntegerOrInfinity(o.get("length")), Integer.MAX_VALUE);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                values.add(o.hasProperty(Integer.toString(i)) ? o.get(Integer.toString(i)) : null);
            }
            return new JSArray(JSRealm.get(null).arrayPrototype(), values);
        }
        throw Errors.typeError("Array.prototype." + method + " called on null or undefined");
    }

    private static JSFunction callback(Object[] args, String method) {
        if (JSBuiltin.arg(args, 0) instanceof JSFunction f) {
            return f;
        }
        throw Errors.typeError(JSRuntime.typeof(JSBuiltin.arg(args, 0)).equals("undefined") ? "undefined is not a function"
                : JSRuntime.toString(JSBuiltin.arg(args, 0)) + " is not a function");
    }
}
