package org.minijs.runtime.cli;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.values.Undefined;
import org.minijs.parser.SyntaxError;
import org.minijs.runtime.MiniJs;
import org.minijs.runtime.console.Inspect;
import org.minijs.runtime.loop.EventLoop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The interactive prompt. Reading the terminal is I/O like any other: a pool thread blocks on the next line
 * and posts it to the loop, so timers and promises keep running between inputs and the loop stays alive
 * while the prompt is open. Each input is evaluated, its value printed with inspect; an input that uses
 * await at the top level runs inside an async function and its result is printed once it settles.
 */
final class Repl {
    private static final String PROMPT = "> ";

    private final MiniJs.Host host;
    private final BufferedReader in;
    private final PrintStream out;

    private Repl(MiniJs.Host host, BufferedReader in, PrintStream out) {
        this.host = host;
        this.in = in;
        this.out = out;
    }

    static void start(MiniJs.Host host, BufferedReader in, PrintStream out) {
        new Repl(host, in, out).prompt();
    }

    private void prompt() {
        out.print(PROMPT);
        out.flush();
        EventLoop loop = host.loop();
        loop.submitIo(in::readLine, (line, failure) -> {
            if (line == null || failure != null || line.trim().equals(".exit")) {
                out.println();
                return; // end of input: the handle closes and the loop may end
            }
            if (line.isBlank() || !evaluate(line)) {
                prompt();
            }
        });
    }

    /** Evaluates one input; true when a top-level await is pending (its settlement prompts again). */
    private boolean evaluate(String line) {
        JSRealm realm = host.realm();
        JSObject carrier = realm.newObject();
        try {
            if (line.contains("await")) {
                realm.evaluateScript("this.result = (async () => { return (" + line + "\n); })();", "REPL", carrier);
                Object promise = carrier.get("result");
                if (promise instanceof JSPromise p) {
                    whenSettled(p);
                    return true;
                }
                return false;
            }
            // global code: declarations persist from one input to the next; the completion value is printed
            print(realm.evaluateGlobalCode(line, "REPL"));
        } catch (JSException e) {
            out.println("Uncaught " + Inspect.inspect(e.value()));
        } catch (SyntaxError e) {
            out.println("Uncaught SyntaxError: " + e.getMessage());
        }
        return false;
    }

    /** Prints a top-level-await result when its promise settles, before the next prompt is answered. */
    private void whenSettled(JSPromise p) {
        JSRealm realm = host.realm();
        JSObject then = realm.newObject();
        then.set("p", p);
        then.set("ok", realm.newBuiltinFunction("", 1, (t, args, nt) -> {
            print(args.length > 0 ? args[0] : Undefined.INSTANCE);
            prompt();
            return Undefined.INSTANCE;
        }));
        then.set("fail", realm.newBuiltinFunction("", 1, (t, args, nt) -> {
            out.println("Uncaught " + Inspect.inspect(args.length > 0 ? args[0] : Undefined.INSTANCE));
            prompt();
            return Undefined.INSTANCE;
        }));
        realm.evaluateScript("this.p.then(this.ok, this.fail);", "REPL", then);
    }

    private void print(Object value) {
        out.println(Inspect.inspect(value));
        out.flush();
    }

    static String readAll(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
