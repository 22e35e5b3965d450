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
            return data.callTarget().call(Arguments.create(this, Undefined.INSTANCE, newTarget, args));
        }
        Object proto = newTarget.get("prototype");
        JSObject object = new JSObject(proto instanceof JSObject p ? p
                : org.minijs.interpreter.JSRealm.get(null).objectPrototype());
        Object result = data.callTarget().call(Arguments.create(this, object, newTarget, args));
        return result instanceof JSObject ? result : object;
    }

    /** [[Call]] from Java code (built-ins, jobs); nodes use their own cached call paths. */
    @TruffleBoundary
    public Object call(Object thisValue, Object... args) {
        return data.callTarget().call(Arguments.create(this, thisValue, Undefined.INSTANCE, args));
    }
}
