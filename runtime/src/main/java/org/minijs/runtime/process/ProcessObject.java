package org.minijs.runtime.process;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.Version;
import org.minijs.runtime.loop.EventLoop;
import org.minijs.runtime.loop.TimerGlobals;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code process} global: argv, env, exit/exitCode, nextTick, memoryUsage, the event methods, and the
 * small facts programs read (platform, pid, version, cwd, stdout.write, hrtime). hrtime.bigint is left out:
 * the subset has no BigInt.
 */
public final class ProcessObject {
    private final JSRealm realm;
    private final EventLoop loop;
    private final ProcessState state;
    private final JSObject process;
    private final EventListeners events;

    private ProcessObject(JSRealm realm, EventLoop loop, ProcessState state) {
        this.realm = realm;
        this.loop = loop;
        this.state = state;
        this.process = new JSObject(processPrototype(realm));
        this.events = new EventListeners(process);
    }

    /**
     * process's prototype, whose constructor is named "process" as in node: stack frames of its listeners read
     * {@code at process.<anonymous>}. (node's chain goes on to EventEmitter.prototype; minijs's process has
     * its own listener methods and loads no events module at start-up.)
     */
    private static JSObject processPrototype(JSRealm realm) {
        JSObject prototype = new JSObject(realm.objectPrototype());
        JSFunction constructor = realm.newBuiltinFunction("process", 0, (t, args, nt) -> t);
        constructor.defineHidden("prototype", prototype);
        prototype.defineHidden("constructor", constructor);
        return prototype;
    }

    /** The facts about the invocation that process exposes. */
    public record Invocation(String execPath, List<String> argv, WorkingDirectory cwd, Map<String, String> env) { }

    public static ProcessObject install(JSRealm realm, EventLoop loop, ProcessState state, Invocation invocation,
                                        PrintStream out, PrintStream err, Warnings warnings) {
        ProcessObject p = new ProcessObject(realm, loop, state);
        p.populate(invocation, out, err, warnings);
        realm.globalObject().defineHidden("process", p.process);
        return p;
    }

    public EventListeners events() {
        return events;
    }

    public JSObject object() {
        return process;
    }

