package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;
import org.minijs.parser.SyntaxError;
import org.minijs.runtime.SourceFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CommonJS as node's lib/internal/modules/cjs/loader.js does it for relative and absolute paths: resolution
 * (exact file, then .js, .json, then dir/index.js, dir/index.json), one Module object per file cached in
 * require.cache before its body runs (so a cycle sees the partial exports), .json parsed with JSON.parse,
 * and a module whose body throws removed from the cache again.
 */
public final class CommonJsLoader {
    private static final String[] EXTENSIONS = {".js", ".json"};

    private final JSRealm realm;
    private final SourceFiles sources;
    private final BuiltinModules builtins;
    /** Module._cache, exposed as require.cache: deleting an entry makes the next require load it again. */
    private final JSObject cache;
    private final JSObject modulePrototype;
    /** module.parent links (deprecated in node as a property, but the require stack still follows them). */
    private final java.util.Map<JSObject, JSObject> parents = new java.util.IdentityHashMap<>();
    private JSObject mainModule = null;

    public CommonJsLoader(JSRealm realm, SourceFiles sources, BuiltinModules builtins) {
        this.realm = realm;
        this.sources = sources;
        this.builtins = builtins;
        this.cache = new JSObject(null);
        this.modulePrototype = realm.newObject();
        JSFunction ctor = realm.newBuiltinFunction("Module", 0, (t, args, nt) -> Undefined.INSTANCE);
        ctor.defineOwnProperty("prototype", PropertyCell.data(modulePrototype, 0));
        modulePrototype.defineHidden("constructor", ctor);
    }

    /** Runs the program's entry file as module '.', whose this is its module.exports. */
    public void runMain(Path file, String source) {
        String filename = file.toString();
        JSObject module = newModule(".", filename, null);
        mainModule = module;
        cache.set(filename, module);
        execute(module, filename, source);
    }

    /**
     * Runs code given with -e as node's evalScript does: not wrapped, but as a script whose {@code this} is
     * globalThis, with module, exports, require, __filename ("[eval]") and __dirname (".") made globals;
     * requires resolve from the working directory.
     */
    public void runEval(String source, Path cwd) {
        JSObject module = newModule("[eval]", cwd.resolve("[eval]").toString(), null);
        mainModule = module;
        sources.add("[eval]", source);
        JSObject global = realm.globalObject();
        global.defineHidden("module", module);
        global.defineHidden("exports", module.get("exports"));
        global.defineHidden("require", makeRequire(module, cwd));
        global.defineHidden("__filename", "[eval]");
        global.defineHidden("__dirname", ".");
        realm.evaluateGlobalCode(source, "[eval]");
        module.set("loaded", true);
    }

    /**
     * What an ES module's import of a CommonJS file or a built-in module gets: its module.exports (loaded and
     * cached as require would).
     */
    public Object requireForImport(Path directory, String request) {
        if (esmImporter == null) {
            esmImporter = newModule("[esm]", directory.resolve("[esm]").toString(), null);
        }
        return require(esmImporter, directory, request);
    }

    /** Where require(request) from {@code directory} would load from (a package in node_modules ...), or null. */
    public Path resolveForImport(Path directory, String request) {
        try {
            return resolve(request, directory, null);
        } catch (JSException notFound) {
            return null;
        }
    }

    /** True when {@code request} names a built-in module (fs, node:path ...). */
    public boolean isBuiltin(String request) {
        return builtins.canonical(request) != null;
    }

    private JSObject esmImporter;

    private JSObject newModule(String id, String filename, JSObject parent) {
        JSObject module = new JSObject(modulePrototype);
        module.set("id", id);
        module.set("path", parentDirectory(filename));
        module.set("exports", realm.newObject());
        module.set("filename", filename);
        module.set("loaded", false);
        module.set("children", new JSArray(realm.arrayPrototype(), new ArrayList<>()));
        module.set("paths", new JSArray(realm.arrayPrototype(), new ArrayList<>()));
        if (parent != null) {
            parents.put(module, parent);
            if (parent.get("children") instanceof JSArray children) {
                children.push(module);
            }
        }
        return module;
    }

    private void execute(JSObject module, String filename, String source) {
        Path file = Path.of(filename);
        sources.add(filename, source);
        if (filename.endsWith(".json")) {
            module.set("exports", parseJson(filename, source));
        } else {
            ModuleWrapper.run(realm, source, filename, module, makeRequire(module, file.getParent()), filename,
                    parentDirectory(filename));
        }
        module.set("loaded", true);
    }

    private JSFunction makeRequire(JSObject module, Path directory) {
        JSFunction require = realm.newBuiltinFunction("require", 1, (t, args, nt) ->
                require(module, directory, requestArgument(args)));
        require.defineHidden("resolve", realm.newBuiltinFunction("resolve", 1, (t, args, nt) -> {
            String request = requestArgument(args);
            String builtin = builtins.canonical(request);
            return builtin != null ? request : resolve(request, directory, module).toString();
        }));
        require.set("cache", cache);
        require.set("main", mainModule == null ? Undefined.INSTANCE : mainModule);
        module.defineHidden("require", require);
        return require;
    }

    private static String requestArgument(Object[] args) {
        Object id = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (!(id instanceof String s)) {
            throw org.minijs.runtime.NodeErrors.invalidArgType("id", "string", id);
        }
        if (s.isEmpty()) {
            throw org.minijs.runtime.NodeErrors.withCode(JSRealm.get(null).typeErrorPrototype(),
                    "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''");
        }
        return s;
    }

