package org.minijs.interpreter.regexp;

import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;

/** A RegExp instance: [[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]] and its own lastIndex. */
public final class JSRegExp extends JSObject {
    public final String source;
    public final String flags;
    public final CompiledRegex matcher;

    public JSRegExp(JSObject prototype, String source, String flags, CompiledRegex matcher) {
        super(prototype);
        this.source = source;
        this.flags = flags;
        this.matcher = matcher;
        defineOwnProperty("lastIndex", PropertyCell.data(0, PropertyCell.WRITABLE));
    }

    /** The flags in the order the flags getter lists them (d g i m s u v y), whatever order they were written. */
    public String canonicalFlags() {
        StringBuilder sb = new StringBuilder();
        for (char c : "dgimsuvy".toCharArray()) {
            if (flags.indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String className() {
        return "RegExp";
    }

    /**
     * EscapeRegExpPattern: the source as the "source" property and toString show it, such that
     * "/" + source + "/" + flags reads back as this regexp. A "/" outside a character class gets a backslash
     * and line terminators become escapes; everything else is kept as written.
     */
    public String escapedSource() {
        StringBuilder sb = null;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            String replacement = null;
            if (c == '\\' && i + 1 < source.length()) {
                if (sb != null) {
                    sb.append(c).append(source.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                replacement = "\\/";
            } else if (c == '\n') {
                replacement = "\\n";
            } else if (c == '\r') {
                replacement = "\\r";
            } else if (c == '\u2028') {
                replacement = "\\u2028";
            } else if (c == '\u2029') {
                replacement = "\\u2029";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(source.length() + 8).append(source, 0, i);
            }
            if (sb != null) {
                sb.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return sb == null ? source : sb.toString();
    }

    public boolean hasFlag(char flag) {
        return flags.indexOf(flag) >= 0;
    }
}
