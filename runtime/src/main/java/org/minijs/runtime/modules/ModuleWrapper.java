package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.parser.JsParser;
import org.minijs.parser.SyntaxError;

/**
 * node's CommonJS module wrapper: the module source becomes the body of
 * {@code function (exports, require, module, __filename, __dirname)}, called with {@code this} =
 * module.exports. That gives each module its own scope and allows a top-level {@code return}.
 *
 * <p>The engine has no "compile as function with these parameters" entry point yet, so the wrapper is
 * textual, on the module's first line so that line numbers stay exact; the realm is told the prefix length, so
 * stack traces show the columns of line 1 as written. The engine runs the wrapper script with {@code this} = a carrier object holding the five
 * values, and the script hands them to the wrapped function.
 */
public final class ModuleWrapper {
    private static final String PREFIX = "(function (exports, require, module, __filename, __dirname) {";
    private static final String SUFFIX = "\n}).call(this.module.exports, this.exports, this.require, this.module,"
            + " this.filename, this.dirname);";

    private ModuleWrapper() {
    }

    /** Runs the module body; a SyntaxError comes out at the module's coordinates. */
    static void run(JSRealm realm, String source, String path, JSObject module, JSFunction require,
                    String filename, String dirname) {
        JSObject carrier = realm.newObject();
        carrier.set("exports", module.get("exports"));
        carrier.set("require", require);
        carrier.set("module", module);
        carrier.set("filename", filename);
        carrier.set("dirname", dirname);
        String body = stripHashbang(source);
        try {
            realm.evaluateWrappedScript(PREFIX + body + SUFFIX, path, carrier, PREFIX.length());
        } catch (SyntaxError wrapped) {
            // the parser's errors and the translator's early errors alike (the realm reports both as SyntaxError)
            throw unwrapped(body, path, wrapped);
        }
    }

    /** A {@code #!} line is a comment to node; keep the line so numbering does not move. */
    private static String stripHashbang(String source) {
        return source.startsWith("#!") ? "//" + source.substring(2) : source;
    }

    /**
     * Reports a syntax error at the module's own coordinates: parse the bare source, whose error positions
     * are exact, unless that fails only for the top-level return the wrapper makes legal.
     */
    private static SyntaxError unwrapped(String body, String path, SyntaxError wrapped) {
        try {
            JsParser.parse(body, path);
        } catch (SyntaxError bare) {
            if (!bare.getMessage().equals("Illegal return statement")) {
                return bare;
            }
        }
        if (wrapped.line() != 1) {
            return wrapped;
        }
        String line = wrapped.sourceLine();
        return new SyntaxError(wrapped.getMessage(), wrapped.fileName(), 1,
                Math.max(1, wrapped.column() - PREFIX.length()),
                line != null && line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line);
    }
}
