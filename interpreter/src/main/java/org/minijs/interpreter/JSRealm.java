package org.minijs.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import org.minijs.ast.Program;
import org.minijs.interpreter.builtins.BuiltinRootNode;
import org.minijs.interpreter.builtins.Intrinsics;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.translate.Translator;

/**
 * A realm (ECMA-262 §9.3): the intrinsics, the global object and the host hooks. One per polyglot context.
 */
public final class JSRealm {
    private final MiniJsLanguage language;
    private final TruffleLanguage.Env env;
    private HostHooks hooks = NO_HOST;
    private final RootCallTarget builtinCallTarget;
    private final Intrinsics intrinsics;
    /** Sources whose first line begins with host text (the CommonJS wrapper), and its length. */
    private final java.util.Map<Source, Integer> firstLineShifts = new java.util.WeakHashMap<>();

    JSRealm(MiniJsLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.builtinCallTarget = new BuiltinRootNode(language).getCallTarget();
        this.intrinsics = new Intrinsics(this);
        this.intrinsics.install(this);
        intrinsicsInstalled = true;
        // V8 leaves no frame of its own for these: the function they call appears called by their caller
        JSObject reflect = (JSObject) intrinsics.globalObject.get("Reflect");
        for (Object transparent : new Object[]{intrinsics.functionPrototype.get("call"),
                intrinsics.functionPrototype.get("apply"), reflect.get("apply"), reflect.get("construct"),
                ((JSObject) intrinsics.globalObject.get("Error")).get("captureStackTrace")}) {
            stackVisibleBuiltins.remove(transparent);
        }
    }

    /**
     * The language's own built-in functions, which stack traces show as V8 does ("at Array.forEach
     * (<anonymous>)"): those made while the intrinsics are installed. Host functions (console, timers, require)
     * and functions made later (bound functions, resolving functions) are not among them.
     */
    private final java.util.Set<JSFunction> stackVisibleBuiltins =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean intrinsicsInstalled;

    public boolean isStackVisibleBuiltin(JSFunction f) {
        return stackVisibleBuiltins.contains(f);
    }

    public static JSRealm get(Node node) {
        return MiniJsLanguage.realm(node);
    }

    public MiniJsLanguage language() {
        return language;
    }

    public HostHooks hooks() {
        return hooks;
    }

    /** The current time in ms since the epoch, read from the host: the engine itself owns no clock. */
    public double currentTimeMillis() {
        return hooks.currentTimeMillis();
    }

    /** Installs the host; its {@link HostHooks#listener()} must be in place already (it is read once here). */
    public void setHooks(HostHooks hooks) {
        this.hooks = hooks;
        if (hooks.listener().enabled()) {
            language.noEngineListener().invalidate();
        }
    }

    /** The engine listener, or null when none can be enabled: the check function entry and exit make. */
    public static EngineListener listenerOrNull(Node node, MiniJsLanguage language) {
        if (language.noEngineListener().isValid()) {
            return null;
        }
        EngineListener listener = get(node).hooks.listener();
        return listener.enabled() ? listener : null;
    }

    public JSObject globalObject() { return intrinsics.globalObject; }

    /** A global the host makes on first use (see {@link org.minijs.interpreter.objects.GlobalObject#defineLazy}). */
    public void defineLazyGlobal(String name, java.util.function.Supplier<Object> value) {
        ((org.minijs.interpreter.objects.GlobalObject) intrinsics.globalObject).defineLazy(name, value);
    }
    public JSObject objectPrototype() { return intrinsics.objectPrototype; }
    public JSObject functionPrototype() { return intrinsics.functionPrototype; }
    public JSObject arrayPrototype() { return intrinsics.arrayPrototype; }
    public JSObject stringPrototype() { return intrinsics.stringPrototype; }
    public JSObject numberPrototype() { return intrinsics.numberPrototype; }
    public JSObject booleanPrototype() { return intrinsics.booleanPrototype; }
    public JSObject symbolPrototype() { return intrinsics.symbolPrototype; }
    public JSObject promisePrototype() { return intrinsics.promisePrototype; }
    public JSObject promiseConstructor() { return intrinsics.promiseConstructor; }
    public JSObject errorPrototype() { return intrinsics.errorPrototype; }
    public JSFunction errorConstructor() { return intrinsics.errorConstructor; }
    public JSObject typeErrorPrototype() { return intrinsics.typeErrorPrototype; }
    public JSObject rangeErrorPrototype() { return intrinsics.rangeErrorPrototype; }
    public JSObject referenceErrorPrototype() { return intrinsics.referenceErrorPrototype; }
    public JSObject syntaxErrorPrototype() { return intrinsics.syntaxErrorPrototype; }
    public JSObject aggregateErrorPrototype() { return intrinsics.aggregateErrorPrototype; }
    public JSObject generatorPrototype() { return intrinsics.generatorPrototype; }
    public JSObject asyncGeneratorPrototype() { return intrinsics.asyncGeneratorPrototype; }
    public JSObject asyncIteratorPrototype() { return intrinsics.asyncIteratorPrototype; }
    public JSObject regExpPrototype() { return intrinsics.regExpPrototype; }

