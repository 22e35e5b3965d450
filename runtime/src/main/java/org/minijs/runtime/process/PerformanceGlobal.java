package org.minijs.runtime.process;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.runtime.loop.EventLoop;

/** The {@code performance} global: now() in milliseconds since timeOrigin, by the loop's monotonic clock. */
public final class PerformanceGlobal {
    private PerformanceGlobal() {
    }

    public static void install(JSRealm realm, EventLoop loop) {
        JSObject performance = realm.newObject();
        double timeOrigin = System.currentTimeMillis() - loop.now();
        performance.set("timeOrigin", timeOrigin);
        performance.defineHidden("now", realm.newBuiltinFunction("now", 0, (t, args, nt) -> loop.now()));
        realm.globalObject().defineHidden("performance", performance);
    }
}