    /** Module._load: a built-in, else the cached module, else a new module loaded and cached first. */
    private Object require(JSObject parent, Path directory, String request) {
        String builtin = builtins.canonical(request);
        if (builtin != null) {
            return builtins.get(builtin);
        }
        Path file = resolve(request, directory, parent);
        String filename = file.toString();
        if (cache.get(filename) instanceof JSObject cached) {
            // updateChildren(parent, cached, scan): a second parent lists the cached module once too
            if (parent.get("children") instanceof JSArray children && cached != parent
                    && !children.elements().contains(cached)) {
                children.push(cached);
            }
            return cached.get("exports");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JSException(Errors.createError(realm.errorPrototype(), "Cannot read module '" + filename
                    + "': " + e.getMessage(), null), null);
        }
        JSObject module = newModule(filename, filename, parent);
        cache.set(filename, module);
        boolean ok = false;
        try {
            execute(module, filename, source);
            ok = true;
        } catch (SyntaxError e) {
            // In a required module a syntax error is an exception the requiring code can catch.
            throw new JSException(Errors.createError(realm.syntaxErrorPrototype(), e.getMessage(), null), null);
        } finally {
            if (!ok) {
                cache.delete(filename);
                if (parent.get("children") instanceof JSArray children) {
                    children.elements().remove(module);
                }
            }
        }
        return module.get("exports");
    }

    /**
     * Module._resolveFilename: ./x, ../x and /x as a file or a directory; a bare name from the node_modules
     * folders of this directory and its parents (LOAD_NODE_MODULES).
     */
    private Path resolve(String request, Path directory, JSObject parent) {
        Path found = null;
        if (request.startsWith("./") || request.startsWith("../") || request.equals(".") || request.equals("..")
                || request.startsWith("/")) {
            Path base = directory.resolve(request).normalize();
            found = loadAsFile(base);
            if (found == null) {
                found = loadAsDirectory(base);
            }
        } else {
            for (Path d = directory.toAbsolutePath(); d != null && found == null; d = d.getParent()) {
                if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) {
                    continue;
                }
                Path base = d.resolve("node_modules").resolve(request).normalize();
                found = loadAsFile(base);
                if (found == null) {
                    found = loadAsDirectory(base);
                }
            }
        }
        if (found != null) {
            return found;
        }
        throw notFound(request, parent);
    }

    /** LOAD_AS_FILE: the exact file, then with .js and .json. */
    private static Path loadAsFile(Path base) {
        Path found = tryFile(base);
        for (int i = 0; found == null && i < EXTENSIONS.length; i++) {
            found = tryFile(Path.of(base + EXTENSIONS[i]));
        }
        return found;
    }

    /** LOAD_AS_DIRECTORY: package.json's "main" (as a file, or a directory's index), then index.js/.json. */
    private Path loadAsDirectory(Path base) {
        Path packageJson = base.resolve("package.json");
        if (Files.isRegularFile(packageJson)) {
            Object main = packageMain(packageJson);
            if (main instanceof String m && !m.isEmpty()) {
                Path target = base.resolve(m).normalize();
                Path found = loadAsFile(target);
                if (found == null) {
                    found = loadIndex(target);
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return loadIndex(base);
    }

    private static Path loadIndex(Path base) {
        Path found = null;
        for (int i = 0; found == null && i < EXTENSIONS.length; i++) {
            found = tryFile(base.resolve("index" + EXTENSIONS[i]));
        }
        return found;
    }

    /** The "main" field of a package.json (parsed with the realm's JSON.parse), or undefined. */
    private Object packageMain(Path packageJson) {
        try {
            String text = Files.readString(packageJson, StandardCharsets.UTF_8);
            JSObject json = (JSObject) realm.globalObject().get("JSON");
            Object parsed = ((JSFunction) json.get("parse")).call(json, text);
            return parsed instanceof JSObject o ? o.get("main") : Undefined.INSTANCE;
        } catch (IOException | org.minijs.interpreter.errors.JSException e) {
            return Undefined.INSTANCE; // node: an unreadable or invalid package.json falls back to index
        }
    }

    private static Path tryFile(Path p) {
        return Files.isRegularFile(p) ? p.toAbsolutePath().normalize() : null;
    }

    /** "Cannot find module 'x'\nRequire stack:\n- ..." with code MODULE_NOT_FOUND and requireStack. */
    private JSException notFound(String request, JSObject parent) {
        List<Object> stack = new ArrayList<>();
        StringBuilder message = new StringBuilder("Cannot find module '").append(request).append("'");
        for (JSObject m = parent; m != null; m = parents.get(m)) {
            stack.add(JSRuntime.toString(m.get("filename")));
        }
        if (!stack.isEmpty()) {
            message.append("\nRequire stack:");
            for (Object s : stack) {
                message.append("\n- ").append(s);
            }
        }
        JSErrorObject error = Errors.createError(realm.errorPrototype(), message.toString(), null);
        error.set("code", "MODULE_NOT_FOUND");
        error.set("requireStack", new JSArray(realm.arrayPrototype(), stack));
        return new JSException(error, null);
    }

    private Object parseJson(String filename, String source) {
        JSObject json = (JSObject) realm.globalObject().get("JSON");
        JSFunction parse = (JSFunction) json.get("parse");
        try {
            return parse.call(json, source.startsWith("\uFEFF") ? source.substring(1) : source);
        } catch (JSException e) {
            if (e.value() instanceof JSObject error) {
                error.set("message", filename + ": " + JSRuntime.toString(error.get("message")));
            }
            throw e;
        }
    }

    private static String parentDirectory(String filename) {
        Path parent = Path.of(filename).getParent();
        return parent == null ? "." : parent.toString();
    }
}
