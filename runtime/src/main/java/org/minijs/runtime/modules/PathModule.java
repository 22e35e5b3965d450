package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.NodeErrors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** require('path'), POSIX flavour (lib/path.js posix): join, resolve, normalize, dirname, basename, extname ... */
public final class PathModule {
    private PathModule() {
    }

    public static JSObject create(JSRealm realm, java.util.function.Supplier<Path> cwd) {
        JSObject path = realm.newObject();
        path.set("sep", "/");
        path.set("delimiter", ":");
        define(realm, path, "join", args -> {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                String s = string(args[i], "path");
                if (!s.isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : "/").append(s);
                }
            }
            return joined.length() == 0 ? "." : normalize(joined.toString());
        });
        define(realm, path, "resolve", args -> resolve(cwd.get(), args));
        define(realm, path, "relative", args -> {
            String from = resolve(cwd.get(), new Object[]{string(arg(args, 0), "from")});
            String to = resolve(cwd.get(), new Object[]{string(arg(args, 1), "to")});
            if (from.equals(to)) {
                return "";
            }
            List<String> fromParts = segments(from);
            List<String> toParts = segments(to);
            int common = 0;
            while (common < fromParts.size() && common < toParts.size()
                    && fromParts.get(common).equals(toParts.get(common))) {
                common++;
            }
            List<String> steps = new ArrayList<>();
            for (int i = common; i < fromParts.size(); i++) {
                steps.add("..");
            }
            steps.addAll(toParts.subList(common, toParts.size()));
            return String.join("/", steps);
        });
        define(realm, path, "parse", args -> parse(realm, string(arg(args, 0), "path")));
        define(realm, path, "format", args -> {
            if (!(arg(args, 0) instanceof JSObject parts)) {
                throw NodeErrors.invalidArgType("pathObject", "object", arg(args, 0));
            }
            String root = field(parts, "root");
            String dir = field(parts, "dir").isEmpty() ? root : field(parts, "dir");
            String ext = field(parts, "ext");
            String base = !field(parts, "base").isEmpty() ? field(parts, "base")
                    : field(parts, "name") + (ext.isEmpty() || ext.startsWith(".") ? ext : "." + ext);
            return dir.isEmpty() ? base : dir.equals(root) ? dir + base : dir + "/" + base;
        });
        define(realm, path, "normalize", args -> {
            String s = string(arg(args, 0), "path");
            return s.isEmpty() ? "." : normalize(s);
        });
        define(realm, path, "isAbsolute", args -> string(arg(args, 0), "path").startsWith("/"));
        define(realm, path, "dirname", args -> dirname(string(arg(args, 0), "path")));
        define(realm, path, "basename", args -> {
            String base = basename(string(arg(args, 0), "path"));
            if (args.length > 1 && args[1] != org.minijs.interpreter.values.Undefined.INSTANCE) {
                string(args[1], "ext"); // validateString(suffix, 'ext')
            }
            if (args.length > 1 && args[1] instanceof String ext && !ext.equals(base) && base.endsWith(ext)) {
                return base.substring(0, base.length() - ext.length());
            }
            return base;
        });
        define(realm, path, "extname", args -> extname(basename(string(arg(args, 0), "path"))));
        define(realm, path, "toNamespacedPath", args -> arg(args, 0)); // posix: the path itself
        path.set("_makeLong", path.get("toNamespacedPath"));
        // node's lib/path.js order, which Object.keys and console.log show
        JSObject ordered = realm.newObject();
        for (String key : List.of("resolve", "normalize", "isAbsolute", "join", "relative", "toNamespacedPath",
                "dirname", "basename", "extname", "format", "parse", "sep", "delimiter", "posix", "_makeLong")) {
            ordered.set(key, key.equals("posix") ? ordered : path.get(key));
        }
        return ordered;
    }

    private static String resolve(Path cwd, Object[] args) {
        String resolved = "";
        for (int i = args.length - 1; i >= 0 && !resolved.startsWith("/"); i--) {
            String s = string(args[i], "paths[" + i + "]");
            if (!s.isEmpty()) {
                resolved = resolved.isEmpty() ? s : s + "/" + resolved;
            }
        }
        if (!resolved.startsWith("/")) {
            resolved = cwd + (resolved.isEmpty() ? "" : "/" + resolved);
        }
        String n = normalize(resolved);
        return n.length() > 1 && n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
    }

    private static List<String> segments(String absolute) {
        List<String> parts = new ArrayList<>();
        for (String seg : absolute.split("/")) {
            if (!seg.isEmpty()) {
                parts.add(seg);
            }
        }
        return parts;
    }

    /** path.parse as node's posix one: the directory keeps the text before the base's slash as written. */
    private static JSObject parse(JSRealm realm, String p) {
        String root = p.startsWith("/") ? "/" : "";
        int end = p.length();
        while (end > root.length() && p.charAt(end - 1) == '/') {
            end--;
        }
        int start = Math.max(p.lastIndexOf('/', end - 1) + 1, root.length());
        String base = p.substring(start, end);
        String dir = start > root.length() ? p.substring(0, start - 1) : root;
        String ext = extname(base);
        JSObject parsed = realm.newObject();
        parsed.set("root", root);
        parsed.set("dir", dir.isEmpty() ? root : dir);
        parsed.set("base", base);
        parsed.set("ext", ext);
        parsed.set("name", base.substring(0, base.length() - ext.length()));
        return parsed;
    }

    /** The base's extension: from its last dot, unless that dot starts the name ('.bashrc') or it is '..'. */
    private static String extname(String base) {
        int dot = base.lastIndexOf('.');
        return dot <= 0 || base.equals("..") ? "" : base.substring(dot);
    }

    private static String field(JSObject parts, String name) {
        Object v = parts.get(name);
        return v instanceof String s ? s : "";
    }

    /** normalizeString plus node's rules for a leading and a trailing slash. */
    static String normalize(String p) {
        boolean absolute = p.startsWith("/");
        boolean trailing = p.endsWith("/");
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else if (!absolute) {
                    parts.add("..");
                }
                continue;
            }
            parts.add(seg);
        }
        String joined = String.join("/", parts);
        if (joined.isEmpty() && !absolute) {
            joined = ".";
        }
        if (!joined.isEmpty() && trailing) {
            joined += "/";
        }
        return absolute ? "/" + joined : joined;
    }

    private static String dirname(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        String trimmed = p;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        if (slash == 0) {
            return "/";
        }
        String dir = trimmed.substring(0, slash);
        while (dir.length() > 1 && dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return dir;
    }

    private static String basename(String p) {
        String trimmed = p;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.equals("/")) {
            return "";
        }
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    private static String string(Object v, String name) {
        if (!(v instanceof String s)) {
            throw NodeErrors.invalidArgType(name, "string", v);
        }
        return s;
    }

    private interface Body {
        Object run(Object[] args);
    }

    private static void define(JSRealm realm, JSObject target, String name, Body body) {
        target.set(name, realm.newBuiltinFunction(name, 1, (t, args, nt) -> body.run(args)));
    }

}
