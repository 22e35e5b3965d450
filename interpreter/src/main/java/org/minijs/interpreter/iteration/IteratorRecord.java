package org.minijs.interpreter.iteration;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.List;

/**
 * The Iterator Record of ECMA-262 §7.4: GetIterator, IteratorStep(Value), IteratorClose. Arrays whose
 * iteration is not observable (the intrinsic @@iterator untouched) are walked by index, which gives the same
 * results without allocating result objects.
 */
public abstract class IteratorRecord {
    protected boolean done;

    /** IteratorStepValue: the next value, or null when the iterator is done. */
    public abstract Object stepValue();

    /** IteratorClose for an abrupt exit (break, return, throw) of the consumer. */
    public void close() {
    }

    public boolean isDone() {
        return done;
    }

    /** GetIterator for built-ins (new Map(x), Promise.all(x) ...), with V8's message for those. */
    @TruffleBoundary
    public static IteratorRecord of(JSRealm realm, Object iterable) {
        return of(realm, iterable, null, true, null);
    }

    /**
     * GetIterator(iterable, sync); {@code sourceText} is how the program wrote the iterable (a name, a member
     * chain, a literal) for V8's "x is not iterable", or null to describe the value instead. {@code site} is
     * the construct's node: the iterator's methods run as called from it, so their callers' frames (and the
     * error) report its position.
     */
    @TruffleBoundary
    public static IteratorRecord of(JSRealm realm, Object iterable, String sourceText, Node site) {
        return of(realm, iterable, sourceText, false, site);
    }

    /**
     * GetIterator for an array pattern: V8 names the initializer of a declaration when it is a name or a literal
     * ({@code sourceText}); for anything else (a member, a nested pattern, an assignment) it describes the value
     * the way its runtime does, "object is not iterable (cannot read property Symbol(Symbol.iterator))".
     */
    @TruffleBoundary
    public static IteratorRecord forPattern(JSRealm realm, Object iterable, String sourceText, Node site) {
        return of(realm, iterable, sourceText, sourceText == null, site);
    }

    private static IteratorRecord of(JSRealm realm, Object iterable, String sourceText, boolean builtin, Node site) {
        if (iterable instanceof JSArray array && realm.isPristineArrayIteration(array)) {
            return new ArrayRecord(array);
        }
        Object method = getMethod(realm, iterable, Symbol.ITERATOR);
        if (!(method instanceof JSFunction f)) {
            String what = sourceText != null ? sourceText : describe(iterable);
            if (builtin && iterable instanceof Symbol) {
                what = "symbol"; // V8: "symbol is not iterable (...)", the description left out
            } else if (builtin && iterable == org.minijs.interpreter.values.Null.INSTANCE) {
                what = "object null"; // V8 describes a value without source text by its type
            } else if (builtin && (iterable instanceof Boolean || JSRuntime.isNumber(iterable))) {
                what = JSRuntime.typeof(iterable) + " " + what; // V8: "number 5 is not iterable (...)"
            }
            throw Errors.typeError(what + " is not iterable" + (builtin ? " (cannot read property Symbol(Symbol.iterator))" : ""),
                    site);
        }
        return fromMethod(iterable, f, site);
    }

    @TruffleBoundary
    public static IteratorRecord fromMethod(Object iterable, JSFunction method) {
        return fromMethod(iterable, method, null);
    }

    private static IteratorRecord fromMethod(Object iterable, JSFunction method, Node site) {
        Object iterator = site == null ? method.call(iterable) : method.callFrom(site, iterable);
        if (!(iterator instanceof JSObject it)) {
            throw Errors.typeError("Result of the Symbol.iterator method is not an object", site);
        }
        return new ProtocolRecord(it, it.get("next"), site);
    }

    /** A record over keys produced up front (for-in), skipping keys deleted before they are visited. */
    public static IteratorRecord ofKeys(JSObject object, List<String> keys) {
        return new KeysRecord(object, keys);
    }

    public static Object getMethod(JSRealm realm, Object value, Symbol symbol) {
        if (value instanceof JSObject o) {
            return o.get(symbol);
        }
        if (JSRuntime.isNullish(value)) {
            return Undefined.INSTANCE;
        }
        JSObject proto = JSRuntime.prototypeForPrimitive(realm, value);
        return proto == null ? Undefined.INSTANCE : proto.get(symbol, value);
    }

    static String describe(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof JSFunction f) {
            return f.name().isEmpty() ? "function" : f.name();
        }
        if (v instanceof JSObject) {
            return "object";
        }
        return JSRuntime.toDisplayString(v); // a symbol too: "Symbol(s)"
    }

    private static final class ArrayRecord extends IteratorRecord {
        private final JSArray array;
        private int index;

        ArrayRecord(JSArray array) {
            this.array = array;
        }

        @Override
        public Object stepValue() {
            if (done || index >= array.length()) {
                done = true;
                return null;
            }
            Object v = array.getElement(index++);
            return v == null ? Undefined.INSTANCE : v;
        }
    }

    private static final class KeysRecord extends IteratorRecord {
        private final JSObject object;
        private final List<String> keys;
        private int index;

        KeysRecord(JSObject object, List<String> keys) {
            this.object = object;
            this.keys = keys;
        }

        @Override
        @TruffleBoundary
        public Object stepValue() {
            while (index < keys.size()) {
                String key = keys.get(index++);
                if (object.hasProperty(key)) {
                    return key;
                }
            }
            done = true;
            return null;
        }
    }

    private static final class ProtocolRecord extends IteratorRecord {
        private final JSObject iterator;
        private final Object next;
        private final Node site; // the construct iterating, or null (a built-in's own iteration)

        ProtocolRecord(JSObject iterator, Object next, Node site) {
            this.iterator = iterator;
            this.next = next;
            this.site = site;
        }

        private Object callMethod(JSFunction f) {
            return site == null ? f.call(iterator) : f.callFrom(site, iterator);
        }

        @Override
        @TruffleBoundary
        public Object stepValue() {
            if (done) {
                return null;
            }
            if (!(next instanceof JSFunction f)) {
                done = true;
                throw Errors.typeError(JSRuntime.toString(next) + " is not a function");
            }
            Object result;
            try {
                result = callMethod(f);
            } catch (JSException e) {
                done = true;
                throw e;
            }
            if (!(result instanceof JSObject r)) {
                done = true;
                throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object");
            }
            if (JSRuntime.toBoolean(r.get("done"))) {
                done = true;
                return null;
            }
            return r.get("value");
        }

        @Override
        @TruffleBoundary
        public void close() {
            if (done) {
                return;
            }
            done = true;
            Object ret = iterator.get("return");
            if (ret instanceof JSFunction f) {
                Object result = callMethod(f);
                if (!(result instanceof JSObject)) {
                    throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object");
                }
            }
        }
    }
}
