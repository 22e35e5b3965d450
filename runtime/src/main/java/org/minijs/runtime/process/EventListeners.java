package org.minijs.runtime.process;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EventEmitter behaviour process needs (on, once, off, emit, listeners...), with node's rules: listeners
 * run in registration order, emit works on a copy of the list, a once listener is removed before it runs,
 * and emit returns whether there was any listener.
 */
public final class EventListeners {
    private record Listener(JSFunction callback, boolean once) { }

    private final Map<Object, List<Listener>> byEvent = new LinkedHashMap<>();
    private final JSObject emitter;

    public EventListeners(JSObject emitter) {
        this.emitter = emitter;
    }

    public boolean emit(String event, Object... args) {
        return emitKey(event, args);
    }

    private boolean emitKey(Object event, Object[] args) {
        List<Listener> listeners = byEvent.get(event);
        if (listeners == null || listeners.isEmpty()) {
            return false;
        }
        for (Listener l : List.copyOf(listeners)) {
            if (l.once()) {
                listeners.remove(l);
            }
            l.callback().call(emitter, args);
        }
        return true;
    }

    public int count(String event) {
        List<Listener> listeners = byEvent.get(event);
        return listeners == null ? 0 : listeners.size();
    }

    /** Installs on, addListener, once, prependListener, off, removeListener, removeAllListeners, emit ... */
    public void install(JSRealm realm) {
        define(realm, "on", 2, args -> add(args, false, false));
        define(realm, "addListener", 2, args -> add(args, false, false));
        define(realm, "once", 2, args -> add(args, true, false));
        define(realm, "prependListener", 2, args -> add(args, false, true));
        define(realm, "off", 2, this::remove);
        define(realm, "removeListener", 2, this::remove);
        define(realm, "removeAllListeners", 1, args -> {
            if (args.length == 0 || args[0] == Undefined.INSTANCE) {
                byEvent.clear();
            } else {
                byEvent.remove(JSRuntime.toPropertyKey(args[0]));
            }
            return emitter;
        });
        define(realm, "emit", 1, args -> args.length > 0
                && emitKey(JSRuntime.toPropertyKey(args[0]), java.util.Arrays.copyOfRange(args, 1, args.length)));
        define(realm, "listenerCount", 1, args -> {
            List<Listener> listeners = args.length == 0 ? null : byEvent.get(JSRuntime.toPropertyKey(args[0]));
            return listeners == null ? 0 : listeners.size();
        });
        define(realm, "listeners", 1, args -> {
            List<Object> callbacks = new ArrayList<>();
            List<Listener> listeners = args.length == 0 ? null : byEvent.get(JSRuntime.toPropertyKey(args[0]));
            if (listeners != null) {
                for (Listener l : listeners) {
                    callbacks.add(l.callback());
                }
            }
            return new JSArray(realm.arrayPrototype(), callbacks);
        });
    }

    private Object add(Object[] args, boolean once, boolean prepend) {
        Object event = args.length > 0 ? JSRuntime.toPropertyKey(args[0]) : "undefined";
        Object listener = args.length > 1 ? args[1] : Undefined.INSTANCE;
        if (!(listener instanceof JSFunction f)) {
            throw org.minijs.runtime.NodeErrors.invalidArgType("listener", "function", listener);
        }
        List<Listener> listeners = byEvent.computeIfAbsent(event, k -> new ArrayList<>());
        if (prepend) {
            listeners.add(0, new Listener(f, once));
        } else {
            listeners.add(new Listener(f, once));
        }
        return emitter;
    }

    /** removeListener: the most recently added registration of that function goes, as in node. */
    private Object remove(Object[] args) {
        List<Listener> listeners = args.length > 1 ? byEvent.get(JSRuntime.toPropertyKey(args[0])) : null;
        if (listeners != null) {
            for (int i = listeners.size() - 1; i >= 0; i--) {
                if (listeners.get(i).callback() == args[1]) {
                    listeners.remove(i);
                    break;
                }
            }
        }
        return emitter;
    }

    private interface Body {
        Object run(Object[] args);
    }

    private void define(JSRealm realm, String name, int length, Body body) {
        emitter.defineHidden(name, realm.newBuiltinFunction(name, length, (t, args, nt) -> body.run(args)));
    }
}
