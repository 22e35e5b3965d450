package org.minijs.runtime;

import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.runtime.console.Inspect;

import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints an uncaught error the way node does on stderr: where it was thrown (file:line, the source line and a
 * caret), a blank line, then the error inspected (its stack, and its extra own properties in braces), then
 * the runtime's name and version.
 */
public final class UncaughtErrorPrinter {
    private static final Pattern FRAME = Pattern.compile("at (?:.* \\()?(.+):(\\d+):(\\d+)\\)?");

    private final SourceFiles sources;

    public UncaughtErrorPrinter(SourceFiles sources) {
        this.sources = sources;
    }

    public void print(PrintStream err, Object value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof JSErrorObject error && error.get("stack") instanceof String stack) {
            appendLocation(sb, stack);
            sb.append(Inspect.inspect(error)).append('\n');
        } else {
            sb.append("Uncaught ").append(Inspect.inspect(value)).append('\n');
        }
        sb.append("\nminijs ").append(Version.VERSION).append('\n');
        err.print(sb);
        err.flush();
    }

    /** The "file:line / source / caret" header, from the first stack frame whose file is known. */
    private void appendLocation(StringBuilder sb, String stack) {
        for (String line : stack.split("\n")) {
            Matcher m = FRAME.matcher(line.trim());
            if (m.matches()) {
                int lineNo = Integer.parseInt(m.group(2));
                int col = Integer.parseInt(m.group(3));
                String source = sources.line(m.group(1), lineNo);
                if (source != null) {
                    sb.append(m.group(1)).append(':').append(lineNo).append('\n')
                            .append(source).append('\n')
                            .append(" ".repeat(Math.max(0, col - 1))).append("^\n\n");
                }
                return;
            }
        }
    }
}