    /** The [[Prototype]] of a new function object of this kind (%Function.prototype%, %AsyncFunction.prototype% ...). */
    public JSObject functionPrototypeFor(FunctionData.Kind kind) {
        return switch (kind) {
            case ASYNC, ASYNC_ARROW -> intrinsics.asyncFunctionPrototype;
            case GENERATOR -> intrinsics.generatorFunctionPrototype;
            case ASYNC_GENERATOR -> intrinsics.asyncGeneratorFunctionPrototype;
            default -> intrinsics.functionPrototype;
        };
    }

    /** Compiles a pattern with TRegex; compiled matchers are cached per pattern and flags. */
    @TruffleBoundary
    public org.minijs.interpreter.regexp.CompiledRegex compileRegex(String pattern, String flags) {
        return regexCache.computeIfAbsent(pattern + "/" + flags,
                k -> org.minijs.interpreter.regexp.CompiledRegex.compile(env, pattern, flags));
    }

    private final java.util.Map<String, org.minijs.interpreter.regexp.CompiledRegex> regexCache = new java.util.HashMap<>();

    /** True when iterating {@code array} cannot be observed: its @@iterator is the intrinsic %Array.prototype.values%. */
    public boolean isPristineArrayIteration(org.minijs.interpreter.objects.JSArray array) {
        return array.get(org.minijs.interpreter.values.Symbol.ITERATOR) == intrinsics.arrayValues
                && intrinsics.arrayIteratorNextIsPristine();
    }

    /** Symbol.for's registry: the same description always gives the same symbol (hosts use it too). */
    @TruffleBoundary
    public org.minijs.interpreter.values.Symbol symbolFor(String key) {
        return symbolRegistry.computeIfAbsent(key, org.minijs.interpreter.values.Symbol::new);
    }

    /** Symbol.keyFor: the registry key of a registered symbol, or null. */
    @TruffleBoundary
    public String symbolKeyFor(org.minijs.interpreter.values.Symbol symbol) {
        for (var e : symbolRegistry.entrySet()) {
            if (e.getValue() == symbol) {
                return e.getKey();
            }
        }
        return null;
    }

    private final java.util.Map<String, org.minijs.interpreter.values.Symbol> symbolRegistry = new java.util.HashMap<>();

    /** A built-in function object running {@code behaviour}; its "name" and "length" as the spec gives them. */
    @TruffleBoundary
    public JSFunction newBuiltinFunction(String name, int length, JSBuiltin behaviour) {
        FunctionData data = new FunctionData(name, length, FunctionData.Kind.BUILTIN, true, builtinCallTarget);
        JSFunction f = new JSFunction(intrinsics.functionPrototype, data, null, null, behaviour);
        f.defineOwnProperty("length", PropertyCell.data(length, PropertyCell.CONFIGURABLE));
        f.defineOwnProperty("name", PropertyCell.data(name, PropertyCell.CONFIGURABLE));
        if (!intrinsicsInstalled) {
            stackVisibleBuiltins.add(f);
        }
        return f;
    }

    /** Installs a host-provided global function (console methods, timers, queueMicrotask ...). */
    public JSFunction defineGlobalFunction(String name, int length, JSBuiltin behaviour) {
        JSFunction f = newBuiltinFunction(name, length, behaviour);
        intrinsics.globalObject.defineHidden(name, f);
        return f;
    }

    public JSObject newObject() {
        return new JSObject(intrinsics.objectPrototype);
    }

    /**
     * Runs a script as node runs a CommonJS module body: a function whose this is {@code thisValue}.
     * Throws {@link org.minijs.parser.SyntaxError}, {@link org.minijs.interpreter.translate.UnsupportedFeature}
     * (both before anything runs) or a JSException the script did not catch.
     */
    @TruffleBoundary
    public Object evaluateScript(String text, String path, Object thisValue) {
        return evaluateScript(text, path, thisValue, false);
    }

    /**
     * As {@link #evaluateScript(String, String, Object)}; with {@code completion} the result is the script's
     * completion value (the value of its last expression statement), as eval, {@code -e} and a REPL need.
     */
    @TruffleBoundary
    public Object evaluateScript(String text, String path, Object thisValue, boolean completion) {
        return evaluateScript(text, path, thisValue, completion, false);
    }

    /**
     * Global code (node's -e, the REPL): top-level var, let, const, function and class declarations become
     * properties of the global object, so the next evaluation in this realm sees them.
     */
    @TruffleBoundary
    public Object evaluateGlobalCode(String text, String path) {
        return evaluateScript(text, path, intrinsics.globalObject, true, true);
    }

    /**
     * As {@link #evaluateScript(String, String, Object)} for a script whose first line starts with host text
     * of {@code firstLineShift} characters (node's CommonJS wrapper): stack traces show the user's columns.
     */
    @TruffleBoundary
    public Object evaluateWrappedScript(String text, String path, Object thisValue, int firstLineShift) {
        return evaluateScript(text, path, thisValue, false, false, firstLineShift);
    }

