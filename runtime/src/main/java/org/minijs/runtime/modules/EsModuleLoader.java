package org.minijs.runtime.modules;

import org.minijs.ast.Module;
import org.minijs.ast.ModuleDeclaration;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.modules.ImportCell;
import org.minijs.interpreter.modules.ModuleNamespace;
import org.minijs.interpreter.modules.ModuleUnit;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.InternalHandler;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.Undefined;
import org.minijs.parser.JsParser;
import org.minijs.parser.SyntaxError;
import org.minijs.runtime.SourceFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ES modules ({@code .mjs}) as node loads them: parse and translate the whole graph, link every import
 * binding to the exporting module's environment (live bindings; cycles allowed), then evaluate depth-first in
 * import order. A module that awaits at top level makes its dependents wait for its promise. CommonJS files
 * and built-ins can be imported; they provide a default export (module.exports) and its own keys as names.
 */
public final class EsModuleLoader {
    private final JSRealm realm;
    private final SourceFiles sources;
    private final CommonJsLoader commonJs;
    private final Map<String, Record> records = new HashMap<>();

    /** A module record: its translation, its environment, what it requests, and its evaluation state. */
    private static final class Record {
        final String key;
        final Path path;
        Module ast;
        ModuleUnit unit;
        Environment environment;
        Object commonJsExports; // set for CommonJS and built-in modules imported from ESM, once they ran
        String commonJsRequest; // a CommonJS file imported from ESM: runs in evaluation order, not at load
        Path commonJsDirectory;
        /** Named imports of a CommonJS file that has not run yet: one cell each, filled when it runs. */
        final Map<String, Environment> commonJsCells = new LinkedHashMap<>();
        /** Where the first import of each such name is, for node's SyntaxError when module.exports lacks it. */
        final Map<String, Map.Entry<Record, ModuleDeclaration>> commonJsImporters = new HashMap<>();
        final List<Record> requested = new ArrayList<>();
        final Map<String, Record> bySpecifier = new HashMap<>();
        ModuleNamespace namespace;
        boolean instantiated;
        boolean evaluating;
        boolean evaluated;
        JSPromise evaluation; // pending while a top-level await (its own or a dependency's) is in progress

        Record(String key, Path path) {
            this.key = key;
            this.path = path;
        }
    }

    public EsModuleLoader(JSRealm realm, SourceFiles sources, CommonJsLoader commonJs) {
        this.realm = realm;
        this.sources = sources;
        this.commonJs = commonJs;
    }

    /** Loads, links and evaluates the entry module; returns its evaluation promise, or null when done. */
    public JSPromise runMain(Path file, String source) {
        Record main = parse(file.toString(), file, source);
        loadRequested(main);
        link(main, new HashSet<>());
        for (Record r : records.values()) {
            if (r.ast != null && !r.instantiated) {
                r.instantiated = true;
                realm.instantiateModule(r.unit, r.environment);
            }
        }
        return evaluate(main);
    }

    // ---- loading ---------------------------------------------------------------------------------------

    private Record parse(String key, Path path, String source) {
        Record r = new Record(key, path);
        records.put(key, r);
        sources.add(path.toString(), source);
        r.ast = JsParser.parseModule(source, path.toString());
        r.unit = realm.compileModule(r.ast, source, path.toString());
        r.environment = new Environment(r.unit.environmentSize(), null);
        return r;
    }

    private void loadRequested(Record r) {
        for (ModuleDeclaration d : r.ast.declarations()) {
            String specifier = sourceOf(d);
            if (specifier == null || r.bySpecifier.containsKey(specifier)) {
                continue;
            }
            Record dep = load(r, specifier);
            r.bySpecifier.put(specifier, dep);
            r.requested.add(dep);
        }
    }

