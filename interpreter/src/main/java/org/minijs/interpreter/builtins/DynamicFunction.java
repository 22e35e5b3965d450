package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.translate.UnsupportedFeature;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * CreateDynamicFunction (§20.2.1.1.1) for {@code Function(p1, ..., body)} and the async / generator
 * variants: the source text the spec prescribes, "function anonymous(p1,p2\n) {\nbody\n}", is evaluated as
 * a function expression in the global scope. A syntax error in it is a JavaScript SyntaxError the caller
 * can catch.
 */
final class DynamicFunction {
    private DynamicFunction() {
    }

    static Object create(JSRealm realm, String keyword, Object[] args) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length - 1; i++) {
            if (i > 0) {
                params.append(',');
            }
            params.append(JSRuntime.toString(args[i]));
        }
        String body = args.length == 0 ? "" : JSRuntime.toString(args[args.length - 1]);
        String source = "(" + keyword + " anonymous(" + params + "\n) {\n" + body + "\n})";
        try {
            return realm.evaluateScript(source, "anonymous", Undefined.INSTANCE, true);
        } catch (org.minijs.parser.SyntaxError | UnsupportedFeature e) {
            throw Errors.syntaxError(e.getMessage(), null);
        }
    }
}
