package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSStringObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/** The String constructor and its static functions (§22.1.1, §22.1.2); the prototype is in StringPrototypeBuiltins. */
final class StringBuiltins {
    private StringBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject string = Intrinsics.constructor(realm, in.globalObject, "String", 1, in.stringPrototype, (t, args, nt) -> {
            String s;
            if (args.length == 0) {
                s = "";
            } else if (nt == Undefined.INSTANCE && args[0] instanceof Symbol sym) {
                s = sym.toString(); // SymbolDescriptiveString: String(sym) works where sym + '' throws
            } else {
                s = JSRuntime.toString(args[0]);
            }
            if (nt == Undefined.INSTANCE) {
                return s;
            }
            return new JSStringObject(Intrinsics.prototypeFromConstructor(nt, in.stringPrototype), s);
        });
        Intrinsics.method(realm, string, "fromCharCode", 1, (t, args, nt) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                sb.append((char) (JSRuntime.toUint32(a) & 0xFFFF));
            }
            return sb.toString();
        });
        Intrinsics.method(realm, string, "fromCodePoint", 1, (t, args, nt) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                double cp = JSRuntime.toNumber(a);
                if (cp != Math.floor(cp) || cp < 0 || cp > 0x10FFFF) {
                    throw Errors.rangeError("Invalid code point " + JSRuntime.toDisplayString(a), null);
                }
                sb.appendCodePoint((int) cp);
            }
            return sb.toString();
        });
        Intrinsics.method(realm, string, "raw", 1, (t, args, nt) -> {
            JSObject cooked = JSRuntime.toObject(JSBuiltin.arg(args, 0));
            JSObject literals = JSRuntime.toObject(cooked.get("raw"));
            long count = (long) JSRuntime.toLength(literals.get("length"));
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < count; i++) {
                sb.append(JSRuntime.toString(literals.get(Long.toString(i))));
                if (i + 1 < count && i + 1 < args.length) {
                    sb.append(JSRuntime.toString(args[(int) i + 1]));
                }
            }
            return sb.toString();
        });
        StringPrototypeBuiltins.install(realm, in);
    }
}
