package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * require('os'): the facts scripts ask about the machine, read where libuv reads them on Linux (/proc,
 * uname's kernel release and version, the passwd entry through the JVM's user properties).
 */
public final class OsModule {
    private OsModule() {
    }

    private interface Fact {
        Object read();
    }

    public static JSObject create(JSRealm realm) {
        JSObject os = realm.newObject();
        fact(realm, os, "arch", () -> arch(System.getProperty("os.arch")));
        fact(realm, os, "availableParallelism", () -> Runtime.getRuntime().availableProcessors());
        fact(realm, os, "cpus", () -> cpus(realm));
        fact(realm, os, "endianness", () -> java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "LE" : "BE");
        fact(realm, os, "freemem", () -> (double) memInfoKb("MemAvailable") * 1024);
        fact(realm, os, "homedir", () -> { // uv_os_homedir: $HOME first, then the passwd entry
            String home = System.getenv("HOME");
            return home != null && !home.isEmpty() ? home : System.getProperty("user.home");
        });
        fact(realm, os, "hostname", OsModule::hostname);
        fact(realm, os, "loadavg", () -> {
            String[] parts = firstLine("/proc/loadavg", "0 0 0").split("\\s+");
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                values.add(Double.parseDouble(parts[i]));
            }
            return new JSArray(realm.arrayPrototype(), values);
        });
        fact(realm, os, "platform", () -> System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase());
        fact(realm, os, "release", () -> System.getProperty("os.version"));
        fact(realm, os, "tmpdir", OsModule::tmpdir);
        fact(realm, os, "totalmem", () -> (double) memInfoKb("MemTotal") * 1024);
        fact(realm, os, "type", () -> System.getProperty("os.name"));
        fact(realm, os, "userInfo", () -> {
            JSObject info = realm.newObject();
            info.set("uid", processId("uid"));
            info.set("gid", processId("gid"));
            info.set("username", System.getProperty("user.name"));
            info.set("homedir", System.getProperty("user.home"));
            String shell = System.getenv("SHELL");
            info.set("shell", shell == null ? org.minijs.interpreter.values.Null.INSTANCE : shell);
            return info;
        });
        fact(realm, os, "uptime", () -> Double.parseDouble(firstLine("/proc/uptime", "0").split("\\s+")[0]));
        fact(realm, os, "version", () -> {
            // uname -v: the part of /proc/version after the compiler, starting at "#"
            String v = firstLine("/proc/version", "");
            int hash = v.indexOf(" #");
            return hash < 0 ? v : v.substring(hash + 1);
        });
        fact(realm, os, "machine", () -> System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch"));
        os.set("EOL", System.lineSeparator());
        os.set("devNull", "/dev/null");
        return os;
    }

    private static void fact(JSRealm realm, JSObject os, String name, Fact fact) {
        os.set(name, realm.newBuiltinFunction(name, 0, (t, args, nt) -> fact.read()));
    }

    /** process.arch's names: x64 for amd64, arm64 for aarch64. */
    static String arch(String jvmArch) {
        return switch (jvmArch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> jvmArch;
        };
    }

    /** One entry per CPU: model and MHz from /proc/cpuinfo, times (ms) from the cpuN lines of /proc/stat. */
    private static JSArray cpus(JSRealm realm) {
        List<String> info = lines("/proc/cpuinfo");
        List<String> models = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        for (String line : info) {
            if (line.startsWith("model name")) {
                models.add(line.substring(line.indexOf(':') + 1).trim());
            } else if (line.startsWith("cpu MHz")) {
                speeds.add(Math.floor(Double.parseDouble(line.substring(line.indexOf(':') + 1).trim())));
            }
        }
        List<Object> cpus = new ArrayList<>();
        for (String line : lines("/proc/stat")) {
            if (!line.matches("cpu\\d+ .*")) {
                continue;
            }
            String[] f = line.split("\\s+");
            int i = cpus.size();
            JSObject cpu = realm.newObject();
            cpu.set("model", i < models.size() ? models.get(i) : "unknown");
            cpu.set("speed", i < speeds.size() ? speeds.get(i) : 0.0);
            JSObject times = realm.newObject();
            String[] names = {"user", "nice", "sys", "idle", "irq"};
            int[] columns = {1, 2, 3, 4, 6};
            for (int k = 0; k < names.length; k++) {
                times.set(names[k], Double.parseDouble(f[columns[k]]) * 10); // clock ticks of 10 ms
            }
            cpu.set("times", times);
            cpus.add(cpu);
        }
        return new JSArray(realm.arrayPrototype(), cpus);
    }

    private static long memInfoKb(String key) {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    /** The process's uid or gid: the owner of /proc/self (-1 where there is none). */
    public static Object processId(String attribute) {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:" + attribute);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static String hostname() {
        String name = firstLine("/proc/sys/kernel/hostname", "");
        if (!name.isEmpty()) {
            return name;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String firstLine(String file, String fallback) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? fallback : lines.get(0).trim();
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
