package org.minijs.runtime.fs;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.NodeErrors;
import org.minijs.runtime.PromiseSupport;
import org.minijs.runtime.loop.EventLoop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * require('fs'): each operation is defined once (argument parsing, the blocking work, the conversion of its
 * result to JavaScript) and offered three ways, as node offers them: with a callback (the work runs on the
 * loop's thread pool, the callback in the poll phase), as xxxSync on the loop thread, and in fs.promises.
 */
public final class FsModule {
    /** A request made from parsed arguments: blocking work plus how to present its result. */
    /**
     * One fs call: its work on the pool, the conversion of its result, and {@code roundTrips}: how many pool
     * round trips node's implementation makes (readFile: open, fstat, read, close), each one a later visit of
     * the poll phase, which decides where the callback lands among timers and immediates. fs.promises' readFile
     * reads once more, to see the end of the file.
     */
    private record Request<T>(Work<T> work, Function<T, Object> toJs, String displayPath, int roundTrips,
                              int promiseRoundTrips) {
        Request(Work<T> work, Function<T, Object> toJs, String displayPath) {
            this(work, toJs, displayPath, 1, 1);
        }
    }

    private interface Work<T> {
        T run() throws FsFailure;
    }

    private interface Parser {
        Request<?> parse(Object[] args);
    }

    /** Marks "the callback gets only the error argument" (writeFile, unlink, mkdir ...). */
    private static final Object NO_RESULT = new Object();

    private final JSRealm realm;
    private final EventLoop loop;
    private final java.util.function.Supplier<Path> cwd; // the process's current directory (process.chdir)
    private final JSObject fs;
    private final JSObject promises;
    private final JSObject bufferPrototype;
    private final JSObject statsPrototype;
    private final JSObject direntPrototype;

    private FsModule(JSRealm realm, EventLoop loop, java.util.function.Supplier<Path> cwd, Symbol inspectCustom) {
        this.realm = realm;
        this.loop = loop;
        this.cwd = cwd;
        this.fs = realm.newObject();
        this.promises = realm.newObject();
        this.bufferPrototype = FsBuffer.prototype(realm, inspectCustom);
        this.statsPrototype = statsPrototype();
        this.direntPrototype = direntPrototype();
    }

    /** Builds the fs exports (fs.promises included, also what require('fs/promises') returns). */
    public static JSObject create(JSRealm realm, EventLoop loop, java.util.function.Supplier<Path> cwd,
                                  Symbol inspectCustom) {
        FsModule m = new FsModule(realm, loop, cwd, inspectCustom);
        m.defineAll();
        return m.fs;
    }

    private void defineAll() {
        define("readFile", 3, args -> {
            // file descriptor 0: the process's standard input, read to its end (fs.readFileSync(0, 'utf8'))
            Path p = args.length > 0 && args[0] instanceof Integer fd && fd == 0 ? Path.of("/dev/stdin") : path(args, 0);
            String encoding = encoding(args.length > 1 ? args[1] : Undefined.INSTANCE);
            return new Request<>(() -> FsOperations.readFile(p), bytes -> encoding == null
                    ? FsBuffer.of(bufferPrototype, bytes) : FsEncoding.decode(bytes, encoding), display(args), 4, 5);
        });
        define("writeFile", 4, args -> write(args, false));
        define("appendFile", 4, args -> write(args, true));
        define("readdir", 3, args -> {
            Path p = path(args, 0);
            if (option(args, 1, "withFileTypes")) {
                String parent = args[0] instanceof String s ? s : p.toString(); // a Buffer path: its resolved text
                return new Request<>(() -> FsOperations.readdirWithTypes(p), entries -> {
                    List<Object> dirents = new ArrayList<>();
                    for (FsOperations.DirEntry e : entries) {
                        dirents.add(dirent(e, parent));
                    }
                    return new JSArray(realm.arrayPrototype(), dirents);
                }, display(args));
            }
            return new Request<>(() -> FsOperations.readdir(p),
                    names -> new JSArray(realm.arrayPrototype(), new ArrayList<>(names)), display(args));
        });
        define("stat", 2, args -> {
            Path p = path(args, 0);
            return new Request<>(() -> FsOperations.stat(p), this::stats, display(args));
        });
        define("rename", 3, args -> {
            Path from = path(args, 0);
            Path to = path(args, 1);
            String shownTo = display(args, 1);
            return new Request<>(() -> FsOperations.rename(from, to, shownTo), v -> NO_RESULT, display(args));
        });
        define("copyFile", 4, args -> {
            Path from = path(args, 0);
            Path to = path(args, 1);
            String shownTo = display(args, 1);
            boolean exclusive = args.length > 2 && JSRuntime.isNumber(args[2]) && (JSRuntime.toInt32(args[2]) & 1) != 0;
            return new Request<>(() -> FsOperations.copyFile(from, to, shownTo, exclusive), v -> NO_RESULT,
                    display(args));
        });
        define("mkdtemp", 3, args -> {
            Object prefix = args.length > 0 ? args[0] : Undefined.INSTANCE;
            if (!(prefix instanceof String p)) {
                throw NodeErrors.invalidArgType("prefix", "string", prefix);
            }
            return new Request<>(() -> FsOperations.mkdtemp(cwd.get(), p), name -> name, p + "XXXXXX");
        });
        define("unlink", 2, args -> {
            Path p = path(args, 0);
            return new Request<>(() -> FsOperations.unlink(p), v -> NO_RESULT, display(args));
        });
        define("mkdir", 3, args -> {
            Path p = path(args, 0);
            boolean recursive = option(args, 1, "recursive");
            return new Request<>(() -> FsOperations.mkdir(p, recursive), v -> NO_RESULT, display(args));
        });
        define("rmdir", 3, args -> {
            Path p = path(args, 0);
            return new Request<>(() -> FsOperations.rmdir(p), v -> NO_RESULT, display(args));
        });
        define("rm", 3, args -> {
            Path p = path(args, 0);
            boolean recursive = option(args, 1, "recursive");
            boolean force = option(args, 1, "force");
            return new Request<>(() -> FsOperations.rm(p, recursive, force), v -> NO_RESULT, display(args));
        });
        fs.set("existsSync", realm.newBuiltinFunction("existsSync", 1, (t, args, nt) ->
                args.length > 0 && args[0] instanceof String s && FsOperations.exists(cwd.get().resolve(s))));
        fs.set("promises", promises);
    }

    private Request<Void> write(Object[] args, boolean append) {
        Path p = path(args, 0);
        Object data = args.length > 1 ? args[1] : Undefined.INSTANCE;
        String encoding = encoding(args.length > 2 ? args[2] : Undefined.INSTANCE);
        byte[] bytes;
        if (data instanceof String s) {
            bytes = FsEncoding.encode(s, encoding == null ? "utf8" : encoding);
        } else if (data instanceof FsBuffer b) {
            bytes = b.bytes;
        } else {
            throw NodeErrors.invalidArgType("data", "string or an instance of Buffer, TypedArray, or DataView", data);
        }
        String flag = flag(args.length > 2 ? args[2] : Undefined.INSTANCE, append ? "a" : "w");
        java.nio.file.OpenOption[] options = FsOperations.writeOptions(flag);
        if (options == null) {
            throw NodeErrors.withCode(realm.typeErrorPrototype(), "ERR_INVALID_ARG_VALUE",
                    "The argument 'flags' is invalid. Received " + org.minijs.runtime.console.Inspect.inspect(flag));
        }
        // open, write, close
        return new Request<>(() -> FsOperations.writeFile(p, bytes, options), v -> NO_RESULT, display(args), 3, 3);
    }

    // ---- the three surfaces -----------------------------------------------------------------------------

    private void define(String name, int length, Parser parser) {
        fs.set(name, realm.newBuiltinFunction(name, length, (t, args, nt) -> {
            Object last = args.length > 0 ? args[args.length - 1] : Undefined.INSTANCE;
            if (!(last instanceof JSFunction callback)) {
                throw NodeErrors.invalidArgType("cb", "function", last);
            }
            submit(parser.parse(Arrays.copyOf(args, args.length - 1)), callback);
            return Undefined.INSTANCE;
        }));
        fs.set(name + "Sync", realm.newBuiltinFunction(name + "Sync", length, (t, args, nt) ->
                runSync(parser.parse(args))));
        promises.set(name, realm.newBuiltinFunction(name, length, (t, args, nt) -> {
            PromiseSupport capability = PromiseSupport.create(realm);
            try {
                submitForPromise(parser.parse(args), capability);
            } catch (JSException e) {
                capability.rejectWith(e.value());
            }
            return capability.promise();
        }));
    }

    private <T> void submit(Request<T> request, JSFunction callback) {
        loop.submitIo(request.work()::run, (result, failure) -> {
            if (failure != null) { // the first step (open) failed: node calls back at once
                callback.call(Undefined.INSTANCE, error(failure, request.displayPath()));
                return;
            }
            afterRoundTrips(request.roundTrips() - 1, () -> {
                Object value = request.toJs().apply(result);
                if (value == NO_RESULT) {
                    callback.call(Undefined.INSTANCE, Null.INSTANCE);
                } else {
                    callback.call(Undefined.INSTANCE, Null.INSTANCE, value);
                }
            });
        });
    }

    private <T> void submitForPromise(Request<T> request, PromiseSupport capability) {
        loop.submitIo(request.work()::run, (result, failure) -> {
            if (failure != null) {
                capability.rejectWith(error(failure, request.displayPath()));
                return;
            }
            afterRoundTrips(request.promiseRoundTrips() - 1, () -> {
                Object value = request.toJs().apply(result);
                capability.fulfill(value == NO_RESULT ? Undefined.INSTANCE : value);
            });
        });
    }

    /** The remaining steps of a multi-step call (fstat, read, close ...): each an empty trip through the pool. */
    private void afterRoundTrips(int remaining, Runnable deliver) {
        if (remaining <= 0) {
            deliver.run();
            return;
        }
        loop.submitIo(() -> null, (nothing, failure) -> afterRoundTrips(remaining - 1, deliver));
    }

    private <T> Object runSync(Request<T> request) {
        try {
            Object value = request.toJs().apply(request.work().run());
            return value == NO_RESULT ? Undefined.INSTANCE : value;
        } catch (FsFailure f) {
            throw new JSException(error(f, request.displayPath()), null);
        }
    }

    /** uvException: "ENOENT: no such file or directory, open 'x'" with errno, code, syscall and path. */
    private JSErrorObject error(Exception failure, String displayPath) {
        if (!(failure instanceof FsFailure f)) {
            return Errors.createError(realm.errorPrototype(), String.valueOf(failure.getMessage()), null);
        }
        FsFailure shown = f.path == null ? f : new FsFailure(f.code, f.syscall, Path.of(displayPath), f.dest);
        JSErrorObject error = Errors.createError(realm.errorPrototype(), shown.message(), null);
        error.set("errno", f.errno());
        error.set("code", f.code);
        error.set("syscall", f.syscall);
        if (f.path != null) {
            error.set("path", displayPath);
        }
        if (f.dest != null) {
            error.set("dest", f.dest);
        }
        return error;
    }

    // ---- arguments --------------------------------------------------------------------------------------

    private Path path(Object[] args, int index) {
        Object p = index < args.length ? args[index] : Undefined.INSTANCE;
        if (p instanceof FsBuffer b) {
            p = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!(p instanceof String s)) {
            throw NodeErrors.invalidArgType("path", "string or an instance of Buffer or URL", p);
        }
        return cwd.get().resolve(s);
    }

    private static String display(Object[] args) {
        return display(args, 0);
    }

    /** An argument path as the program wrote it, for messages. */
    private static String display(Object[] args, int index) {
        return args.length > index && args[index] instanceof String s ? s : String.valueOf(args.length > index ? args[index] : "");
    }

    /** An encoding given as a string or as {encoding}; null means "return a Buffer". */
    private static String encoding(Object options) {
        Object e = options instanceof JSObject o && !(options instanceof JSFunction) ? o.get("encoding") : options;
        if (e == Undefined.INSTANCE || e == Null.INSTANCE) {
            return null;
        }
        String encoding = JSRuntime.toString(e);
        FsEncoding.check(encoding);
        return encoding;
    }

    /** The options' "flag" (node's open flags), or the call's default. */
    private static String flag(Object options, String defaultFlag) {
        Object f = options instanceof JSObject o && !(options instanceof JSFunction) ? o.get("flag") : Undefined.INSTANCE;
        return f == Undefined.INSTANCE || f == Null.INSTANCE ? defaultFlag : JSRuntime.toString(f);
    }

    private static boolean option(Object[] args, int index, String name) {
        return index < args.length && args[index] instanceof JSObject o && JSRuntime.toBoolean(o.get(name));
    }

    // ---- Stats ------------------------------------------------------------------------------------------

    private JSObject statsPrototype() {
        return kindPrototype("Stats", STATS_KIND, List.of("isFile", "isDirectory", "isSymbolicLink", "isFIFO",
                "isSocket", "isBlockDevice", "isCharacterDevice"), kind -> kind);
    }

    /**
     * A prototype for {@code className} objects whose is* methods (isFile ...) each compare the object's
     * {@code slot} with the value {@code kindValue} gives that method.
     */
    private JSObject kindPrototype(String className, Symbol slot, List<String> methods,
                                   Function<String, Object> kindValue) {
        JSObject proto = realm.newObject();
        JSFunction ctor = realm.newBuiltinFunction(className, 0, (t, args, nt) -> Undefined.INSTANCE);
        ctor.defineOwnProperty("prototype", PropertyCell.data(proto, 0));
        proto.defineHidden("constructor", ctor);
        for (String method : methods) {
            Object value = kindValue.apply(method);
            proto.defineHidden(method, realm.newBuiltinFunction(method, 0, (t, args, nt) ->
                    t instanceof JSObject o && value.equals(o.get(slot))));
        }
        return proto;
    }

    private static final Symbol STATS_KIND = new Symbol("kind");
    /** node's Dirent keeps its uv_dirent_type_t under an enumerable Symbol(type), which inspect shows. */
    private static final Symbol DIRENT_TYPE = new Symbol("type");
    private static final List<String> DIRENT_KINDS = List.of("isDirectory", "isFile", "isBlockDevice",
            "isCharacterDevice", "isSymbolicLink", "isFIFO", "isSocket");

    private JSObject direntPrototype() {
        return kindPrototype("Dirent", DIRENT_TYPE, DIRENT_KINDS, kind ->
                kind.equals("isFile") ? 1 : kind.equals("isDirectory") ? 2 : kind.equals("isSymbolicLink") ? 3 : -1);
    }

    private JSObject dirent(FsOperations.DirEntry entry, String parent) {
        JSObject d = new JSObject(direntPrototype);
        d.set("name", entry.name());
        d.set("parentPath", parent);
        d.set("path", parent);
        d.defineOwnProperty(DIRENT_TYPE, PropertyCell.data(entry.type(), PropertyCell.WRITABLE | PropertyCell.ENUMERABLE
                | PropertyCell.CONFIGURABLE));
        return d;
    }

    private JSObject stats(FsOperations.StatData d) {
        JSObject s = new JSObject(statsPrototype);
        s.defineOwnProperty(STATS_KIND, PropertyCell.data(d.isFile() ? "isFile" : d.isDirectory() ? "isDirectory"
                : d.isSymbolicLink() ? "isSymbolicLink" : "other", 0));
        s.set("dev", 0);
        s.set("mode", d.mode());
        s.set("nlink", (double) d.nlink());
        s.set("uid", d.uid());
        s.set("gid", d.gid());
        s.set("rdev", 0);
        s.set("blksize", 4096);
        s.set("ino", (double) d.ino());
        s.set("size", (double) d.size());
        s.set("blocks", (double) ((d.size() + 511) / 512));
        s.set("atimeMs", (double) d.atimeMillis());
        s.set("mtimeMs", (double) d.mtimeMillis());
        s.set("ctimeMs", (double) d.ctimeMillis());
        s.set("birthtimeMs", (double) d.birthtimeMillis());
        s.set("atime", date(d.atimeMillis()));
        s.set("mtime", date(d.mtimeMillis()));
        s.set("ctime", date(d.ctimeMillis()));
        s.set("birthtime", date(d.birthtimeMillis()));
        return s;
    }

    private Object date(long millis) {
        JSFunction dateConstructor = (JSFunction) realm.globalObject().get("Date");
        return dateConstructor.construct(new Object[]{(double) millis}, dateConstructor);
    }
}
