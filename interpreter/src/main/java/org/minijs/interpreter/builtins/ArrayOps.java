package org.minijs.interpreter.builtins;

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

import java.util.List;

/**
 * The abstract operations the Array.prototype methods are written in (§7.3, §23.1.3): they take any object
 * (the methods are generic over array-likes), with fast paths for a JSArray's dense storage where the
 * outcome is the same as the spec's property operations.
 */
final class ArrayOps {
    private ArrayOps() {
    }

    /** ToObject(this value), with the method name in the error for undefined and null. */
    static JSObject thisObject(Object t, String method) {
        if (JSRuntime.isNullish(t)) {
            throw Errors.typeError("Array.prototype." + method + " called on null or undefined");
        }
        return JSRuntime.toObject(t);
    }

    /**
     * The array itself when {@code o} is a JSArray whose element storage says everything about its indices:
     * neither sealed nor frozen, and no object on its prototype chain has indexed properties (so a hole reads
     * as undefined and is written without meeting a setter). Null otherwise. Methods that run no user code
     * between this check and their element operations may then work on the storage directly.
     */
    static JSArray plainArray(JSObject o) {
        if (!(o instanceof JSArray a) || !a.isFullyMutable()) {
            return null;
        }
        for (JSObject p = a.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p.mayHaveIndexedProperties()) {
                return null;
            }
        }
        return a;
    }

    /** LengthOfArrayLike. */
    static long lengthOf(JSObject o) {
        if (o instanceof JSArray a) {
            return a.length();
        }
        return (long) JSRuntime.toLength(o.get("length"));
    }

    static String key(long index) {
        return index <= Integer.MAX_VALUE ? Integer.toString((int) index) : Long.toString(index);
    }

    /** Get(O, ! ToString(index)). */
    static Object get(JSObject o, long index) {
        if (o instanceof JSArray a && index < a.length()) {
            Object v = a.getElement((int) index);
            if (v != null) {
                return v;
            }
        }
        return o.get(key(index));
    }

    /** HasProperty(O, ! ToString(index)); a hole in an array consults the prototype chain. */
    static boolean has(JSObject o, long index) {
        if (o instanceof JSArray a && index < a.length() && a.getElement((int) index) != null) {
            return true;
        }
        return o.hasProperty(key(index));
    }

    /** Set(O, ! ToString(index), v, true). */
    static void set(JSObject o, long index, Object v) {
        if (o instanceof JSArray a && index < a.length() && a.getElement((int) index) != null && a.isFullyMutable()) {
            a.elements().set((int) index, v);
            return;
        }
        setProperty(o, key(index), v);
    }

    /** Set(O, key, v, true): a failed [[Set]] is a TypeError. */
    static void setProperty(JSObject o, Object key, Object v) {
        if (!o.set(key, v, o)) {
            throw Errors.typeError("Cannot assign to read only property '" + JSRuntime.toDisplayString(key)
                    + "' of object '" + ObjectPrototypeBuiltins.objectToString(o) + "'");
        }
    }

    /** Set(O, "length", len, true). */
    static void setLength(JSObject o, long length) {
        setProperty(o, "length", JSRuntime.number(length));
    }

    /** DeletePropertyOrThrow(O, ! ToString(index)). */
    static void delete(JSObject o, long index) {
        if (!o.delete(key(index))) {
            throw Errors.typeError("Cannot delete property '" + index + "' of " + ObjectPrototypeBuiltins.objectToString(o));
        }
    }

    /** CreateDataPropertyOrThrow(A, ! ToString(index), v). */
    static void createDataProperty(JSObject a, long index, Object v) {
        if (a instanceof JSArray array && array.isFullyMutable() && index < Integer.MAX_VALUE - 8) {
            // [[DefineOwnProperty]] of a data property with default attributes on a plain dense array
            array.setElement((int) index, v);
            return;
        }
        if (!a.defineOwnProperty(key(index), PropertyCell.data(v, PropertyCell.ALL))) {
            throw Errors.typeError("Cannot add property " + index + ", object is not extensible");
        }
    }

    /** ArrayCreate(0) or of the given values. */
    static JSArray newArray(Intrinsics in, List<Object> values) {
        return new JSArray(in.arrayPrototype, values);
    }

    /**
     * ArraySpeciesCreate(O, length): a plain array unless O is an array whose constructor's @@species names
     * another constructor (an Array subclass).
     */
    static JSObject arraySpeciesCreate(Intrinsics in, JSObject o, long length) {
        JSObject a = speciesCreate(in, o, length);
        return a != null ? a : arrayCreate(in, length);
    }

    /**
     * ArraySpeciesCreate, except that null stands for its default outcome, ArrayCreate(length): callers then
     * collect the result in a Java list and wrap it once, instead of defining its elements one by one.
     */
    static JSObject speciesCreate(Intrinsics in, JSObject o, long length) {
        if (!(o instanceof JSArray)) {
            if (length > 4294967295L) {
                throw Errors.rangeError("Invalid array length", null);
            }
            return null;
        }
        Object c = o.get("constructor");
        if (c instanceof JSObject co) {
            c = co.get(Symbol.SPECIES);
            if (c == Null.INSTANCE) {
                c = Undefined.INSTANCE;
            }
        }
        if (c == Undefined.INSTANCE || c == in.arrayConstructor) {
            if (length > 4294967295L) {
                throw Errors.rangeError("Invalid array length", null);
            }
            return null;
        }
        if (!(c instanceof JSFunction f) || !f.isConstructor()) {
            throw Errors.typeError("object.constructor[Symbol.species] is not a constructor");
        }
        return (JSObject) f.construct(new Object[]{JSRuntime.number(length)}, f);
    }

    /** ArrayCreate(length): a RangeError past 2^32 - 1. */
    static JSArray arrayCreate(Intrinsics in, long length) {
        if (length > 4294967295L) {
            throw Errors.rangeError("Invalid array length", null);
        }
        JSArray a = new JSArray(in.arrayPrototype, List.of());
        if (length > 0) {
            a.setLength(checkedLength(length));
        }
        return a;
    }

    /** Lengths minijs can hold in dense storage; larger ones are a RangeError rather than a memory exhaustion. */
    static int checkedLength(long length) {
        JSArray.checkDenseLength(length);
        return (int) length;
    }

    /** The callback argument of the iteration methods: callable or a TypeError. */
    static JSFunction callback(Object[] args) {
        Object f = JSBuiltin.arg(args, 0);
        if (f instanceof JSFunction fn) {
            return fn;
        }
        throw Errors.typeError(JSRuntime.toDisplayString(f) + " is not a function");
    }

    /**
     * A relative index argument (start, end, fromIndex ...) resolved against {@code length}: negative values
     * count from the end, the result is clamped to [0, length]; {@code dflt} is used for undefined.
     */
    static long relativeIndex(Object arg, long length, long dflt) {
        if (arg == Undefined.INSTANCE) {
            return dflt;
        }
        double k = JSRuntime.toIntegerOrInfinity(arg);
        if (k < 0) {
            return (long) Math.max(0, length + k);
        }
        return (long) Math.min(k, length);
    }

    /** IsConcatSpreadable(O). */
    static boolean isConcatSpreadable(Object o) {
        if (!(o instanceof JSObject obj)) {
            return false;
        }
        Object spreadable = obj.get(Symbol.IS_CONCAT_SPREADABLE);
        if (spreadable != Undefined.INSTANCE) {
            return JSRuntime.toBoolean(spreadable);
        }
        return obj instanceof JSArray;
    }
}
