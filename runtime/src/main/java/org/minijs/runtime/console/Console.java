package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The console object: log/info/debug to stdout, error/warn/trace to stderr, each line formatted as node's
 * util.format does (format directives when the first argument is a string, inspect for the rest).
 */
public final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final DoubleSupplier clock;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Double> timers = new HashMap<>();
    private int groupIndent;

    public Console(PrintStream out, PrintStream err, DoubleSupplier clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public void install(JSRealm realm) {
        JSObject console = realm.newObject();
        realm.globalObject().defineHidden("console", console);
        define(realm, console, "log", (args) -> print(out, Format.format(args)));
        define(realm, console, "info", (args) -> print(out, Format.format(args)));
        define(realm, console, "debug", (args) -> print(out, Format.format(args)));
        define(realm, console, "error", (args) -> print(err, Format.format(args)));
        define(realm, console, "warn", (args) -> print(err, Format.format(args)));
        // console.dir(obj, options): inspect with customInspect off unless the options turn it on.
        define(realm, console, "dir", (args) -> print(out, Inspect.inspect(args.length == 0 ? Undefined.INSTANCE : args[0],
                UtilModule.options(args.length > 1 ? args[1] : Undefined.INSTANCE).withCustomInspect(
                        args.length > 1 && args[1] instanceof JSObject o && JSRuntime.toBoolean(o.get("customInspect"))))));
        define(realm, console, "trace", (args) -> {
            String header = "Trace" + (args.length == 0 ? "" : ": " + Format.format(args));
            String frames = org.minijs.interpreter.errors.StackTrace.capture(null);
            print(err, frames == null ? header : org.minijs.interpreter.errors.StackTrace.format(header, frames));
        });
        // node: args[0] = `Assertion failed: ${args[0]}`, then the whole list is formatted as console.warn does.
        define(realm, console, "assert", (args) -> {
            if (args.length == 0 || !JSRuntime.toBoolean(args[0])) {
                Object[] rest = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new Object[1];
                rest[0] = "Assertion failed" + (args.length <= 1 ? "" : ": " + JSRuntime.toString(rest[0]));
                print(err, Format.format(rest));
            }
        });
        define(realm, console, "count", (args) -> {
            String label = label(args);
            int n = counts.merge(label, 1, Integer::sum);
            print(out, label + ": " + n);
        });
        define(realm, console, "countReset", (args) -> counts.remove(label(args)));
        define(realm, console, "time", (args) -> timers.put(label(args), clock.getAsDouble()));
        define(realm, console, "timeEnd", (args) -> {
            Double start = timers.remove(label(args));
            if (start != null) {
                print(out, label(args) + ": " + formatMillis(clock.getAsDouble() - start));
            }
        });
        define(realm, console, "timeLog", (args) -> {
            Double start = timers.get(label(args));
            if (start != null) {
                String extra = args.length > 1 ? " " + Format.format(java.util.Arrays.copyOfRange(args, 1, args.length)) : "";
                print(out, label(args) + ": " + formatMillis(clock.getAsDouble() - start) + extra);
            }
        });
        define(realm, console, "group", (args) -> {
            if (args.length > 0) {
                print(out, Format.format(args));
            }
            groupIndent += 2;
        });
        define(realm, console, "groupCollapsed", (args) -> {
            if (args.length > 0) {
                print(out, Format.format(args));
            }
            groupIndent += 2;
        });
        define(realm, console, "groupEnd", (args) -> groupIndent = Math.max(0, groupIndent - 2));
        define(realm, console, "dirxml", (args) -> print(out, Format.format(args)));
        define(realm, console, "table", (args) -> {
            String table = ConsoleTable.render(args.length > 0 ? args[0] : Undefined.INSTANCE,
                    args.length > 1 ? args[1] : Undefined.INSTANCE);
            print(out, table != null ? table : Format.format(args));
        });
    }

    private static String formatMillis(double ms) {
        return String.format("%.3fms", ms);
    }

    private static String label(Object[] args) {
        return args.length == 0 || args[0] == Undefined.INSTANCE ? "default" : JSRuntime.toString(args[0]);
    }

    private void print(PrintStream stream, String text) {
        if (groupIndent > 0) {
            String pad = " ".repeat(groupIndent);
            text = pad + text.replace("\n", "\n" + pad);
        }
        stream.print(text + "\n");
        stream.flush();
    }

    private interface Action {
        void run(Object[] args);
    }

    private static void define(JSRealm realm, JSObject console, String name, Action action) {
        console.defineOwnProperty(name, org.minijs.interpreter.objects.PropertyCell.data(
                realm.newBuiltinFunction(name, 0, (thisValue, args, newTarget) -> {
                    action.run(args);
                    return Undefined.INSTANCE;
                }), org.minijs.interpreter.objects.PropertyCell.ALL));
    }
}
