package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.access.PropertyAccess;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * A call: {@code f(args)} with this undefined, or {@code o.m(args)} / {@code o[k](args)} with this = o.
 * Order: the callee (and its base) first, then the arguments left to right (EvaluateCall). Resumable: when an
 * argument suspends, the function and this value already found are saved.
 */
public final class CallNode extends JSNode {
    /** How the callee and this are found: PLAIN f(), MEMBER o.m(), SUPER super.m(), PRIVATE o.#m(). */
    public enum Mode { PLAIN, MEMBER, SUPER, PRIVATE }

    @Child private OperandsNode target; // PLAIN [callee]; MEMBER [base(, key)]; SUPER [this(, key)]; PRIVATE [base, name]
    private final Mode mode;
    private final Object name;          // fixed property name of o.m(...)
    @Child private OperandsNode arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    @Child private org.minijs.interpreter.nodes.access.ReadNamedPropertyNode readMethod; // o.m(): the inline cache
    private final boolean spread;
    private final boolean optionalBase; // o?.m(), o?.#m(): a nullish base short-circuits the chain
    private final boolean optionalCall; // f?.(): a nullish callee short-circuits before the arguments
    private final String calleeText;
    private final int resumeSlot;
    /** (o?.m)(): the chain in parentheses keeps o as this, and a short-circuit makes the callee undefined. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private boolean parenthesizedChain;

    public CallNode(OperandsNode target, Mode mode, Object name, OperandsNode arguments, boolean spread,
                    boolean optionalBase, boolean optionalCall, String calleeText, int resumeSlot) {
        this.target = target;
        this.mode = mode;
        this.readMethod = mode == Mode.MEMBER && name != null
                ? org.minijs.interpreter.nodes.access.ReadNamedPropertyNodeGen.create(name) : null;
        this.name = name;
        this.arguments = arguments;
        this.spread = spread;
        this.optionalBase = optionalBase;
        this.optionalCall = optionalCall;
        this.calleeText = calleeText;
        this.resumeSlot = resumeSlot;
    }

    private record Callee(Object function, Object thisValue) { }

    /** Marks the callee as an optional chain in parentheses, {@code (o?.m)()}. */
    public CallNode parenthesizedChain() {
        this.parenthesizedChain = true;
        return this;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Callee callee = (Callee) Resume.take(frame, resumeSlot);
        if (callee == null) {
            try {
                callee = findCallee(frame);
            } catch (OptionalChainNode.ShortCircuit s) {
                if (!parenthesizedChain) {
                    throw s;
                }
                callee = new Callee(Undefined.INSTANCE, Undefined.INSTANCE); // (o?.m)() with o nullish
            }
        }
        if (optionalCall && JSRuntime.isNullish(callee.function)) {
            throw OptionalChainNode.ShortCircuit.INSTANCE;
        }
        Object[] argv;
        if (resumeSlot < 0) {
            argv = arguments.executeValues(frame);
        } else {
            try {
                argv = arguments.executeValues(frame);
            } catch (SuspendException e) {
                Resume.save(frame, resumeSlot, callee);
                throw e;
            }
        }
        if (spread) {
            argv = SpreadNode.flatten(argv);
        }
        if (!(callee.function instanceof JSFunction function)) {
            throw Errors.typeError(calleeText + " is not a function", this);
        }
        try {
            return dispatch.execute(function, Arguments.create(function, callee.thisValue, Undefined.INSTANCE, argv));
        } catch (StackOverflowError e) {
            throw Errors.rangeError("Maximum call stack size exceeded", this);
        }
    }

    /** Evaluates the callee and its this value as the mode says. */
    private Callee findCallee(VirtualFrame frame) {
        Callee callee;
        Object[] t = target.executeValues(frame);
        Object key = t.length > 1 ? t[1] : name;
        if (optionalBase && JSRuntime.isNullish(t[0])) { // o?.m() and o?.#m()
            throw OptionalChainNode.ShortCircuit.INSTANCE;
        }
        switch (mode) {
            case MEMBER -> {
                callee = new Callee(t.length == 1 && readMethod != null ? readMethod.execute(t[0])
                        : PropertyAccess.get(t[0], key, this), t[0]);
            }
            case SUPER -> {
                org.minijs.interpreter.objects.JSObject base = org.minijs.interpreter.nodes.classes.SuperNodes
                        .superBase(frame, this);
                callee = new Callee(base == null ? Undefined.INSTANCE
                        : base.get(JSRuntime.toPropertyKey(key), t[0]), t[0]);
            }
            case PRIVATE -> callee = new Callee(org.minijs.interpreter.nodes.classes.PrivateNodes.get(t[0],
                    (org.minijs.interpreter.objects.PrivateName) t[1], this), t[0]);
            default -> callee = new Callee(t[0], Undefined.INSTANCE);
        }
        return callee;
    }
}