    private Record load(Record importer, String specifier) {
        if (commonJs.isBuiltin(specifier)) {
            return records.computeIfAbsent("builtin:" + specifier, k -> commonJsRecord(k, null, specifier, importer));
        }
        Path path;
        if (!(specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/"))) {
            // a package: found in node_modules as require finds it (its "main", or index.js)
            path = commonJs.resolveForImport(importer.path.getParent(), specifier);
            if (path == null) {
                throw Errors.typeError("Cannot find package '" + specifier + "' imported from " + importer.path);
            }
        } else {
            path = importer.path.getParent().resolve(specifier).normalize();
        }
        String key = path.toString();
        Record existing = records.get(key);
        if (existing != null) {
            return existing;
        }
        if (!key.endsWith(".mjs")) {
            return records.computeIfAbsent(key, k -> commonJsRecord(k, path, key, importer));
        }
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.typeError("Cannot find module '" + path + "' imported from " + importer.path);
        }
        Record r = parse(key, path, source);
        loadRequested(r);
        return r;
    }

    /**
     * A built-in module is there already; a CommonJS file runs when its turn in the evaluation order comes, as
     * node runs it (its named imports are bound to cells that are filled then).
     */
    private Record commonJsRecord(String key, Path path, String request, Record importer) {
        Record r = new Record(key, path != null ? path : importer.path);
        if (path == null) {
            r.commonJsExports = commonJs.requireForImport(importer.path.getParent(), request);
            r.evaluated = true;
        } else {
            r.commonJsRequest = request;
            r.commonJsDirectory = importer.path.getParent();
        }
        return r;
    }

    /** Runs a CommonJS file imported from ESM, then fills the cells of its named imports and namespace. */
    private void runCommonJs(Record r) {
        r.commonJsExports = commonJs.requireForImport(r.commonJsDirectory, r.commonJsRequest);
        for (Map.Entry<String, Environment> e : r.commonJsCells.entrySet()) {
            String name = e.getKey();
            Object value = name.equals("default") ? r.commonJsExports
                    : r.commonJsExports instanceof JSObject o && o.hasProperty(name) ? o.get(name) : null;
            if (value == null) {
                Map.Entry<Record, ModuleDeclaration> importer = r.commonJsImporters.get(name);
                throw syntaxError(importer.getKey(), importer.getValue(), "Named export '" + name
                        + "' not found. The requested module '" + sourceOf(importer.getValue())
                        + "' is a CommonJS module, which may not support all module.exports as named exports.");
            }
            e.getValue().slots[0] = value;
        }
        if (r.namespace != null) {
            for (String name : exportedNames(r, new HashSet<>())) {
                ImportCell cell = new ImportCell(name);
                if (resolve(r, name, cell, new HashSet<>())) {
                    r.namespace.addExport(name, cell);
                }
            }
        }
    }

    private static String sourceOf(ModuleDeclaration d) {
        return switch (d) {
            case ModuleDeclaration.Import i -> i.source();
            case ModuleDeclaration.ExportNamed n -> n.source();
            case ModuleDeclaration.ExportAll a -> a.source();
        };
    }

    // ---- linking ---------------------------------------------------------------------------------------

    private void link(Record r, Set<Record> done) {
        if (r.ast == null || !done.add(r)) {
            return;
        }
        for (Record dep : r.requested) {
            link(dep, done);
        }
        for (ModuleDeclaration d : r.ast.declarations()) {
            if (!(d instanceof ModuleDeclaration.Import imp)) {
                continue;
            }
            Record from = r.bySpecifier.get(imp.source());
            for (ModuleDeclaration.ImportSpecifier spec : imp.specifiers()) {
                ImportCell cell = r.unit.imports().get(spec.local());
                if (spec.imported() == null) {
                    cell.bindNamespace(namespace(from));
                } else if (!resolveImport(r, imp, from, spec.imported(), cell)) {
                    throw syntaxError(r, imp, "The requested module '" + imp.source()
                            + "' does not provide an export named '" + spec.imported() + "'");
                }
            }
        }
    }

