package org.minijs.runtime.modules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The modules require() finds by name ('fs', 'node:fs', 'timers' ...), each created on first use. */
public final class BuiltinModules {
    private final Map<String, Supplier<Object>> factories = new HashMap<>();
    private final Map<String, Object> loaded = new HashMap<>();

    public void register(String name, Supplier<Object> factory) {
        factories.put(name, factory);
    }

    /**
     * The canonical name for {@code request} ("node:fs" and "fs" are the same module), or null; the host's
     * "internal/..." modules are not for programs to require.
     */
    public String canonical(String request) {
        String name = canonicalForHost(request);
        return name == null || name.startsWith("internal/") ? null : name;
    }

    /** As {@link #canonical}, for the host's own JavaScript modules, which may require "internal/..." ones. */
    public String canonicalForHost(String request) {
        String name = request.startsWith("node:") ? request.substring(5) : request;
        return factories.containsKey(name) ? name : null;
    }

    public Object get(String name) {
        Object exports = loaded.get(name);
        if (exports == null) {
            exports = factories.get(name).get();
            loaded.put(name, exports);
        }
        return exports;
    }
}
