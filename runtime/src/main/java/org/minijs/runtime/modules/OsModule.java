package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;

/** require('os'): the few facts scripts use to place files (tmpdir, homedir, EOL, platform). */
public final class OsModule {
    private OsModule() {
    }

    public static JSObject create(JSRealm realm) {
        JSObject os = realm.newObject();
        os.set("EOL", System.lineSeparator());
        os.set("tmpdir", realm.newBuiltinFunction("tmpdir", 0, (t, args, nt) -> tmpdir()));
        os.set("homedir", realm.newBuiltinFunction("homedir", 0, (t, args, nt) ->
                System.getProperty("user.home")));
        os.set("platform", realm.newBuiltinFunction("platform", 0, (t, args, nt) ->
                System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                        : System.getProperty("os.name").toLowerCase()));
        os.set("type", realm.newBuiltinFunction("type", 0, (t, args, nt) -> System.getProperty("os.name")));
        return os;
    }

    /** node's os.tmpdir(): $TMPDIR, $TMP or $TEMP without a trailing slash, else /tmp. */
    private static String tmpdir() {
        for (String name : new String[] {"TMPDIR", "TMP", "TEMP"}) {
            String v = System.getenv(name);
            if (v != null && !v.isEmpty()) {
                return v.length() > 1 && v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
            }
        }
        return "/tmp";
    }
}
