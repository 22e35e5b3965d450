package org.minijs.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.values.Undefined;

/**
 * A function object: shared {@link FunctionData} plus what this closure captured (its environment and, for
 * arrows, the lexical this). Built-ins are JSFunctions too, with a call target that runs Java code.
 */
public final class JSFunction extends JSObject {
    private final FunctionData data;
    private final Environment closure;
    private final Object lexicalThis;
    private final JSBuiltin builtin;
    /** Whether a built-in has [[Construct]]: constructors (Array, Map ...) do, plain methods (Math.max) do not. */
    private boolean builtinConstructor;
    /** An arrow's new.target: the one of the function it was created in. */
    private Object lexicalNewTarget = org.minijs.interpreter.values.Undefined.INSTANCE;

    public Object lexicalNewTarget() {
        return lexicalNewTarget;
    }

    public void setLexicalNewTarget(Object newTarget) {
        this.lexicalNewTarget = newTarget;
    }

    /** [[HomeObject]] of methods (for super lookups); arrows inherit their creator's. */
    private JSObject homeObject;
    /** [[Fields]] of a class constructor: instance fields defined on each new instance, in order. */
    private java.util.List<ClassField> fields = java.util.List.of();

    /** Private methods and accessors each instance of a class constructor receives before its fields. */
    private java.util.List<PrivateMethod> privateMethods = java.util.List.of();

    /** A ClassFieldDefinition: a property key (String, Symbol or PrivateName) and its initializer method. */
    public record ClassField(Object key, JSFunction initializer) { }

    /** A PrivateElement of kind method or accessor. */
    public record PrivateMethod(PrivateName name, PropertyCell cell) { }

    public JSFunction(JSObject prototype, FunctionData data, Environment closure, Object lexicalThis) {
        this(prototype, data, closure, lexicalThis, null);
    }

    /** A built-in function: {@code builtin} is the Java behaviour that the shared built-in root node runs. */
    public JSFunction(JSObject prototype, FunctionData data, Environment closure, Object lexicalThis,
                      JSBuiltin builtin) {
        super(prototype);
        this.data = data;
        this.closure = closure;
        this.lexicalThis = lexicalThis;
        this.builtin = builtin;
    }

    public JSBuiltin builtin() {
        return builtin;
    }

    /** [[BoundTargetFunction]] of a bound function exotic object; null for every other function. */
    private JSFunction boundTargetFunction;

    public JSFunction boundTargetFunction() {
        return boundTargetFunction;
    }

    public void setBoundTargetFunction(JSFunction target) {
        this.boundTargetFunction = target;
    }

    /** Gives a built-in function a [[Construct]] internal method. */
    public void makeConstructor() {
        builtinConstructor = true;
    }

    /** IsConstructor. */
    public boolean isConstructor() {
        return builtin != null ? builtinConstructor : data.isConstructor();
    }

    public JSObject homeObject() {
        return homeObject;
    }

    public void setHomeObject(JSObject homeObject) {
        this.homeObject = homeObject;
    }

    public java.util.List<ClassField> fields() {
        return fields;
    }

    public void setFields(java.util.List<ClassField> fields) {
        this.fields = fields;
    }

    public void setPrivateMethods(java.util.List<PrivateMethod> privateMethods) {
        this.privateMethods = privateMethods;
    }

    @Override
    public String className() {
        return "Function";
    }

    public FunctionData data() {
        return data;
    }

    public Environment closure() {
        return closure;
    }

    public Object lexicalThis() {
        return lexicalThis;
    }

    /** Function.prototype.toString's text: the source as written, or V8's text for a built-in. */
    public String sourceText() {
        String source = data == null ? null : data.sourceText();
        return source != null ? source : "function " + name() + "() { [native code] }";
    }

    public String name() {
        Object n = getOwnProperty("name") != null ? getOwnProperty("name").value : data.name;
        return n instanceof String s ? s : data.name;
    }

    /**
     * [[Construct]] from Java code: a built-in receives newTarget; an ordinary function gets a fresh object
     * whose prototype comes from newTarget.prototype (OrdinaryCreateFromConstructor).
     */
    @TruffleBoundary
    public Object construct(Object[] args, JSObject newTarget) {
        if (builtin != null) {
            if (!builtinConstructor) {
                throw org.minijs.interpreter.errors.Errors.typeError(name() + " is not a constructor");
            }
            return invoke(Arguments.create(this, Undefined.INSTANCE, newTarget, args));
        }
        if (data.kind == FunctionData.Kind.DERIVED_CONSTRUCTOR) {
            // this is bound by super(); the root returns the final this value (or the returned object)
            return invoke(Arguments.create(this, Undefined.INSTANCE, newTarget, args));
        }
        Object proto = newTarget.get("prototype");
        JSObject object = new JSObject(proto instanceof JSObject p ? p
                : org.minijs.interpreter.JSRealm.get(null).objectPrototype());
        if (data.kind == FunctionData.Kind.CLASS_CONSTRUCTOR) {
            initializeInstanceElements(object);
        }
        Object result = invoke(Arguments.create(this, object, newTarget, args));
        return result instanceof JSObject ? result : object;
    }

    /** InitializeInstanceElements(O, constructor): each field's initializer runs with this = O. */
    @TruffleBoundary
    public void initializeInstanceElements(JSObject object) {
        for (PrivateMethod m : privateMethods) {
            object.privateAdd(m.name(), m.cell());
        }
        for (ClassField field : fields) {
            Object value = field.initializer() == null ? Undefined.INSTANCE : field.initializer().call(object);
            if (field.key() instanceof PrivateName name) {
                object.privateAdd(name, value);
            } else {
                object.defineOwnProperty(field.key(), PropertyCell.data(value, PropertyCell.ALL));
            }
        }
    }

    /** [[Call]] from Java code (built-ins, jobs); nodes use their own cached call paths. */
    @TruffleBoundary
    public Object call(Object thisValue, Object... args) {
        return invoke(Arguments.create(this, thisValue, Undefined.INSTANCE, args));
    }

    /**
     * {@link #call} on behalf of {@code site}, a node whose operation calls user code from Java (a getter of a
     * property read, the toString of a template substitution): the callee's caller frame then reports the
     * site's position, as V8's frames do, instead of no position at all.
     */
    public Object callFrom(com.oracle.truffle.api.nodes.Node site, Object thisValue, Object... args) {
        com.oracle.truffle.api.nodes.Node previous = org.minijs.interpreter.nodes.CallSites.enter(site);
        try {
            return call(thisValue, args);
        } finally {
            org.minijs.interpreter.nodes.CallSites.exit(previous);
        }
    }

    /**
     * Calls the target for a Java caller (a getter or setter, a built-in's callback, a job). An exhausted stack
     * becomes the catchable RangeError here, as in the call nodes, so it unwinds to the nearest JS try.
     */
    private Object invoke(Object[] arguments) {
        try {
            return data.callTarget().call(arguments);
        } catch (StackOverflowError e) {
            throw org.minijs.interpreter.errors.Errors.rangeError("Maximum call stack size exceeded", null);
        }
    }
}