    /** ResolveExport: binds {@code cell} to the binding that {@code name} of {@code r} stands for. */
    private boolean resolve(Record r, String name, ImportCell cell, Set<String> visiting) {
        if (!visiting.add(r.key + "#" + name)) {
            return false;
        }
        if (r.commonJsRequest != null && r.commonJsExports == null) { // runs later: bind to a cell filled then
            cell.bind(r.commonJsCells.computeIfAbsent(name, n -> new Environment(1, null)), 0);
            return true;
        }
        if (r.commonJsExports != null) {
            Object value = name.equals("default") ? r.commonJsExports
                    : r.commonJsExports instanceof JSObject o && o.hasProperty(name) ? o.get(name) : null;
            if (value == null) {
                return false;
            }
            Environment constant = new Environment(1, null);
            constant.slots[0] = value;
            cell.bind(constant, 0);
            return true;
        }
        for (ModuleDeclaration d : r.ast.declarations()) {
            if (d instanceof ModuleDeclaration.ExportNamed n) {
                for (ModuleDeclaration.ExportSpecifier spec : n.specifiers()) {
                    if (!spec.exported().equals(name)) {
                        continue;
                    }
                    if (n.source() == null) {
                        Integer index = r.unit.bindingIndex().get(spec.local());
                        if (index != null) {
                            cell.bind(r.environment, index);
                            return true;
                        }
                        ImportCell imported = r.unit.imports().get(spec.local());
                        if (imported != null) { // export { x } where x was itself imported
                            return resolveImported(r, spec.local(), cell, visiting);
                        }
                        return false;
                    }
                    return resolve(r.bySpecifier.get(n.source()), spec.local(), cell, visiting);
                }
            } else if (d instanceof ModuleDeclaration.ExportAll a && name.equals(a.exported())) {
                cell.bindNamespace(namespace(r.bySpecifier.get(a.source())));
                return true;
            }
        }
        if (!name.equals("default")) {
            for (ModuleDeclaration d : r.ast.declarations()) {
                if (d instanceof ModuleDeclaration.ExportAll a && a.exported() == null
                        && resolve(r.bySpecifier.get(a.source()), name, cell, visiting)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ResolveExport for an import declaration of {@code r} (remembers the importer of a CommonJS name). */
    private boolean resolveImport(Record r, ModuleDeclaration.Import imp, Record from, String name, ImportCell cell) {
        if (from.commonJsRequest != null) {
            from.commonJsImporters.putIfAbsent(name, Map.entry(r, imp));
        }
        return resolve(from, name, cell, new HashSet<>());
    }

    private boolean resolveImported(Record r, String local, ImportCell cell, Set<String> visiting) {
        for (ModuleDeclaration d : r.ast.declarations()) {
            if (d instanceof ModuleDeclaration.Import imp) {
                for (ModuleDeclaration.ImportSpecifier spec : imp.specifiers()) {
                    if (spec.local().equals(local)) {
                        Record from = r.bySpecifier.get(imp.source());
                        if (spec.imported() == null) {
                            cell.bindNamespace(namespace(from));
                            return true;
                        }
                        return resolve(from, spec.imported(), cell, visiting);
                    }
                }
            }
        }
        return false;
    }

    /** GetModuleNamespace: every exported name of the module, each a live cell. */
    private ModuleNamespace namespace(Record r) {
        if (r.namespace != null) {
            return r.namespace;
        }
        Map<String, ImportCell> exports = new LinkedHashMap<>();
        for (String name : exportedNames(r, new HashSet<>())) {
            ImportCell cell = new ImportCell(name);
            if (resolve(r, name, cell, new HashSet<>())) {
                exports.put(name, cell);
            }
        }
        r.namespace = new ModuleNamespace(exports);
        return r.namespace;
    }

    private List<String> exportedNames(Record r, Set<Record> visiting) {
        List<String> names = new ArrayList<>();
        if (!visiting.add(r) || r.commonJsRequest != null && r.commonJsExports == null) {
            return names; // a CommonJS file's names are known once it has run
        }
        if (r.commonJsExports != null) {
            names.add("default");
            if (r.commonJsExports instanceof JSObject o) {
                for (String k : o.ownEnumerableStringKeys()) {
                    if (!k.equals("default")) {
                        names.add(k);
                    }
                }
            }
            return names;
        }
        for (ModuleDeclaration d : r.ast.declarations()) {
            if (d instanceof ModuleDeclaration.ExportNamed n) {
                n.specifiers().forEach(s -> names.add(s.exported()));
            } else if (d instanceof ModuleDeclaration.ExportAll a) {
                if (a.exported() != null) {
                    names.add(a.exported());
                } else {
                    for (String n : exportedNames(r.bySpecifier.get(a.source()), visiting)) {
                        if (!n.equals("default") && !names.contains(n)) {
                            names.add(n);
                        }
                    }
                }
            }
        }
        return names;
    }

    private SyntaxError syntaxError(Record r, ModuleDeclaration d, String message) {
        String line = sources.line(r.path.toString(), d.span().line());
        return new SyntaxError(message, r.path.toString(), d.span().line(), d.span().column(), line);
    }

    // ---- evaluation ------------------------------------------------------------------------------------

    /**
     * InnerModuleEvaluation in import order; returns null when the module (and what it imports) finished
     * synchronously, else the promise that settles when its top-level await does.
     */
    private JSPromise evaluate(Record r) {
        if (r.evaluated) {
            return r.evaluation;
        }
        if (r.commonJsRequest != null) {
            r.evaluated = true;
            runCommonJs(r);
            return null;
        }
        if (r.evaluating) {
            return null; // a cycle: the module in progress is treated as done, as the spec does
        }
        r.evaluating = true;
        List<JSPromise> waiting = new ArrayList<>();
        for (Record dep : r.requested) {
            JSPromise p = evaluate(dep);
            if (p != null && p.state() != JSPromise.State.FULFILLED) {
                waiting.add(p);
            }
        }
        if (waiting.isEmpty()) {
            r.evaluation = runBody(r);
        } else {
            PromiseCapability capability = PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm));
            r.evaluation = (JSPromise) capability.promise();
            awaitAll(waiting, 0, capability, () -> runBody(r));
        }
        r.evaluated = true;
        return r.evaluation;
    }

    /** Waits for the dependencies' promises in order, then runs the body and forwards its outcome. */
    private void awaitAll(List<JSPromise> waiting, int index, PromiseCapability capability,
                          java.util.function.Supplier<JSPromise> body) {
        if (index == waiting.size()) {
            JSPromise own = body.get();
            if (own == null) {
                settle(capability, false, Undefined.INSTANCE);
            } else {
                InternalHandler fulfilled = v -> settle(capability, false, v);
                InternalHandler rejected = e -> settle(capability, true, e);
                PromiseOperations.performPromiseThen(realm, own, fulfilled, rejected, null);
            }
            return;
        }
        InternalHandler next = v -> {
            awaitAll(waiting, index + 1, capability, body);
            return Undefined.INSTANCE;
        };
        InternalHandler rejected = e -> settle(capability, true, e);
        PromiseOperations.performPromiseThen(realm, waiting.get(index), next, rejected, null);
    }

    private Object settle(PromiseCapability capability, boolean reject, Object value) {
        ((org.minijs.interpreter.objects.JSFunction) (reject ? capability.reject() : capability.resolve()))
                .call(Undefined.INSTANCE, value);
        return Undefined.INSTANCE;
    }

    private JSPromise runBody(Record r) {
        Object result = realm.evaluateModule(r.unit, r.environment);
        return result instanceof JSPromise p ? p : null;
    }
}
