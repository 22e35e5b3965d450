package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.collections.CollectionIteratorView;
import org.minijs.interpreter.collections.JSMapObject;
import org.minijs.interpreter.collections.JSWeakCollection;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.generators.AsyncGeneratorObject;
import org.minijs.interpreter.generators.GeneratorObject;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.regexp.JSRegExp;
import org.minijs.interpreter.values.Symbol;

import java.util.function.Predicate;

/**
 * util.types: brand checks on the engine's own object kinds (internal slots), which no property a program can
 * change fools, unlike instanceof or Symbol.toStringTag.
 */
final class UtilTypes {
    private UtilTypes() {
    }

    static JSObject create(JSRealm realm) {
        JSObject types = realm.newObject();
        check(realm, types, "isPromise", v -> v instanceof JSPromise);
        check(realm, types, "isDate", v -> v instanceof JSObject o && !(v instanceof JSFunction) && "Date".equals(o.className()));
        check(realm, types, "isRegExp", v -> v instanceof JSRegExp);
        check(realm, types, "isMap", v -> v instanceof JSMapObject m && !m.isSet());
        check(realm, types, "isSet", v -> v instanceof JSMapObject m && m.isSet());
        check(realm, types, "isWeakMap", v -> v instanceof JSWeakCollection w && w.className().equals("WeakMap"));
        check(realm, types, "isWeakSet", v -> v instanceof JSWeakCollection w && w.className().equals("WeakSet"));
        check(realm, types, "isMapIterator", v -> v instanceof CollectionIteratorView i && i.isMapIterator());
        check(realm, types, "isSetIterator", v -> v instanceof CollectionIteratorView i && !i.isMapIterator());
        check(realm, types, "isNativeError", v -> v instanceof JSErrorObject);
        check(realm, types, "isAsyncFunction", v -> v instanceof JSFunction f && f.data() != null && f.data().isAsync());
        check(realm, types, "isGeneratorFunction", v -> v instanceof JSFunction f && f.data() != null && f.data().isGenerator());
        check(realm, types, "isGeneratorObject", v -> v instanceof GeneratorObject || v instanceof AsyncGeneratorObject);
        check(realm, types, "isBoxedPrimitive", v -> v instanceof JSPrimitiveObject); // String objects too
        check(realm, types, "isNumberObject", v -> v instanceof JSPrimitiveObject p && p.primitiveValue() instanceof Number);
        check(realm, types, "isStringObject", v -> v instanceof JSPrimitiveObject p && p.primitiveValue() instanceof String);
        check(realm, types, "isBooleanObject", v -> v instanceof JSPrimitiveObject p && p.primitiveValue() instanceof Boolean);
        check(realm, types, "isSymbolObject", v -> v instanceof JSPrimitiveObject p && p.primitiveValue() instanceof Symbol);
        check(realm, types, "isProxy", v -> false); // the subset has no Proxy
        return types;
    }

    private static void check(JSRealm realm, JSObject types, String name, Predicate<Object> test) {
        types.set(name, realm.newBuiltinFunction(name, 1, (t, args, nt) -> args.length > 0 && test.test(args[0])));
    }
}
