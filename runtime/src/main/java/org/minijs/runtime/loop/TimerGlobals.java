package org.minijs.runtime.loop;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.Arrays;

/** setTimeout, setInterval, their clear functions and queueMicrotask, backed by the event loop. */
public final class TimerGlobals {
    private TimerGlobals() {
    }

    public static void install(JSRealm realm, EventLoop loop) {
        JSObject timeoutPrototype = realm.newObject();
        realm.globalObject().defineHidden("setTimeout", realm.newBuiltinFunction("setTimeout", 1,
                (t, args, nt) -> schedule(realm, loop, timeoutPrototype, args, false)));
        realm.globalObject().defineHidden("setInterval", realm.newBuiltinFunction("setInterval", 1,
                (t, args, nt) -> schedule(realm, loop, timeoutPrototype, args, true)));
        JSFunction clear = realm.newBuiltinFunction("clearTimeout", 1, (t, args, nt) -> {
            if (args.length > 0 && args[0] instanceof TimeoutObject timeout) {
                loop.cancel(timeout.timer);
            }
            return Undefined.INSTANCE;
        });
        realm.globalObject().defineHidden("clearTimeout", clear);
        realm.globalObject().defineHidden("clearInterval", realm.newBuiltinFunction("clearInterval", 1,
                (t, args, nt) -> clear.call(t, args)));
        realm.globalObject().defineHidden("queueMicrotask", realm.newBuiltinFunction("queueMicrotask", 1, (t, args, nt) -> {
            if (args.length == 0 || !(args[0] instanceof JSFunction callback)) {
                throw Errors.typeError("The \"callback\" argument must be of type function. Received "
                        + (args.length == 0 ? "undefined" : JSRuntime.typeof(args[0])));
            }
            loop.enqueuePromiseJob(new org.minijs.interpreter.Job() {
                @Override
                public void run() {
                    callback.call(Undefined.INSTANCE);
                }

                @Override
                public String kind() {
                    return "queueMicrotask";
                }
            });
            return Undefined.INSTANCE;
        }));
        installTimeoutMethods(realm, timeoutPrototype);
    }

    private static Object schedule(JSRealm realm, EventLoop loop, JSObject prototype, Object[] args, boolean repeat) {
        if (args.length == 0 || !(args[0] instanceof JSFunction callback)) {
            throw Errors.typeError("The \"callback\" argument must be of type function. Received "
                    + (args.length == 0 ? "undefined" : JSRuntime.typeof(args[0])));
        }
        double delay = args.length > 1 ? JSRuntime.toNumber(args[1]) : 1;
        Object[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new Object[0];
        Timer timer = loop.addTimer(callback, delay, extra, repeat);
        return new TimeoutObject(prototype, timer);
    }

    private static void installTimeoutMethods(JSRealm realm, JSObject prototype) {
        prototype.defineHidden("ref", realm.newBuiltinFunction("ref", 0, (t, args, nt) -> {
            ((TimeoutObject) t).timer.refed = true;
            return t;
        }));
        prototype.defineHidden("unref", realm.newBuiltinFunction("unref", 0, (t, args, nt) -> {
            ((TimeoutObject) t).timer.refed = false;
            return t;
        }));
        prototype.defineHidden("hasRef", realm.newBuiltinFunction("hasRef", 0,
                (t, args, nt) -> ((TimeoutObject) t).timer.refed));
        prototype.defineHidden(org.minijs.interpreter.values.Symbol.TO_PRIMITIVE, realm.newBuiltinFunction(
                "[Symbol.toPrimitive]", 1, (t, args, nt) -> ((TimeoutObject) t).timer.id));
    }

    /** node's Timeout object: what setTimeout returns and clearTimeout accepts. */
    static final class TimeoutObject extends JSObject {
        final Timer timer;

        TimeoutObject(JSObject prototype, Timer timer) {
            super(prototype);
            this.timer = timer;
        }

        @Override
        public String className() {
            return "Timeout";
        }
    }
}