    private void populate(Invocation invocation, PrintStream out, PrintStream err, Warnings warnings) {
        events.install(realm);
        value("title", "minijs");
        value("version", Version.VERSION);
        JSObject versions = realm.newObject();
        versions.set("minijs", Version.VERSION.substring(1));
        value("versions", versions);
        value("platform", System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase().replace(' ', '_'));
        value("arch", "x64".equals(System.getProperty("os.arch")) || "amd64".equals(System.getProperty("os.arch"))
                ? "x64" : System.getProperty("os.arch"));
        value("pid", (int) ProcessHandle.current().pid());
        value("execPath", invocation.execPath());
        value("argv0", "minijs");
        List<Object> argv = new ArrayList<>(invocation.argv());
        value("argv", new JSArray(realm.arrayPrototype(), argv));
        value("execArgv", new JSArray(realm.arrayPrototype(), new ArrayList<>()));
        value("env", environment(invocation.env()));
        process.defineOwnProperty("exitCode", PropertyCell.accessor(
                realm.newBuiltinFunction("get exitCode", 0, (t, args, nt) -> state.exitCode()),
                realm.newBuiltinFunction("set exitCode", 1, (t, args, nt) -> {
                    state.setExitCode(args.length > 0 ? args[0] : Undefined.INSTANCE);
                    return Undefined.INSTANCE;
                }), PropertyCell.ENUMERABLE | PropertyCell.CONFIGURABLE));
        method("exit", 1, args -> {
            exit(args.length > 0 ? args[0] : Undefined.INSTANCE);
            return Undefined.INSTANCE;
        });
        method("nextTick", 1, args -> {
            loop.nextTick(TimerGlobals.callbackArgument(args), Arrays.copyOfRange(args, Math.min(1, args.length),
                    args.length));
            return Undefined.INSTANCE;
        });
        method("cwd", 0, args -> invocation.cwd().get().toString());
        method("chdir", 1, args -> {
            Object target = args.length > 0 ? args[0] : Undefined.INSTANCE;
            if (!(target instanceof String dir)) {
                throw org.minijs.runtime.NodeErrors.invalidArgType("directory", "string", target);
            }
            Path resolved = invocation.cwd().get().resolve(dir);
            if (!java.nio.file.Files.isDirectory(resolved)) {
                // node (uv_chdir): "ENOENT: no such file or directory, chdir '<cwd>' -> '<dir>'"
                String code = java.nio.file.Files.exists(resolved) ? "ENOTDIR" : "ENOENT";
                String text = code.equals("ENOENT") ? "no such file or directory" : "not a directory";
                JSObject error = org.minijs.interpreter.errors.Errors.createError(realm.errorPrototype(),
                        code + ": " + text + ", chdir '" + invocation.cwd().get() + "' -> '" + dir + "'", null);
                error.set("errno", code.equals("ENOENT") ? -2 : -20);
                error.set("code", code);
                error.set("syscall", "chdir");
                error.set("path", invocation.cwd().get().toString());
                error.set("dest", dir);
                throw new org.minijs.interpreter.errors.JSException(error, null);
            }
            invocation.cwd().change(resolved);
            return Undefined.INSTANCE;
        });
        method("hrtime", 1, args -> hrtime(args.length > 0 ? args[0] : Undefined.INSTANCE));
        method("uptime", 0, args -> loop.now() / 1000);
        for (String id : new String[]{"uid", "gid"}) { // the owner of /proc/self is the process's user
            Object value = org.minijs.runtime.modules.OsModule.processId(id);
            method("get" + id, 0, args -> value);
            method("gete" + id, 0, args -> value);
        }
        method("memoryUsage", 0, args -> memoryUsage());
        ((JSObject) process.get("memoryUsage")).defineHidden("rss", realm.newBuiltinFunction("rss", 0,
                (t, args, nt) -> (double) rss()));
        method("emitWarning", 1, args -> {
            Object first = args.length > 0 ? args[0] : Undefined.INSTANCE;
            if (!(first instanceof String) && !(first instanceof org.minijs.interpreter.errors.JSErrorObject)) {
                throw org.minijs.runtime.NodeErrors.invalidArgType("warning", "string or an instance of Error", first);
            }
            if (args.length > 1 && !(args[1] instanceof String) && !(args[1] instanceof JSObject)
                    && args[1] != Undefined.INSTANCE) {
                throw org.minijs.runtime.NodeErrors.invalidArgType("type", "string", args[1]);
            }
            JSObject warning = warningObject(args);
            if ("DeprecationWarning".equals(warning.get("name")) && JSRuntime.toBoolean(process.get("noDeprecation"))) {
                return Undefined.INSTANCE; // process.noDeprecation silences deprecations, event included
            }
            // as node: the 'warning' event (whose default listener prints it) comes on the nextTick queue
            loop.nextTick(realm.newBuiltinFunction("emitWarning", 0, (t, a, nt) -> {
                Object code = warning.get("code");
                Object detail = warning.get("detail");
                warnings.emit(JSRuntime.toString(warning.get("name")), JSRuntime.toString(warning.get("message")),
                        code instanceof String c ? c : null, detail instanceof String d ? d : null);
                events.emit("warning", warning);
                return Undefined.INSTANCE;
            }), new Object[0]);
            return Undefined.INSTANCE;
        });
        process.defineOwnProperty(org.minijs.interpreter.values.Symbol.TO_STRING_TAG,
                PropertyCell.data("process", PropertyCell.CONFIGURABLE)); // [object process]
        value("stdout", stream(out, 1));
        value("stderr", stream(err, 2));
    }

    /**
     * process.exit(code): sets exitCode if given, emits 'exit' once (not again from inside an 'exit'
     * listener), then ends the process without running anything else.
     */
    private void exit(Object code) {
        if (code != Undefined.INSTANCE) {
            state.setExitCode(code);
        }
        if (!state.exiting()) {
            state.setExiting();
            events.emit("exit", JSRuntime.number(state.effectiveCode()));
        }
        throw new ProcessExit(state.effectiveCode());
    }

