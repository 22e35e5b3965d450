package org.minijs.interpreter.promise;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.Job;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;

import java.util.List;

/**
 * The abstract operations of ECMA-262 §27.2.1-27.2.5, under their spec names. Every job they create goes to
 * the host through HostEnqueuePromiseJob; nothing here runs a job itself.
 */
public final class PromiseOperations {
    private PromiseOperations() {
    }

    /** A new pending promise with %Promise.prototype%. */
    @TruffleBoundary
    public static JSPromise newPromise(JSRealm realm) {
        JSPromise promise = new JSPromise(realm.promisePrototype());
        if (realm.hooks().listener().enabled()) {
            realm.hooks().listener().promiseCreated(promise);
        }
        return promise;
    }

    /** CreateResolvingFunctions: resolve and reject share one [[AlreadyResolved]] record. */
    @TruffleBoundary
    public static PromiseCapability createResolvingFunctions(JSRealm realm, JSPromise promise) {
        boolean[] alreadyResolved = {false};
        JSFunction resolve = realm.newBuiltinFunction("", 1, (thisValue, args, newTarget) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                resolvePromise(realm, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        });
        JSFunction reject = realm.newBuiltinFunction("", 1, (thisValue, args, newTarget) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                rejectPromise(realm, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        });
        return new PromiseCapability(promise, resolve, reject);
    }

