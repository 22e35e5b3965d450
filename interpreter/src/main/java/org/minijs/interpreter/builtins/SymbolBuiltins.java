package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/** The Symbol constructor, the well-known symbols, the global symbol registry and Symbol.prototype (§20.4). */
final class SymbolBuiltins {
    private SymbolBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction symbol = Intrinsics.constructor(realm, in.globalObject, "Symbol", 0, in.symbolPrototype,
                (t, args, nt) -> {
                    if (nt != Undefined.INSTANCE) {
                        throw Errors.typeError("Symbol is not a constructor");
                    }
                    Object d = JSBuiltin.arg(args, 0);
                    return new Symbol(d == Undefined.INSTANCE ? null : JSRuntime.toString(d));
                });
        wellKnown(symbol, "asyncDispose", Symbol.ASYNC_DISPOSE);
        wellKnown(symbol, "asyncIterator", Symbol.ASYNC_ITERATOR);
        wellKnown(symbol, "dispose", Symbol.DISPOSE);
        wellKnown(symbol, "hasInstance", Symbol.HAS_INSTANCE);
        wellKnown(symbol, "isConcatSpreadable", Symbol.IS_CONCAT_SPREADABLE);
        wellKnown(symbol, "iterator", Symbol.ITERATOR);
        wellKnown(symbol, "match", Symbol.MATCH);
        wellKnown(symbol, "matchAll", Symbol.MATCH_ALL);
        wellKnown(symbol, "replace", Symbol.REPLACE);
        wellKnown(symbol, "search", Symbol.SEARCH);
        wellKnown(symbol, "species", Symbol.SPECIES);
        wellKnown(symbol, "split", Symbol.SPLIT);
        wellKnown(symbol, "toPrimitive", Symbol.TO_PRIMITIVE);
        wellKnown(symbol, "toStringTag", Symbol.TO_STRING_TAG);
        wellKnown(symbol, "unscopables", Symbol.UNSCOPABLES);

        // the GlobalSymbolRegistry lives in the realm, where hosts look up registered symbols too
        Intrinsics.method(realm, symbol, "for", 1, (t, args, nt) ->
                realm.symbolFor(JSRuntime.toString(JSBuiltin.arg(args, 0))));
        Intrinsics.method(realm, symbol, "keyFor", 1, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof Symbol s)) {
                throw Errors.typeError(JSRuntime.toDisplayString(JSBuiltin.arg(args, 0)) + " is not a symbol");
            }
            String key = realm.symbolKeyFor(s);
            return key == null ? Undefined.INSTANCE : key;
        });

        JSObject p = in.symbolPrototype;
        Intrinsics.method(realm, p, "toString", 0, (t, args, nt) -> thisSymbolValue(t, "toString").toString());
        Intrinsics.method(realm, p, "valueOf", 0, (t, args, nt) -> thisSymbolValue(t, "valueOf"));
        p.defineOwnProperty("description", PropertyCell.accessor(realm.newBuiltinFunction("get description", 0,
                (t, args, nt) -> {
                    String d = thisSymbolValue(t, "description").description();
                    return d == null ? Undefined.INSTANCE : d;
                }), null, PropertyCell.CONFIGURABLE));
        p.defineOwnProperty(Symbol.TO_PRIMITIVE, PropertyCell.data(realm.newBuiltinFunction("[Symbol.toPrimitive]", 1,
                (t, args, nt) -> thisSymbolValue(t, "[Symbol.toPrimitive]")), PropertyCell.CONFIGURABLE));
        p.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Symbol", PropertyCell.CONFIGURABLE));
    }

    private static void wellKnown(JSObject symbol, String name, Symbol value) {
        symbol.defineOwnProperty(name, PropertyCell.data(value, 0));
    }

    /** thisSymbolValue: a Symbol, or a Symbol wrapper's [[SymbolData]]. */
    private static Symbol thisSymbolValue(Object t, String method) {
        if (JSRuntime.unwrapPrimitive(t) instanceof Symbol s) {
            return s;
        }
        throw Errors.typeError("Symbol.prototype." + method + " requires that 'this' be a Symbol");
    }
}
