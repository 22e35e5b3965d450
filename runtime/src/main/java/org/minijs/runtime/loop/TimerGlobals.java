package org.minijs.runtime.loop;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.NodeErrors;
import org.minijs.runtime.process.Warnings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The timer globals of node (setTimeout, setInterval, setImmediate, their clear functions, queueMicrotask)
 * and the Timeout / Immediate objects they return. All scheduling is delegated to the {@link EventLoop}.
 */
public final class TimerGlobals {
    private final JSRealm realm;
    private final EventLoop loop;
    private final Warnings warnings;
    private final JSObject timeoutPrototype;
    private final JSObject immediatePrototype;
    /** Timeouts converted to a primitive (node's knownTimersById): clearTimeout accepts that number too. */
    private final Map<Integer, Timer> timersById = new HashMap<>();
    private int nextId = 1;

    private TimerGlobals(JSRealm realm, EventLoop loop, Warnings warnings) {
        this.realm = realm;
        this.loop = loop;
        this.warnings = warnings;
        this.timeoutPrototype = classPrototype("Timeout");
        this.immediatePrototype = classPrototype("Immediate");
    }

    public static TimerGlobals install(JSRealm realm, EventLoop loop, Warnings warnings) {
        TimerGlobals g = new TimerGlobals(realm, loop, warnings);
        g.installGlobals(realm.globalObject());
        g.installTimeoutMethods();
        g.installImmediateMethods();
        return g;
    }

    /** A prototype whose constructor is named, so inspect shows "Timeout {...}" as node does. */
    private JSObject classPrototype(String name) {
        JSObject proto = realm.newObject();
        JSFunction ctor = realm.newBuiltinFunction(name, 0, (t, args, nt) -> {
            throw Errors.typeError("Illegal constructor");
        });
        ctor.defineOwnProperty("prototype", PropertyCell.data(proto, 0));
        proto.defineHidden("constructor", ctor);
        return proto;
    }

    /** Installs the globals on {@code target} (the global object, or the exports of require('timers')). */
    public void installGlobals(JSObject target) {
        target.defineHidden("setTimeout", fn("setTimeout", 1, args -> setTimer(args, false)));
        target.defineHidden("setInterval", fn("setInterval", 1, args -> setTimer(args, true)));
        target.defineHidden("setImmediate", fn("setImmediate", 1, this::setImmediate));
        target.defineHidden("clearTimeout", fn("clearTimeout", 1, this::clearTimer));
        target.defineHidden("clearInterval", fn("clearInterval", 1, this::clearTimer));
        target.defineHidden("clearImmediate", fn("clearImmediate", 1, args -> {
            if (args.length > 0 && args[0] instanceof ImmediateObject i) {
                loop.clearImmediate(i.immediate);
            }
            return Undefined.INSTANCE;
        }));
        target.defineHidden("queueMicrotask", fn("queueMicrotask", 1, args -> {
            loop.queueMicrotask(callbackArgument(args));
            return Undefined.INSTANCE;
        }));
    }

    private Object setTimer(Object[] args, boolean repeat) {
        JSFunction callback = callbackArgument(args);
        long delay = TimerDelay.coerce(args.length > 1 ? args[1] : Undefined.INSTANCE, warnings);
        Timer timer = loop.addTimer(callback, delay, rest(args), repeat);
        TimeoutObject handle = new TimeoutObject(timeoutPrototype, timer);
        // node calls the callback as timer._onTimeout(): stack frames read "Timeout._onTimeout"
        handle.defineHidden("_onTimeout", callback);
        timer.setThisValue(handle);
        return handle;
    }

