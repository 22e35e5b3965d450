package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A built-in module written in JavaScript (as most of node's lib/ is), shipped as a resource next to this
 * class and run through the CommonJS wrapper under the name {@code node:<name>}. Its require() sees only the
 * other built-in modules, the host's "internal/..." ones included.
 */
public final class JsBuiltinModule {
    private JsBuiltinModule() {
    }

    public static Object load(JSRealm realm, BuiltinModules builtins, String name) {
        return load(realm, builtins, name, name);
    }

    /** As above for a module whose source resource is named differently ("timers/promises" in timers_promises.js). */
    public static Object load(JSRealm realm, BuiltinModules builtins, String name, String resource) {
        String filename = "node:" + name;
        JSObject module = realm.newObject();
        module.set("id", filename);
        module.set("exports", realm.newObject());
        JSFunction require = realm.newBuiltinFunction("require", 1, (t, args, nt) -> {
            String canonical = builtins.canonicalForHost(JSRuntime.toString(args[0]));
            if (canonical == null) {
                throw new IllegalStateException(filename + " requires a module that is not built in: " + args[0]);
            }
            return builtins.get(canonical);
        });
        ModuleWrapper.run(realm, source(resource), filename, module, require, filename, "node:");
        return module.get("exports");
    }

    private static String source(String name) {
        try (InputStream in = JsBuiltinModule.class.getResourceAsStream(name + ".js")) {
            if (in == null) {
                throw new IllegalStateException("built-in module source missing: " + name + ".js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