    /** process.env: the environment at start-up; assignments store strings, as node coerces them. */
    private JSObject environment(Map<String, String> env) {
        JSObject object = new JSObject(realm.objectPrototype()) {
            @Override
            public boolean set(Object key, Object value, Object receiver) {
                return super.set(key, JSRuntime.toString(value), receiver);
            }
        };
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            object.set(e.getKey(), e.getValue());
        }
        return object;
    }

    private JSObject memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        JSObject usage = realm.newObject();
        usage.set("rss", (double) rss());
        usage.set("heapTotal", (double) rt.totalMemory());
        usage.set("heapUsed", (double) (rt.totalMemory() - rt.freeMemory()));
        usage.set("external", 0);
        usage.set("arrayBuffers", 0);
        return usage;
    }

    /** Resident set size from /proc where available, else the JVM's committed heap. */
    private static long rss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // not Linux: fall through
        }
        return Runtime.getRuntime().totalMemory();
    }

    /** process.hrtime([previous]): [seconds, nanoseconds] of a monotonic clock, or the time since previous. */
    private Object hrtime(Object previous) {
        long now = System.nanoTime();
        long seconds = now / 1_000_000_000L;
        long nanos = now % 1_000_000_000L;
        if (previous instanceof org.minijs.interpreter.objects.JSArray p && p.length() == 2) {
            seconds -= (long) JSRuntime.toNumber(p.getElement(0));
            nanos -= (long) JSRuntime.toNumber(p.getElement(1));
            if (nanos < 0) {
                seconds--;
                nanos += 1_000_000_000L;
            }
        } else if (previous != Undefined.INSTANCE) {
            throw org.minijs.runtime.NodeErrors.invalidArgType("time", "an instance of Array", previous);
        }
        return new org.minijs.interpreter.objects.JSArray(realm.arrayPrototype(),
                java.util.List.of(JSRuntime.number(seconds), JSRuntime.number(nanos)));
    }

    /** emitWarning(warning[, type]): an Error is used as is; a string becomes an Error named by type ("Warning"). */
    private JSObject warningObject(Object[] args) {
        Object warning = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (warning instanceof JSObject o && o.get("message") != Undefined.INSTANCE) {
            return o;
        }
        // emitWarning(warning[, type[, code]]) or emitWarning(warning, { type, code, detail })
        Object second = args.length > 1 ? args[1] : Undefined.INSTANCE;
        JSObject options = second instanceof JSObject o && !(second instanceof org.minijs.interpreter.objects.JSFunction) ? o : null;
        Object type = options != null ? options.get("type") : second;
        Object code = options != null ? options.get("code") : args.length > 2 ? args[2] : Undefined.INSTANCE;
        JSObject error = org.minijs.interpreter.errors.Errors.createError(realm.errorPrototype(),
                JSRuntime.toString(warning), null);
        error.set("name", type instanceof String s ? s : "Warning");
        if (code instanceof String c) {
            error.set("code", c);
        }
        if (options != null && options.get("detail") instanceof String d) {
            error.set("detail", d);
        }
        return error;
    }

    /**
     * process.stdout / process.stderr: write(chunk[, encoding][, callback]) prints the string as is and returns
     * true; the write is synchronous (as node's for files and pipes), its callback runs from the nextTick queue.
     * The streams are event emitters (on, once, emit ...), always writable.
     */
    private JSObject stream(PrintStream target, int fd) {
        JSObject stream = realm.newObject();
        stream.defineHidden("write", realm.newBuiltinFunction("write", 1, (t, args, nt) -> {
            target.print(args.length > 0 ? JSRuntime.toString(args[0]) : "undefined");
            target.flush();
            if (args.length > 1 && args[args.length - 1] instanceof org.minijs.interpreter.objects.JSFunction callback) {
                loop.nextTick(callback, new Object[0]);
            }
            return true;
        }));
        new EventListeners(stream).install(realm);
        stream.set("fd", fd);
        stream.set("writable", true);
        return stream;
    }

    private interface Body {
        Object run(Object[] args);
    }

    private void method(String name, int length, Body body) {
        process.defineHidden(name, realm.newBuiltinFunction(name, length, (t, args, nt) -> body.run(args)));
    }

    private void value(String name, Object value) {
        process.defineOwnProperty(name, PropertyCell.data(value, PropertyCell.ALL));
    }
}
