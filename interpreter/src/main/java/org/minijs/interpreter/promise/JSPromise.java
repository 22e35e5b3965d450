package org.minijs.interpreter.promise;

import org.minijs.interpreter.objects.JSObject;

import java.util.ArrayList;
import java.util.List;

/** A Promise instance with the internal slots of ECMA-262 §27.2.6. */
public final class JSPromise extends JSObject {
    public enum State { PENDING, FULFILLED, REJECTED }

    private static int nextId = 1;

    /** A stable id per promise for tracing; ids follow creation order within one realm's run. */
    public final int id = nextId++;
    State state = State.PENDING;
    Object result;
    List<PromiseReaction> fulfillReactions = new ArrayList<>();
    List<PromiseReaction> rejectReactions = new ArrayList<>();
    boolean isHandled;

    public JSPromise(JSObject prototype) {
        super(prototype);
    }

    @Override
    public String className() {
        return "Promise";
    }

    public State state() {
        return state;
    }

    /** [[PromiseResult]]: the value or reason once settled, null while pending. */
    public Object result() {
        return result;
    }

    public boolean isHandled() {
        return isHandled;
    }

    /** The handlers waiting for fulfillment (empty once settled): how stack capture finds awaiting functions. */
    public List<Object> pendingFulfillHandlers() {
        List<Object> handlers = new ArrayList<>();
        if (fulfillReactions != null) {
            for (PromiseReaction r : fulfillReactions) {
                handlers.add(r.handler());
            }
        }
        return handlers;
    }
}
