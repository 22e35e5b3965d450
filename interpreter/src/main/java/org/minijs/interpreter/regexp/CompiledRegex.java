package org.minijs.interpreter.regexp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.source.Source;
import org.minijs.interpreter.errors.Errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pattern compiled by TRegex (the "regex" Truffle language, ECMAScript flavor), used through interop:
 * {@code exec(input, fromIndex)} gives a result with isMatch, getStart(group), getEnd(group).
 */
public final class CompiledRegex {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final Object regex;
    private final int groupCount;
    private final Map<String, Integer> namedGroups;

    private CompiledRegex(Object regex, int groupCount, Map<String, Integer> namedGroups) {
        this.regex = regex;
        this.groupCount = groupCount;
        this.namedGroups = namedGroups;
    }

    /** Compiles {@code /pattern/flags}; a syntax error in the pattern is a JavaScript SyntaxError. */
    @TruffleBoundary
    public static CompiledRegex compile(TruffleLanguage.Env env, String pattern, String flags) {
        Source source = Source.newBuilder("regex", "Flavor=ECMAScript/" + pattern + "/" + flags, "regexp")
                .mimeType("application/tregex").internal(true).build();
        Object regex;
        try {
            regex = env.parseInternal(source).call();
        } catch (AbstractTruffleException e) {
            throw Errors.syntaxError("Invalid regular expression: /" + pattern + "/" + flags + ": " + e.getMessage(), null);
        }
        if (INTEROP.isNull(regex)) {
            throw Errors.syntaxError("Invalid regular expression: /" + pattern + "/" + flags
                    + ": not supported by the regular expression engine", null);
        }
        try {
            int groupCount = INTEROP.asInt(INTEROP.readMember(regex, "groupCount"));
            Map<String, Integer> named = new LinkedHashMap<>();
            Object groups = INTEROP.readMember(regex, "groups");
            if (!INTEROP.isNull(groups)) {
                Object names = INTEROP.getMembers(groups);
                long n = INTEROP.getArraySize(names);
                for (long i = 0; i < n; i++) {
                    String name = INTEROP.asString(INTEROP.readArrayElement(names, i));
                    Object number = INTEROP.readMember(groups, name);
                    named.put(name, INTEROP.hasArrayElements(number)
                            ? INTEROP.asInt(INTEROP.readArrayElement(number, 0)) : INTEROP.asInt(number));
                }
            }
            return new CompiledRegex(regex, groupCount, named);
        } catch (InteropException e) {
            throw new IllegalStateException("unexpected TRegex object shape", e);
        }
    }

    public int groupCount() {
        return groupCount;
    }

    public Map<String, Integer> namedGroups() {
        return namedGroups;
    }

    /** Runs the matcher from {@code fromIndex}: the [start, end] pairs of every group, or null for no match. */
    @TruffleBoundary
    public int[] exec(String input, int fromIndex) {
        try {
            Object result = INTEROP.invokeMember(regex, "exec", input, fromIndex);
            if (!INTEROP.asBoolean(INTEROP.readMember(result, "isMatch"))) {
                return null;
            }
            int[] bounds = new int[groupCount * 2];
            for (int g = 0; g < groupCount; g++) {
                bounds[2 * g] = INTEROP.asInt(INTEROP.invokeMember(result, "getStart", g));
                bounds[2 * g + 1] = INTEROP.asInt(INTEROP.invokeMember(result, "getEnd", g));
            }
            return bounds;
        } catch (InteropException e) {
            throw new IllegalStateException("unexpected TRegex result shape", e);
        }
    }
}