    private Object setImmediate(Object[] args) {
        JSFunction callback = callbackArgument(args);
        Object[] extra = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0];
        Immediate immediate = loop.addImmediate(callback, extra);
        ImmediateObject handle = new ImmediateObject(immediatePrototype, immediate);
        handle.defineHidden("_onImmediate", callback); // called as immediate._onImmediate(): "Immediate._onImmediate"
        immediate.setThisValue(handle);
        return handle;
    }

    /** clearTimeout/clearInterval: a Timeout object, or the number its [Symbol.toPrimitive] returned. */
    private Object clearTimer(Object[] args) {
        Object arg = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (arg instanceof TimeoutObject t) {
            loop.clearTimer(t.timer);
        } else if (arg instanceof Integer || arg instanceof Double || arg instanceof String) {
            double n = JSRuntime.toNumber(arg);
            Timer t = n == (int) n ? timersById.remove((int) n) : null;
            if (t != null) {
                loop.clearTimer(t);
            }
        }
        return Undefined.INSTANCE;
    }

    private void installTimeoutMethods() {
        method(timeoutPrototype, "ref", t -> loop.refTimer(timeout(t).timer));
        method(timeoutPrototype, "unref", t -> loop.unrefTimer(timeout(t).timer));
        method(timeoutPrototype, "refresh", t -> loop.refreshTimer(timeout(t).timer));
        method(timeoutPrototype, "close", t -> loop.clearTimer(timeout(t).timer));
        timeoutPrototype.defineHidden("hasRef", realm.newBuiltinFunction("hasRef", 0,
                (t, args, nt) -> timeout(t).timer.hasRef()));
        timeoutPrototype.defineHidden(Symbol.TO_PRIMITIVE, realm.newBuiltinFunction("[Symbol.toPrimitive]", 0,
                (t, args, nt) -> {
                    TimeoutObject timeout = timeout(t);
                    timersById.put(timeout.id, timeout.timer);
                    return timeout.id;
                }));
    }

    private void installImmediateMethods() {
        method(immediatePrototype, "ref", t -> loop.refImmediate(immediate(t).immediate));
        method(immediatePrototype, "unref", t -> loop.unrefImmediate(immediate(t).immediate));
        immediatePrototype.defineHidden("hasRef", realm.newBuiltinFunction("hasRef", 0,
                (t, args, nt) -> immediate(t).immediate.hasRef()));
    }

    private interface Body {
        Object run(Object[] args);
    }

    private interface Effect {
        void apply(Object thisValue);
    }

    /** A method that acts on its receiver and returns it (ref, unref, refresh, close all chain). */
    private void method(JSObject target, String name, Effect effect) {
        target.defineHidden(name, realm.newBuiltinFunction(name, 0, (t, args, nt) -> {
            effect.apply(t);
            return t;
        }));
    }

    private JSFunction fn(String name, int length, Body body) {
        return realm.newBuiltinFunction(name, length, (t, args, nt) -> body.run(args));
    }

    private TimeoutObject timeout(Object thisValue) {
        if (thisValue instanceof TimeoutObject t) {
            return t;
        }
        throw Errors.typeError("Receiver is not a Timeout");
    }

    private ImmediateObject immediate(Object thisValue) {
        if (thisValue instanceof ImmediateObject i) {
            return i;
        }
        throw Errors.typeError("Receiver is not an Immediate");
    }

    /** validateFunction(callback, 'callback') with node's ERR_INVALID_ARG_TYPE message. */
    public static JSFunction callbackArgument(Object[] args) {
        Object callback = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (callback instanceof JSFunction f) {
            return f;
        }
        throw NodeErrors.invalidArgType("callback", "function", callback);
    }

    private static Object[] rest(Object[] args) {
        return args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new Object[0];
    }

    /** node's Timeout: what setTimeout/setInterval return and clearTimeout accepts. */
    final class TimeoutObject extends JSObject {
        final Timer timer;
        final int id = nextId++;

        TimeoutObject(JSObject prototype, Timer timer) {
            super(prototype);
            this.timer = timer;
        }

        @Override
        public String className() {
            return "Timeout";
        }
    }

    /** node's Immediate: what setImmediate returns and clearImmediate accepts. */
    static final class ImmediateObject extends JSObject {
        final Immediate immediate;

        ImmediateObject(JSObject prototype, Immediate immediate) {
            super(prototype);
            this.immediate = immediate;
        }

        @Override
        public String className() {
            return "Immediate";
        }
    }
}
