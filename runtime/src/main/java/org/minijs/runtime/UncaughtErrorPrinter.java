package org.minijs.runtime;

import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.runtime.console.Inspect;

import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints an uncaught error the way node does on stderr: where it was thrown (file:line, the source line and a
 * caret), a blank line, then the error's stack. Rejections with a non-error reason get node's
 * ERR_UNHANDLED_REJECTION wrapper.
 */
final class UncaughtErrorPrinter {
    private static final Pattern FIRST_FRAME = Pattern.compile("at (?:.* \\()?(.+):(\\d+):(\\d+)\\)?");

    private final String path;
    private final String[] sourceLines;

    UncaughtErrorPrinter(String path, String source) {
        this.path = path;
        this.sourceLines = source.split("\n", -1);
    }

    void print(PrintStream err, Object value, boolean fromPromise) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof JSErrorObject error) {
            Object stack = error.get("stack");
            String text = stack instanceof String s ? s : Inspect.inspect(error);
            appendLocation(sb, text);
            sb.append(Inspect.inspect(error)).append('\n');
        } else if (fromPromise) {
            sb.append("[UnhandledPromiseRejection: This error originated either by throwing inside of an async "
                    + "function without a catch block, or by rejecting a promise which was not handled with "
                    + ".catch(). The promise rejected with the reason \"").append(Inspect.inspect(value))
                    .append("\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n");
        } else {
            sb.append("Uncaught ").append(Inspect.inspect(value)).append('\n');
        }
        sb.append("\nminijs ").append(Version.VERSION).append('\n');
        err.print(sb);
        err.flush();
    }

    /** The "file:line / source / caret" header, taken from the first frame that is in the main script. */
    private void appendLocation(StringBuilder sb, String stack) {
        for (String line : stack.split("\n")) {
            Matcher m = FIRST_FRAME.matcher(line.trim());
            if (m.matches() && m.group(1).equals(path)) {
                int lineNo = Integer.parseInt(m.group(2));
                int col = Integer.parseInt(m.group(3));
                if (lineNo >= 1 && lineNo <= sourceLines.length) {
                    sb.append(path).append(':').append(lineNo).append('\n')
                            .append(sourceLines[lineNo - 1]).append('\n')
                            .append(" ".repeat(Math.max(0, col - 1))).append("^\n\n");
                }
                return;
            }
        }
    }
}
