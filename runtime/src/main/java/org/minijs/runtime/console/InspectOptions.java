package org.minijs.runtime.console;

/**
 * util.inspect's options (inspectDefaultOptions in node's lib/internal/util/inspect.js): depth 2,
 * breakLength 80, compact 3, maxArrayLength 100, maxStringLength 10000. {@code depth < 0} never happens
 * for users; {@link #UNLIMITED} stands for null/Infinity.
 */
public record InspectOptions(int depth, int breakLength, int compact, boolean showHidden, int maxArrayLength,
                             int maxStringLength, boolean customInspect) {
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** compact: false in node (every property on its own line); kept as 0. */
    public static final int COMPACT_FALSE = 0;
    /** compact: true in node (the legacy single-line mode). */
    public static final int COMPACT_TRUE = -1;

    public static final InspectOptions DEFAULTS = new InspectOptions(2, 80, 3, false, 100, 10000, true);

    public InspectOptions withDepth(int d) {
        return new InspectOptions(d, breakLength, compact, showHidden, maxArrayLength, maxStringLength, customInspect);
    }

    public InspectOptions withShowHidden(boolean s) {
        return new InspectOptions(depth, breakLength, compact, s, maxArrayLength, maxStringLength, customInspect);
    }

    public InspectOptions withBreakLength(int b) {
        return new InspectOptions(depth, b, compact, showHidden, maxArrayLength, maxStringLength, customInspect);
    }

    public InspectOptions withCompact(int c) {
        return new InspectOptions(depth, breakLength, c, showHidden, maxArrayLength, maxStringLength, customInspect);
    }

    public InspectOptions withMaxArrayLength(int m) {
        return new InspectOptions(depth, breakLength, compact, showHidden, m, maxStringLength, customInspect);
    }

    public InspectOptions withMaxStringLength(int m) {
        return new InspectOptions(depth, breakLength, compact, showHidden, maxArrayLength, m, customInspect);
    }

    public InspectOptions withCustomInspect(boolean c) {
        return new InspectOptions(depth, breakLength, compact, showHidden, maxArrayLength, maxStringLength, c);
    }
}
