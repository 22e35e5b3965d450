package org.minijs.runtime;

import org.graalvm.polyglot.Context;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.MiniJsLanguage;
import org.minijs.parser.SyntaxError;
import org.minijs.runtime.console.Console;
import org.minijs.runtime.loop.EventLoop;
import org.minijs.runtime.trace.TraceOptions;
import org.minijs.runtime.trace.TraceSession;
import org.minijs.runtime.loop.TimerGlobals;
import org.minijs.runtime.modules.BuiltinModules;
import org.minijs.runtime.modules.CommonJsLoader;
import org.minijs.runtime.modules.EsModuleLoader;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.runtime.process.PerformanceGlobal;
import org.minijs.runtime.process.ProcessExit;
import org.minijs.runtime.process.ProcessObject;
import org.minijs.runtime.process.ProcessState;
import org.minijs.runtime.process.UncaughtErrors;
import org.minijs.runtime.process.Warnings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one program the way {@code node file.js} does and returns the process exit code. In-process and
 * self-contained: every call gets a fresh polyglot context, realm and event loop, so tests can run hundreds
 * of programs in one JVM.
 */
public final class MiniJs {
    private MiniJs() {
    }

    public static int runFile(Path file, PrintStream out, PrintStream err) {
        return runFile(file, List.of(), out, err);
    }

    public static int runFile(Path file, List<String> args, PrintStream out, PrintStream err) {
        return runFile(file, args, out, err, TraceOptions.NONE);
    }

    /** Runs a file, recording it as {@code trace} asks (timeline, Chrome trace, HTML replay). */
    public static int runFile(Path file, List<String> args, PrintStream out, PrintStream err, TraceOptions trace) {
        Path absolute = file.toAbsolutePath().normalize();
        String source;
        try {
            source = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Error: Cannot find module '" + absolute + "'");
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add(execPath());
        argv.add(absolute.toString());
        argv.addAll(args);
        Consumer<Host> entry = absolute.toString().endsWith(".mjs")
                ? host -> host.runModule(absolute, source)
                : host -> host.modules.runMain(absolute, source);
        if (!trace.enabled()) {
            return run(argv, out, err, entry);
        }
        TraceSession session = new TraceSession(trace, err);
        try {
            return run(argv, session.teeStdout(out), err, session, entry);
        } finally {
            session.finish(absolute.toString(), source, err);
        }
    }

    /** {@code minijs -e code [args...]}. */
    public static int runEval(String source, List<String> args, PrintStream out, PrintStream err) {
        List<String> argv = new ArrayList<>();
        argv.add(execPath());
        argv.addAll(args);
        return run(argv, out, err, (host) -> host.modules.runEval(source, cwd()));
    }

    /** Kept for callers that run a source text directly (-e before argv support). */
    public static int runSource(String source, String path, PrintStream out, PrintStream err) {
        return runEval(source, List.of(), out, err);
    }

    /** The pieces of one running program, as the entry point sees them. */
    public record Host(JSRealm realm, EventLoop loop, CommonJsLoader modules, EsModuleLoader esModules,
                       ProcessObject process, JSPromise[] mainEvaluation) {

        /**
         * Runs an ES module entry as node does: its evaluation happens inside a promise job, so promise
         * reactions it queues run before process.nextTick callbacks.
         */
        public void runModule(Path file, String source) {
            loop.enqueuePromiseJob(new org.minijs.interpreter.Job() {
                @Override
                public void run() {
                    mainEvaluation[0] = esModules.runMain(file, source);
                }

                @Override
                public String kind() {
                    return "ModuleEvaluation";
                }
            });
        }

        /** A top-level await of the entry module that never settled (node exits with 13). */
        boolean unsettledTopLevelAwait() {
            return mainEvaluation[0] != null && mainEvaluation[0].state() == JSPromise.State.PENDING;
        }
    }

    /** Sets up a fresh context with the host's globals, then runs {@code entry} and the loop to the end. */
    public static int run(List<String> argv, PrintStream out, PrintStream err, Consumer<Host> entry) {
        return run(argv, out, err, null, entry);
    }

    private static int run(List<String> argv, PrintStream out, PrintStream err, TraceSession trace,
                           Consumer<Host> entry) {
        try (Context context = Context.newBuilder(MiniJsLanguage.ID)
                .out(out).err(err)
                .option("engine.WarnInterpreterOnly", "false")
                .build()) {
            context.initialize(MiniJsLanguage.ID);
            context.enter();
            try {
                return runInContext(argv, out, err, trace, entry);
            } finally {
                context.leave();
            }
        }
    }

    private static int runInContext(List<String> argv, PrintStream out, PrintStream err, TraceSession trace,
                                    Consumer<Host> entry) {
        JSRealm realm = JSRealm.get(null);
        EventLoop loop = new EventLoop();
        if (trace != null) {
            loop.setObserver(trace.recorder());
        }
        realm.setHooks(loop); // after the observer: the realm reads the listener once
        SourceFiles sources = new SourceFiles();
        Warnings warnings = new Warnings(err);
        ProcessState state = new ProcessState();
        org.minijs.runtime.process.WorkingDirectory workingDirectory = new org.minijs.runtime.process.WorkingDirectory(cwd());
        ProcessObject process = ProcessObject.install(realm, loop, state,
                new ProcessObject.Invocation(execPath(), argv, workingDirectory, System.getenv()), out, err, warnings);
        loop.setErrorSink(new UncaughtErrors(realm, process.events(), state, new UncaughtErrorPrinter(sources), err));
        new Console(out, err, loop::now).install(realm);
        TimerGlobals.install(realm, loop, warnings);
        PerformanceGlobal.install(realm, loop);
        BuiltinModules builtins = HostModules.create(realm, loop, workingDirectory);
        HostModules.installLazyGlobals(realm, builtins);
        realm.globalObject().defineHidden("global", realm.globalObject()); // node's name for globalThis
        CommonJsLoader modules = new CommonJsLoader(realm, sources, builtins);
        Host host = new Host(realm, loop, modules, new EsModuleLoader(realm, sources, modules), process,
                new JSPromise[1]);
        try {
            try {
                loop.runCallback(() -> entry.accept(host));
            } catch (SyntaxError e) {
                // node's layout: where, the source line and a caret, the error, then the version after a blank line
                err.print(e.format());
                err.print("\nminijs " + Version.VERSION + "\n");
                return 1;
            }
            int code = new ProcessLifecycle(loop, process.events(), state).runToExit();
            if (code == 0 && host.unsettledTopLevelAwait()) {
                err.println("Warning: Detected unsettled top-level await");
                return 13;
            }
            return code;
        } catch (ProcessExit exit) {
            return exit.code();
        } catch (RuntimeException | Error e) {
            // a defect of minijs itself (or the JVM out of memory): say so plainly, never with a Java stack trace
            err.println("minijs: internal error: " + e);
            return 70;
        } finally {
            loop.close();
            out.flush();
            err.flush();
        }
    }

    static String execPath() {
        String launcher = System.getProperty("minijs.launcher");
        return launcher != null ? launcher : "minijs";
    }

    static Path cwd() {
        return Path.of("").toAbsolutePath();
    }
}