    /**
     * The steps of a Promise Resolve Function after its [[AlreadyResolved]] check: self-resolution is a
     * TypeError, a non-thenable fulfills, a thenable is adopted through NewPromiseResolveThenableJob.
     */
    @TruffleBoundary
    public static void resolvePromise(JSRealm realm, JSPromise promise, Object resolution) {
        if (resolution == promise) {
            rejectPromise(realm, promise, Errors.typeError("Chaining cycle detected for promise #<Promise>").value());
            return;
        }
        if (!(resolution instanceof JSObject object)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        Object then;
        try {
            then = object.get("then");
        } catch (JSException e) {
            rejectPromise(realm, promise, e.value());
            return;
        }
        if (!(then instanceof JSFunction thenFunction)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        realm.hooks().enqueuePromiseJob(newPromiseResolveThenableJob(realm, promise, object, thenFunction));
    }

    /** FulfillPromise. */
    @TruffleBoundary
    public static void fulfillPromise(JSRealm realm, JSPromise promise, Object value) {
        List<PromiseReaction> reactions = promise.fulfillReactions;
        settle(realm, promise, JSPromise.State.FULFILLED, value);
        triggerPromiseReactions(realm, reactions, value);
    }

    /** RejectPromise, reporting to HostPromiseRejectionTracker when no handler is attached yet. */
    @TruffleBoundary
    public static void rejectPromise(JSRealm realm, JSPromise promise, Object reason) {
        List<PromiseReaction> reactions = promise.rejectReactions;
        settle(realm, promise, JSPromise.State.REJECTED, reason);
        if (!promise.isHandled) {
            realm.hooks().promiseRejectionTracker(promise, false);
        }
        triggerPromiseReactions(realm, reactions, reason);
    }

    private static void settle(JSRealm realm, JSPromise promise, JSPromise.State state, Object result) {
        promise.result = result;
        promise.state = state;
        promise.fulfillReactions = null;
        promise.rejectReactions = null;
        if (realm.hooks().listener().enabled()) {
            realm.hooks().listener().promiseSettled(promise, state == JSPromise.State.FULFILLED, result);
        }
    }

    /** TriggerPromiseReactions: one NewPromiseReactionJob per reaction, in registration order. */
    private static void triggerPromiseReactions(JSRealm realm, List<PromiseReaction> reactions, Object argument) {
        for (PromiseReaction reaction : reactions) {
            realm.hooks().enqueuePromiseJob(newPromiseReactionJob(realm, reaction, argument));
        }
    }

    /** PerformPromiseThen; {@code resultCapability} is null when nobody observes the derived promise (Await). */
    @TruffleBoundary
    public static Object performPromiseThen(JSRealm realm, JSPromise promise, Object onFulfilled, Object onRejected,
                                            PromiseCapability resultCapability) {
        Object fulfillHandler = isHandler(onFulfilled) ? onFulfilled : null;
        Object rejectHandler = isHandler(onRejected) ? onRejected : null;
        PromiseReaction fulfillReaction = new PromiseReaction(resultCapability, PromiseReaction.Type.FULFILL, fulfillHandler);
        PromiseReaction rejectReaction = new PromiseReaction(resultCapability, PromiseReaction.Type.REJECT, rejectHandler);
        switch (promise.state) {
            case PENDING -> {
                promise.fulfillReactions.add(fulfillReaction);
                promise.rejectReactions.add(rejectReaction);
            }
            case FULFILLED -> realm.hooks().enqueuePromiseJob(newPromiseReactionJob(realm, fulfillReaction, promise.result));
            case REJECTED -> {
                if (!promise.isHandled) {
                    realm.hooks().promiseRejectionTracker(promise, true);
                }
                realm.hooks().enqueuePromiseJob(newPromiseReactionJob(realm, rejectReaction, promise.result));
            }
        }
        promise.isHandled = true;
        return resultCapability == null ? Undefined.INSTANCE : resultCapability.promise();
    }

    private static boolean isHandler(Object handler) {
        return handler instanceof JSFunction || handler instanceof InternalHandler;
    }

    /** NewPromiseReactionJob. */
    public static Job newPromiseReactionJob(JSRealm realm, PromiseReaction reaction, Object argument) {
        return new Job() {
            @Override
            public void run() {
                promiseReactionJob(realm, reaction, argument);
            }

            @Override
            public String kind() {
                return "PromiseReactionJob";
            }
        };
    }

    @TruffleBoundary
    private static void promiseReactionJob(JSRealm realm, PromiseReaction reaction, Object argument) {
        Object handlerResult;
        boolean abrupt = false;
        if (reaction.handler() == null) {
            handlerResult = argument;
            abrupt = reaction.type() == PromiseReaction.Type.REJECT;
        } else {
            try {
                handlerResult = reaction.handler() instanceof JSFunction f
                        ? f.call(Undefined.INSTANCE, argument)
                        : ((InternalHandler) reaction.handler()).handle(argument);
            } catch (JSException e) {
                handlerResult = e.value();
                abrupt = true;
            }
        }
        PromiseCapability capability = reaction.capability();
        if (capability == null) {
            if (abrupt && reaction.handler() != null) {
                // An internal handler (Await) never throws; a throwing one is an engine bug worth surfacing.
                throw new JSException(handlerResult, null);
            }
            return;
        }
        Object settle = abrupt ? capability.reject() : capability.resolve();
        ((JSFunction) settle).call(Undefined.INSTANCE, handlerResult);
    }

    /** NewPromiseResolveThenableJob: calls thenable.then(resolve, reject) one tick later. */
    public static Job newPromiseResolveThenableJob(JSRealm realm, JSPromise promise, JSObject thenable, JSFunction then) {
        return new Job() {
            @Override
            public void run() {
                PromiseCapability resolving = createResolvingFunctions(realm, promise);
                try {
                    then.call(thenable, resolving.resolve(), resolving.reject());
                } catch (JSException e) {
                    ((JSFunction) resolving.reject()).call(Undefined.INSTANCE, e.value());
                }
            }

            @Override
            public String kind() {
                return "PromiseResolveThenableJob";
            }
        };
    }

    /**
     * Await(value) steps 2-9 for the engine's own continuations: PromiseResolve(%Promise%, value) (a native
     * promise is used as is, so awaiting it costs one tick), then PerformPromiseThen with no result capability.
     */
    @TruffleBoundary
    public static void await(JSRealm realm, Object value, InternalHandler onFulfilled, InternalHandler onRejected) {
        JSPromise promise = (JSPromise) promiseResolve(realm, realm.promiseConstructor(), value);
        performPromiseThen(realm, promise, onFulfilled, onRejected, null);
    }

    /** NewPromiseCapability(C). */
    @TruffleBoundary
    public static PromiseCapability newPromiseCapability(JSRealm realm, Object constructor) {
        if (constructor == realm.promiseConstructor()) {
            return createResolvingFunctions(realm, newPromise(realm));
        }
        if (!(constructor instanceof JSFunction c) || !c.data().isConstructor() && c.builtin() == null) {
            throw Errors.typeError("Promise resolve or reject function is not callable");
        }
        Object[] resolvers = {Undefined.INSTANCE, Undefined.INSTANCE};
        JSFunction executor = realm.newBuiltinFunction("", 2, (thisValue, args, newTarget) -> {
            if (resolvers[0] != Undefined.INSTANCE || resolvers[1] != Undefined.INSTANCE) {
                throw Errors.typeError("Promise executor has already been invoked with non-undefined arguments");
            }
            resolvers[0] = args.length > 0 ? args[0] : Undefined.INSTANCE;
            resolvers[1] = args.length > 1 ? args[1] : Undefined.INSTANCE;
            return Undefined.INSTANCE;
        });
        Object promise = c.construct(new Object[]{executor}, c);
        if (!(resolvers[0] instanceof JSFunction) || !(resolvers[1] instanceof JSFunction)) {
            throw Errors.typeError("Promise resolve or reject function is not callable");
        }
        return new PromiseCapability((JSObject) promise, resolvers[0], resolvers[1]);
    }

    /** PromiseResolve(C, x): a promise whose constructor is C is returned as is (the ES2019 await rule). */
    @TruffleBoundary
    public static JSObject promiseResolve(JSRealm realm, Object constructor, Object x) {
        if (x instanceof JSPromise p && p.get("constructor") == constructor) {
            return p;
        }
        PromiseCapability capability = newPromiseCapability(realm, constructor);
        ((JSFunction) capability.resolve()).call(Undefined.INSTANCE, x);
        return capability.promise();
    }
}