    /** The column of a source position as the user wrote it (see {@link #evaluateWrappedScript}). */
    public int userColumn(Source source, int line, int column) {
        Integer shift = line == 1 ? firstLineShifts.get(source) : null;
        return shift == null ? column : Math.max(1, column - shift);
    }

    private Object evaluateScript(String text, String path, Object thisValue, boolean completion, boolean globalCode) {
        return evaluateScript(text, path, thisValue, completion, globalCode, 0);
    }

    @TruffleBoundary
    private Object evaluateScript(String text, String path, Object thisValue, boolean completion, boolean globalCode,
                                  int firstLineShift) {
        return evaluate(text, path, thisValue, firstLineShift,
                (translator, program) -> translator.translateScript(program, completion, globalCode));
    }

    /** PerformEval's script as an indirect eval (global's eval): see Translator.translateEval. */
    @TruffleBoundary
    public Object evaluateEvalCode(String text) {
        return evaluate(text, "<anonymous>", intrinsics.globalObject, 0, Translator::translateEval);
    }

    private Object evaluate(String text, String path, Object thisValue, int firstLineShift,
                            java.util.function.BiFunction<Translator, Program, RootCallTarget> translate) {
        Program program = org.minijs.parser.JsParser.parse(text, path);
        Source source = Source.newBuilder(MiniJsLanguage.ID, text, path).build();
        if (firstLineShift > 0) {
            firstLineShifts.put(source, firstLineShift);
        }
        RootCallTarget target;
        try {
            target = translate.apply(new Translator(language, source), program);
        } catch (org.minijs.interpreter.translate.UnsupportedFeature e) {
            throw asSyntaxError(e, text, path);
        }
        if (firstLineShift > 0) {
            // the wrapper script only calls the module function, which node's stack shows as Object.<anonymous>
            ((org.minijs.interpreter.nodes.JSRootNode) target.getRootNode()).hideFromStackTraces();
        }
        FunctionData data = new FunctionData("", 0, FunctionData.Kind.NORMAL, program.strict(), target);
        JSFunction script = new JSFunction(intrinsics.functionPrototype, data, null, null);
        return script.call(thisValue);
    }

    /** Early errors found by the translator read exactly like the parser's SyntaxErrors (file:line:col, caret). */
    private static org.minijs.parser.SyntaxError asSyntaxError(org.minijs.interpreter.translate.UnsupportedFeature e,
                                                               String text, String path) {
        String[] lines = text.split("\n", -1);
        int line = e.span().line();
        return new org.minijs.parser.SyntaxError(e.getMessage(), path, line, e.span().column(),
                line >= 1 && line <= lines.length ? lines[line - 1] : null);
    }

    /** Translates an ES module for the host to link and evaluate (see ModuleUnit). */
    @TruffleBoundary
    public org.minijs.interpreter.modules.ModuleUnit compileModule(org.minijs.ast.Module module, String text, String path) {
        Source source = Source.newBuilder(MiniJsLanguage.ID, text, path).build();
        try {
            return new Translator(language, source).translateModule(module);
        } catch (org.minijs.interpreter.translate.UnsupportedFeature e) {
            throw asSyntaxError(e, text, path);
        }
    }

    /**
     * Evaluates a linked module body with its environment (allocated by the host with
     * {@code new Environment(unit.environmentSize(), null)}); returns a promise when the module awaits at top
     * level, else undefined.
     */
    @TruffleBoundary
    public void instantiateModule(org.minijs.interpreter.modules.ModuleUnit unit,
                                  org.minijs.interpreter.objects.Environment environment) {
        FunctionData data = new FunctionData("", 0, FunctionData.Kind.NORMAL, true, unit.instantiate());
        new JSFunction(intrinsics.functionPrototype, data, environment, null).call(
                org.minijs.interpreter.values.Undefined.INSTANCE);
    }

    /** Runs a linked, instantiated module body (see {@link #instantiateModule}). */
    @TruffleBoundary
    public Object evaluateModule(org.minijs.interpreter.modules.ModuleUnit unit,
                                 org.minijs.interpreter.objects.Environment environment) {
        FunctionData data = new FunctionData("", 0, unit.hasTopLevelAwait() ? FunctionData.Kind.ASYNC
                : FunctionData.Kind.NORMAL, true, unit.body());
        JSFunction body = new JSFunction(intrinsics.functionPrototype, data, environment, null);
        return body.call(org.minijs.interpreter.values.Undefined.INSTANCE);
    }

    /** Translates a parsed script into a call target that runs it as node runs a CommonJS module body. */
    @TruffleBoundary
    public RootCallTarget translateScript(Program program, Source source) {
        return new Translator(language, source).translateScript(program);
    }

    private static final HostHooks NO_HOST = new HostHooks() {
        @Override
        public void enqueuePromiseJob(Job job) {
            throw new IllegalStateException("no host installed: promise jobs cannot run");
        }

        @Override
        public void promiseRejectionTracker(JSObject promise, boolean handled) {
        }
    };
}
