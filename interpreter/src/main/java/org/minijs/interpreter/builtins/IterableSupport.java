package org.minijs.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** IterableToList: GetIterator(obj, sync) then IteratorStep until done. Arrays and strings take a short cut. */
public final class IterableSupport {
    private IterableSupport() {
    }

    @TruffleBoundary
    public static List<Object> toList(JSRealm realm, Object iterable) {
        if (iterable instanceof JSArray array && array.getOwnProperty(Symbol.ITERATOR) == null
                && array.getPrototypeOf() == realm.arrayPrototype()) {
            List<Object> values = new ArrayList<>(array.length());
            for (Object v : array.elements()) {
                values.add(v == null ? Undefined.INSTANCE : v);
            }
            return values;
        }
        if (iterable instanceof String s) {
            List<Object> values = new ArrayList<>();
            s.codePoints().forEach(cp -> values.add(new String(Character.toChars(cp))));
            return values;
        }
        Object method = iterable instanceof JSObject o ? o.get(Symbol.ITERATOR) : Undefined.INSTANCE;
        if (!(method instanceof JSFunction f)) {
            throw Errors.typeError(describe(iterable) + " is not iterable");
        }
        Object iterator = f.call(iterable);
        if (!(iterator instanceof JSObject it)) {
            throw Errors.typeError("Result of the Symbol.iterator method is not an object");
        }
        Object next = it.get("next");
        if (!(next instanceof JSFunction nextFn)) {
            throw Errors.typeError("iterator.next is not a function");
        }
        List<Object> values = new ArrayList<>();
        while (true) {
            Object result = nextFn.call(it);
            if (!(result instanceof JSObject r)) {
                throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object");
            }
            if (JSRuntime.toBoolean(r.get("done"))) {
                return values;
            }
            values.add(r.get("value"));
        }
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof JSFunction) {
            return "function";
        }
        if (v instanceof JSObject) {
            return "object";
        }
        return JSRuntime.toString(v);
    }
}
