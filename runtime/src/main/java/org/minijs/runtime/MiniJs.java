package org.minijs.runtime;

import org.graalvm.polyglot.Context;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.MiniJsLanguage;
import org.minijs.interpreter.translate.UnsupportedFeature;
import org.minijs.parser.SyntaxError;
import org.minijs.runtime.console.Console;
import org.minijs.runtime.loop.EventLoop;
import org.minijs.runtime.loop.TimerGlobals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one program the way {@code node file.js} does and returns the process exit code. In-process and
 * self-contained: every call gets a fresh polyglot context, realm and event loop, so tests can run hundreds
 * of programs in one JVM.
 */
public final class MiniJs {
    private MiniJs() {
    }

    public static int runFile(Path file, PrintStream out, PrintStream err) {
        Path absolute = file.toAbsolutePath().normalize();
        String source;
        try {
            source = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Error: Cannot find module '" + absolute + "'");
            return 1;
        }
        return runSource(source, absolute.toString(), out, err);
    }

    public static int runSource(String source, String path, PrintStream out, PrintStream err) {
        try (Context context = Context.newBuilder(MiniJsLanguage.ID)
                .out(out).err(err)
                .option("engine.WarnInterpreterOnly", "false")
                .build()) {
            context.initialize(MiniJsLanguage.ID);
            context.enter();
            try {
                return run(source, path, out, err);
            } finally {
                context.leave();
            }
        }
    }

    private static int run(String source, String path, PrintStream out, PrintStream err) {
        JSRealm realm = JSRealm.get(null);
        UncaughtErrorPrinter printer = new UncaughtErrorPrinter(path, source);
        int[] exitCode = {0};
        EventLoop loop = new EventLoop(uncaught -> {
            printer.print(err, uncaught.value(), uncaught.fromPromise());
            exitCode[0] = 1;
        });
        realm.setHooks(loop);
        new Console(out, err, loop::now).install(realm);
        TimerGlobals.install(realm, loop);
        try {
            loop.run(() -> realm.evaluateScript(source, path, realm.newObject()));
        } catch (SyntaxError e) {
            err.print(e.format());
            return 1;
        } catch (UnsupportedFeature e) {
            String[] lines = source.split("\n", -1);
            int line = e.span().line();
            err.print(new SyntaxError(e.getMessage(), path, line, e.span().column(),
                    line >= 1 && line <= lines.length ? lines[line - 1] : null).format());
            return 1;
        }
        out.flush();
        return exitCode[0];
    }
}
