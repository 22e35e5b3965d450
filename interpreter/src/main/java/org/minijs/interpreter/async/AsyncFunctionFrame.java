package org.minijs.interpreter.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.EngineListener;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.promise.InternalHandler;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.Undefined;

/**
 * The resumable frame of one async function activation: the materialized frame that holds its locals and
 * the resume state of its nodes, the capability of the promise it returned, and the value (or reason) the
 * next resumption delivers to the await that suspended.
 */
public final class AsyncFunctionFrame implements AwaitingActivation {
    private static int nextId = 1;

    /** Identifies the activation in traces. */
    public final int id = nextId++;
    private final JSRealm realm;
    private final MaterializedFrame frame;
    private final PromiseCapability capability;
    private final RootCallTarget body;
    private final String name;
    private Object resumeValue = Undefined.INSTANCE;
    private boolean resumeThrows;
    /** Where the function is suspended, for the "at async f (file:line:col)" lines of error stacks. */
    private SourceSection awaitLocation;
    /** False during the synchronous top half, true once a continuation has re-entered the body. */
    private boolean resumed;

    public AsyncFunctionFrame(JSRealm realm, MaterializedFrame frame, PromiseCapability capability,
                              RootCallTarget body, String name) {
        this.realm = realm;
        this.frame = frame;
        this.capability = capability;
        this.body = body;
        this.name = name;
    }

    public MaterializedFrame frame() {
        return frame;
    }

    public JSPromise promise() {
        return (JSPromise) capability.promise();
    }

    /** AsyncFunctionStart: runs the top half synchronously, up to the first await or the end. */
    public void start() {
        EngineListener listener = realm.hooks().listener();
        if (listener.enabled()) {
            listener.asyncFunctionStart(id, name, capability.promise());
        }
        body.call(this);
    }

    /**
     * Await(value), steps 1-9: PromiseResolve(%Promise%, value), then PerformPromiseThen with the two
     * continuation closures and no result capability. The caller then unwinds with SuspendException.
     */
    @Override
    @TruffleBoundary
    public void await(Object value, SourceSection location) {
        awaitLocation = location;
        PromiseOperations.await(realm, value, new Continuation(this, false), new Continuation(this, true));
        EngineListener listener = realm.hooks().listener();
        if (listener.enabled()) {
            listener.asyncFunctionSuspend(id, name, location, value, locals());
        }
    }

    public String name() {
        return name;
    }

    public SourceSection awaitLocation() {
        return awaitLocation;
    }

    public boolean isResumed() {
        return resumed;
    }

    /** The named variables in the frame (resume-state slots and temporaries left out), for traces. */
    @TruffleBoundary
    public java.util.Map<String, Object> locals() {
        java.util.Map<String, Object> locals = new java.util.LinkedHashMap<>();
        com.oracle.truffle.api.frame.FrameDescriptor d = frame.getFrameDescriptor();
        for (int i = 0; i < d.getNumberOfSlots(); i++) {
            Object slotName = d.getSlotName(i);
            Object v = frame.getValue(i);
            if (v instanceof org.minijs.interpreter.nodes.variables.StringAccumulator accumulator) {
                v = accumulator.toString();
            }
            if (v instanceof org.minijs.interpreter.objects.Environment env) {
                // variables closures captured live in the scope's environment, not in frame slots
                for (int k = 0; k < env.slots.length; k++) {
                    String name = env.name(k);
                    if (name != null && !name.startsWith("#") && env.slots[k] != null) {
                        locals.put(name, env.slots[k]);
                    }
                }
            } else if (slotName instanceof String n && !n.startsWith("<") && !n.isEmpty() && v != null) {
                locals.put(n, v);
            }
        }
        return locals;
    }

    /**
     * The reaction handler Await installs: resumes its activation. A named class (rather than a lambda) so
     * that stack capture can find which async function awaits a given promise.
     */
    public record Continuation(AsyncFunctionFrame activation, boolean rejected) implements InternalHandler {
        @Override
        public Object handle(Object argument) {
            return activation.resume(rejected, argument);
        }
    }

    /** The continuation: re-enters the body with the same frame; the suspended await takes the value. */
    private Object resume(boolean throwing, Object value) {
        resumed = true;
        resumeThrows = throwing;
        resumeValue = value;
        EngineListener listener = realm.hooks().listener();
        if (listener.enabled()) {
            listener.asyncFunctionResume(id, name, throwing);
        }
        body.call(this);
        return Undefined.INSTANCE;
    }

    /** What the suspended await evaluates to: the fulfilled value, or null with {@link #resumeThrows()}. */
    @Override
    public Object takeResumeValue() {
        Object v = resumeValue;
        resumeValue = Undefined.INSTANCE;
        return v;
    }

    @Override
    public boolean resumeThrows() {
        return resumeThrows;
    }

    /** The body completed: settle the async function's promise through its resolving functions. */
    @TruffleBoundary
    public void complete(boolean threw, Object value) {
        EngineListener listener = realm.hooks().listener();
        if (listener.enabled()) {
            listener.asyncFunctionComplete(id, name, threw);
        }
        ((JSFunction) (threw ? capability.reject() : capability.resolve())).call(Undefined.INSTANCE, value);
    }
}
