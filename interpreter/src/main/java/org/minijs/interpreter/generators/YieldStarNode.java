package org.minijs.interpreter.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/**
 * {@code yield* iterable}: forwards next/throw/return to the inner iterator and yields each of its results
 * until it is done; the inner iterator is the state saved across suspensions.
 */
public final class YieldStarNode extends JSNode {
    @Child private JSNode iterable;
    private final int stateSlot;
    private final int resumeSlot;

    public YieldStarNode(JSNode iterable, int stateSlot, int resumeSlot) {
        this.iterable = iterable;
        this.stateSlot = stateSlot;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GeneratorObject generator = (GeneratorObject) frame.getObject(stateSlot);
        JSObject iterator = (JSObject) Resume.take(frame, resumeSlot);
        GeneratorObject.ResumeMode mode = GeneratorObject.ResumeMode.NEXT;
        Object received = Undefined.INSTANCE;
        if (iterator == null) {
            iterator = getIterator(JSRealm.get(this), iterable.execute(frame));
        } else {
            mode = generator.resumeMode;
            received = generator.resumeValue;
            generator.resumeValue = Undefined.INSTANCE;
        }
        JSObject result = step(iterator, mode, received);
        if (JSRuntime.toBoolean(result.get("done"))) {
            Object value = result.get("value");
            if (mode == GeneratorObject.ResumeMode.RETURN) {
                throw new ReturnException(value);
            }
            return value;
        }
        generator.yieldedValue = result.get("value");
        Resume.save(frame, resumeSlot, iterator);
        throw SuspendException.INSTANCE;
    }

    @TruffleBoundary
    private JSObject step(JSObject iterator, GeneratorObject.ResumeMode mode, Object received) {
        Object result = Delegation.innerMethod(iterator, mode, received, this).call(iterator, received);
        if (!(result instanceof JSObject r)) {
            throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object", this);
        }
        return r;
    }

    @TruffleBoundary
    private JSObject getIterator(JSRealm realm, Object value) {
        Object method = value instanceof JSObject o ? o.get(Symbol.ITERATOR)
                : JSRuntime.isNullish(value) ? Undefined.INSTANCE
                : JSRuntime.prototypeForPrimitive(realm, value).get(Symbol.ITERATOR, value);
        if (!(method instanceof JSFunction f)) {
            throw Errors.typeError(JSRuntime.toString(value) + " is not iterable", this);
        }
        Object iterator = f.call(value);
        if (!(iterator instanceof JSObject it)) {
            throw new JSException(Errors.typeError("Result of the Symbol.iterator method is not an object", this).value(), this);
        }
        return it;
    }
}
