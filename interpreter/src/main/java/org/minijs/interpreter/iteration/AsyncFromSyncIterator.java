package org.minijs.interpreter.iteration;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.builtins.IteratorBuiltins;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.InternalHandler;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/**
 * GetIterator(obj, async) and CreateAsyncFromSyncIterator (§27.1.4): a sync iterator used by for-await gets
 * next/return/throw methods that return promises of iterator results whose values are awaited first
 * (AsyncFromSyncIteratorContinuation), which is where its extra ticks come from.
 */
public final class AsyncFromSyncIterator {
    private AsyncFromSyncIterator() {
    }

    /** GetIterator(obj, async): the @@asyncIterator method's result, else the async wrapper of @@iterator's. */
    @TruffleBoundary
    public static JSObject getAsyncIterator(JSRealm realm, Object iterable) {
        Object method = IteratorRecord.getMethod(realm, iterable, Symbol.ASYNC_ITERATOR);
        if (method instanceof JSFunction f) {
            Object it = f.call(iterable);
            if (!(it instanceof JSObject o)) {
                throw Errors.typeError("Result of the Symbol.asyncIterator method is not an object");
            }
            return o;
        }
        Object syncMethod = IteratorRecord.getMethod(realm, iterable, Symbol.ITERATOR);
        if (!(syncMethod instanceof JSFunction sf)) {
            throw Errors.typeError(IteratorRecord.describe(iterable) + " is not async iterable");
        }
        Object sync = sf.call(iterable);
        if (!(sync instanceof JSObject syncIterator)) {
            throw Errors.typeError("Result of the Symbol.iterator method is not an object");
        }
        return create(realm, syncIterator);
    }

    private static JSObject create(JSRealm realm, JSObject syncIterator) {
        JSObject wrapper = new JSObject(realm.asyncIteratorPrototype());
        Object syncNext = syncIterator.get("next");
        wrapper.defineHidden("next", realm.newBuiltinFunction("next", 1, (t, a, nt) -> {
            PromiseCapability capability = newCapability(realm);
            try {
                if (!(syncNext instanceof JSFunction f)) {
                    throw Errors.typeError(JSRuntime.toString(syncNext) + " is not a function");
                }
                Object result = a.length > 0 ? f.call(syncIterator, a[0]) : f.call(syncIterator);
                return continuation(realm, result, capability);
            } catch (JSException e) {
                return reject(capability, e.value());
            }
        }));
        wrapper.defineHidden("return", realm.newBuiltinFunction("return", 1, (t, a, nt) -> {
            PromiseCapability capability = newCapability(realm);
            try {
                Object ret = syncIterator.get("return");
                if (!(ret instanceof JSFunction f)) {
                    ((JSFunction) capability.resolve()).call(Undefined.INSTANCE,
                            IteratorBuiltins.result(realm, a.length > 0 ? a[0] : Undefined.INSTANCE, true));
                    return capability.promise();
                }
                return continuation(realm, a.length > 0 ? f.call(syncIterator, a[0]) : f.call(syncIterator),
                        capability);
            } catch (JSException e) {
                return reject(capability, e.value());
            }
        }));
        wrapper.defineHidden("throw", realm.newBuiltinFunction("throw", 1, (t, a, nt) -> {
            PromiseCapability capability = newCapability(realm);
            try {
                Object thr = syncIterator.get("throw");
                Object thrown = a.length > 0 ? a[0] : Undefined.INSTANCE;
                if (!(thr instanceof JSFunction f)) {
                    return reject(capability, thrown); // ES2022, as node 20: no IteratorClose, no TypeError
                }
                return continuation(realm, f.call(syncIterator, thrown), capability);
            } catch (JSException e) {
                return reject(capability, e.value());
            }
        }));
        return wrapper;
    }

    /**
     * AsyncFromSyncIteratorContinuation: await the value, then resolve with {value, done}. As in ES2022 and
     * node 20, a rejected value does not close the sync iterator (ES2025 added that IteratorClose).
     */
    private static Object continuation(JSRealm realm, Object result, PromiseCapability capability) {
        if (!(result instanceof JSObject r)) {
            throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object");
        }
        boolean done = JSRuntime.toBoolean(r.get("done"));
        Object value = r.get("value");
        JSPromise wrapper = (JSPromise) PromiseOperations.promiseResolve(realm, realm.promiseConstructor(), value);
        InternalHandler unwrap = v -> IteratorBuiltins.result(realm, v, done);
        PromiseOperations.performPromiseThen(realm, wrapper, unwrap, null, capability);
        return capability.promise();
    }

    private static PromiseCapability newCapability(JSRealm realm) {
        return PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm));
    }

    private static Object reject(PromiseCapability capability, Object reason) {
        ((JSFunction) capability.reject()).call(Undefined.INSTANCE, reason);
        return capability.promise();
    }
}
