package org.minijs.runtime;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.runtime.loop.EventLoop;
import org.minijs.runtime.console.UtilModule;
import org.minijs.runtime.fs.FsModule;
import org.minijs.runtime.modules.BuiltinModules;
import org.minijs.runtime.modules.JsBuiltinModule;
import org.minijs.runtime.modules.OsModule;
import org.minijs.runtime.modules.PathModule;

/** The built-in modules this host offers to require(). */
final class HostModules {
    private HostModules() {
    }

    static BuiltinModules create(JSRealm realm, EventLoop loop, org.minijs.runtime.process.WorkingDirectory cwd) {
        BuiltinModules modules = new BuiltinModules();
        modules.register("timers", () -> {
            // the very functions of the globals, as node's timers module exports them
            JSObject exports = realm.newObject();
            for (String name : new String[]{"setTimeout", "setInterval", "setImmediate", "clearTimeout",
                    "clearInterval", "clearImmediate"}) {
                exports.set(name, realm.globalObject().get(name));
            }
            // timers.promises: a getter, as node's, so that require('timers') does not load it
            defineGetter(realm, exports, "promises", "get", () -> modules.get("timers/promises"));
            return exports;
        });
        modules.register("timers/promises", () -> JsBuiltinModule.load(realm, modules, "timers/promises", "timers_promises"));
        modules.register("internal/abort_controller", () -> JsBuiltinModule.load(realm, modules,
                "internal/abort_controller", "abort_controller"));
        modules.register("internal/util", () -> UtilModule.create(realm)); // the Java core util.js extends
        modules.register("internal/errors", () -> NodeErrors.module(realm));
        modules.register("internal/stdin_reader", () -> org.minijs.runtime.fs.StdinReader.module(realm, loop, System.in));
        modules.register("internal/stdin", () -> JsBuiltinModule.load(realm, modules, "internal/stdin", "stdin"));
        modules.register("readline", () -> JsBuiltinModule.load(realm, modules, "readline"));
        modules.register("readline/promises", () -> ((JSObject) modules.get("readline")).get("promises"));
        modules.register("util", () -> JsBuiltinModule.load(realm, modules, "util"));
        modules.register("assert", () -> JsBuiltinModule.load(realm, modules, "assert"));
        modules.register("assert/strict", () -> ((JSObject) modules.get("assert")).get("strict"));
        modules.register("fs", () -> FsModule.create(realm, loop, cwd::get, UtilModule.customInspectSymbol(realm)));
        modules.register("fs/promises", () -> ((JSObject) modules.get("fs")).get("promises"));
        modules.register("path", () -> PathModule.create(realm, cwd::get));
        modules.register("os", () -> OsModule.create(realm));
        modules.register("events", () -> JsBuiltinModule.load(realm, modules, "events"));
        modules.register("internal/structured_clone", () -> JsBuiltinModule.load(realm, modules, "structured_clone"));
        modules.register("process", () -> realm.globalObject().get("process"));
        return modules;
    }

    /** Globals written in JavaScript, loaded on their first call so that programs which never use them pay nothing. */
    static void installLazyGlobals(JSRealm realm, BuiltinModules modules) {
        // util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises functions
        for (String name : new String[]{"setTimeout", "setImmediate"}) {
            JSObject timer = (JSObject) realm.globalObject().get(name);
            defineGetter(realm, timer, org.minijs.runtime.modules.PromiseApis.customSymbol(realm), "get",
                    () -> ((JSObject) modules.get("timers/promises")).get(name));
        }
        // process.stdin: a getter, as node's, that makes the stream on first use
        defineGetter(realm, (JSObject) realm.globalObject().get("process"), "stdin", "getStdin",
                () -> modules.get("internal/stdin"));
        // node's lazy web interfaces: their module loads when a program first touches one of them
        for (String name : new String[]{"AbortController", "AbortSignal", "DOMException", "Event", "EventTarget"}) {
            realm.defineLazyGlobal(name, () -> ((JSObject) modules.get("internal/abort_controller")).get(name));
        }
        realm.defineGlobalFunction("structuredClone", 0, (t, args, nt) ->
                ((org.minijs.interpreter.objects.JSFunction) modules.get("internal/structured_clone"))
                        .call(org.minijs.interpreter.values.Undefined.INSTANCE, args));
    }

    /** An enumerable, configurable getter whose value {@code value} makes when read (node's lazy properties). */
    private static void defineGetter(JSRealm realm, JSObject target, Object key, String getterName,
                                     java.util.function.Supplier<Object> value) {
        target.defineOwnProperty(key, org.minijs.interpreter.objects.PropertyCell.accessor(
                realm.newBuiltinFunction(getterName, 0, (t, args, nt) -> value.get()), null,
                org.minijs.interpreter.objects.PropertyCell.ENUMERABLE
                        | org.minijs.interpreter.objects.PropertyCell.CONFIGURABLE));
    }
}
