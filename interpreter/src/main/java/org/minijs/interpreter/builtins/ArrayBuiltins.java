package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * The Array constructor and its statics (§23.1.1, §23.1.2); the prototype methods are grouped by concept in
 * ArrayIterationBuiltins, ArrayMutationBuiltins, ArrayCopyBuiltins and ArraySearchBuiltins.
 */
final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction array = Intrinsics.constructor(realm, in.globalObject, "Array", 1, in.arrayPrototype, (t, args, nt) -> {
            JSArray a;
            if (args.length == 1 && JSRuntime.isNumber(args[0])) {
                double n = JSRuntime.toNumber(args[0]);
                if (JSRuntime.toUint32(args[0]) != n) {
                    throw Errors.rangeError("Invalid array length", null);
                }
                a = ArrayOps.arrayCreate(in, (long) n);
            } else {
                a = ArrayOps.newArray(in, List.of(args));
            }
            if (nt instanceof JSObject && nt != in.arrayConstructor) {
                a.setPrototypeOf(Intrinsics.prototypeFromConstructor(nt, in.arrayPrototype)); // a subclass
            }
            return a;
        });
        in.arrayConstructor = array;
        array.defineOwnProperty(Symbol.SPECIES, PropertyCell.accessor(
                realm.newBuiltinFunction("get [Symbol.species]", 0, (t, a, nt) -> t), null, PropertyCell.CONFIGURABLE));
        Intrinsics.method(realm, array, "isArray", 1, (t, args, nt) -> JSBuiltin.arg(args, 0) instanceof JSArray);
        Intrinsics.method(realm, array, "of", 0, (t, args, nt) -> {
            JSObject a = construct(in, t, args.length);
            for (int k = 0; k < args.length; k++) {
                ArrayOps.createDataProperty(a, k, args[k]);
            }
            ArrayOps.setLength(a, args.length);
            return a;
        });
        Intrinsics.method(realm, array, "from", 1, (t, args, nt) -> from(realm, in, t, args));

        JSObject p = in.arrayPrototype;
        ArrayMutationBuiltins.install(realm, in, p);
        ArrayCopyBuiltins.install(realm, in, p);
        ArraySearchBuiltins.install(realm, in, p);
        ArrayIterationBuiltins.install(realm, in, p);
        Intrinsics.method(realm, p, "keys", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ArrayOps.thisObject(t, "keys"), IteratorBuiltins.ArrayIterator.Kind.KEYS));
        JSFunction values = Intrinsics.method(realm, p, "values", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ArrayOps.thisObject(t, "values"), IteratorBuiltins.ArrayIterator.Kind.VALUES));
        Intrinsics.method(realm, p, "entries", 0, (t, args, nt) -> IteratorBuiltins.create(realm, in,
                ArrayOps.thisObject(t, "entries"), IteratorBuiltins.ArrayIterator.Kind.ENTRIES));
        p.defineHidden(Symbol.ITERATOR, values);
        in.arrayValues = values;
        // Array.prototype[@@unscopables]: the names `with` statements must not see through an array
        JSObject unscopables = new JSObject(null);
        for (String name : new String[]{"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"}) {
            unscopables.defineOwnProperty(name, PropertyCell.data(true, PropertyCell.ALL));
        }
        p.defineOwnProperty(Symbol.UNSCOPABLES, PropertyCell.data(unscopables, PropertyCell.CONFIGURABLE));
    }

    /** Array.from(items, mapfn, thisArg): iterables through their iterator, array-likes by index. */
    private static Object from(JSRealm realm, Intrinsics in, Object c, Object[] args) {
        Object items = JSBuiltin.arg(args, 0);
        Object mapArg = JSBuiltin.arg(args, 1);
        Object thisArg = JSBuiltin.arg(args, 2);
        if (mapArg != Undefined.INSTANCE && !(mapArg instanceof JSFunction)) {
            throw Errors.typeError(JSRuntime.toDisplayString(mapArg) + " is not a function");
        }
        JSFunction mapfn = mapArg instanceof JSFunction f ? f : null;
        if (JSRuntime.isNullish(items)) {
            throw Errors.typeError(JSRuntime.toDisplayString(items) + " is not iterable");
        }
        Object usingIterator = items instanceof JSObject o ? o.get(Symbol.ITERATOR)
                : JSRuntime.prototypeForPrimitive(realm, items).get(Symbol.ITERATOR, items);
        if (!JSRuntime.isNullish(usingIterator)) {
            // one value at a time: each is mapped before the next is read; an abrupt map closes the iterator
            JSObject a = construct(in, c, -1);
            org.minijs.interpreter.iteration.IteratorRecord iterator =
                    org.minijs.interpreter.iteration.IteratorRecord.of(realm, items);
            int k = 0;
            for (Object next = iterator.stepValue(); next != null; next = iterator.stepValue(), k++) {
                try {
                    Object v = mapfn == null ? next : mapfn.call(thisArg, next, k);
                    ArrayOps.createDataProperty(a, k, v);
                } catch (org.minijs.interpreter.errors.JSException e) {
                    try {
                        iterator.close();
                    } catch (org.minijs.interpreter.errors.JSException ignored) {
                        // the original throw completion wins
                    }
                    throw e;
                }
            }
            ArrayOps.setLength(a, k);
            return a;
        }
        JSObject arrayLike = JSRuntime.toObject(items);
        long len = ArrayOps.lengthOf(arrayLike);
        JSObject a = construct(in, c, len);
        for (long k = 0; k < len; k++) {
            Object value = ArrayOps.get(arrayLike, k);
            ArrayOps.createDataProperty(a, k, mapfn == null ? value : mapfn.call(thisArg, value, JSRuntime.number((double) k)));
        }
        ArrayOps.setLength(a, len);
        return a;
    }

    /**
     * The array Array.of / Array.from fill: Construct(C, [len]) when this is a constructor other than %Array%
     * (a subclass), else ArrayCreate. A negative length means "no argument" (Array.from of an iterable).
     */
    private static JSObject construct(Intrinsics in, Object c, long length) {
        if (c instanceof JSFunction f && f.isConstructor() && f != in.arrayConstructor) {
            Object[] args = length < 0 ? new Object[0] : new Object[]{JSRuntime.number(length)};
            return (JSObject) f.construct(args, f);
        }
        return ArrayOps.arrayCreate(in, 0);
    }
}
