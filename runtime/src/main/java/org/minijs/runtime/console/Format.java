package org.minijs.runtime.console;

import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;

/** node's util.format: %s %d %i %f %j %o %O %c %% directives in a leading string, then inspect for the rest. */
public final class Format {
    private Format() {
    }

    public static String format(Object[] args) {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        if (args.length > 0 && args[0] instanceof String template && args.length > 1) {
            next = 1;
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '%' && i + 1 < template.length()) {
                    char d = template.charAt(i + 1);
                    if (d == '%') {
                        sb.append('%');
                        i += 2;
                        continue;
                    }
                    if ("sdifjoOc".indexOf(d) >= 0) {
                        if (next >= args.length) {
                            sb.append(c).append(d);
                        } else {
                            sb.append(directive(d, args[next++]));
                        }
                        i += 2;
                        continue;
                    }
                }
                sb.append(c);
                i++;
            }
        }
        for (int i = next; i < args.length; i++) {
            if (sb.length() > 0 || i > 0) {
                sb.append(' ');
            }
            sb.append(args[i] instanceof String s ? s : Inspect.inspect(args[i]));
        }
        return sb.toString();
    }

    private static String directive(char d, Object v) {
        switch (d) {
            case 's':
                if (v instanceof String s) {
                    return s;
                }
                if (v instanceof JSObject || v instanceof Symbol) {
                    return Inspect.inspect(v);
                }
                return Inspect.primitive(v);
            case 'd':
            case 'i': {
                if (v instanceof JSObject || v instanceof Symbol) {
                    return "NaN";
                }
                double n = JSRuntime.toNumber(v);
                if (d == 'i') {
                    n = n < 0 ? Math.ceil(n) : Math.floor(n);
                }
                return Inspect.primitive(JSRuntime.number(n));
            }
            case 'f':
                return v instanceof Symbol ? "NaN" : Inspect.primitive(JSRuntime.number(JSRuntime.toNumber(v)));
            case 'j':
                return org.minijs.interpreter.values.JSRuntime.toString(v);
            case 'c':
                return "";
            default:
                return Inspect.inspect(v);
        }
    }
}
