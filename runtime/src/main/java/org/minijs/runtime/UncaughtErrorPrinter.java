package org.minijs.runtime;

import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.StackTrace;
import org.minijs.runtime.console.Inspect;

import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints an uncaught error the way node does on stderr: where it was thrown (file:line, the source line and a
 * caret under the throw statement, or under the error's first stack frame), a blank line, then the error
 * inspected (its stack, and its extra own properties in braces), then the runtime's name and version. A thrown
 * value that is not an error comes after a blank line, and follows its header directly (a string as it is);
 * node then adds a hint about its --trace-uncaught flag, which minijs does not have.
 */
public final class UncaughtErrorPrinter {
    private static final Pattern FRAME = Pattern.compile("at (?:.* \\()?(.+):(\\d+):(\\d+)\\)?");
    private static final Pattern POSITION = Pattern.compile("(.+):(\\d+):(\\d+)");

    private final SourceFiles sources;

    public UncaughtErrorPrinter(SourceFiles sources) {
        this.sources = sources;
    }

    /**
     * Prints {@code value}; {@code throwStatement} is the {@code throw} that raised it synchronously (node's
     * header points there), or null: then the header comes from the error's stack.
     */
    public void print(PrintStream err, Object value, SourceSection throwStatement) {
        StringBuilder sb = new StringBuilder();
        boolean isError = value instanceof JSErrorObject error && error.get("stack") instanceof String;
        if (!isError && throwStatement != null) {
            sb.append('\n'); // node sets a thrown value that is not an error apart by a blank line
        }
        boolean located = throwStatement != null && appendLocation(sb, StackTrace.location(throwStatement));
        if (isError) {
            if (!located) {
                appendLocationFromStack(sb, (String) ((JSErrorObject) value).get("stack"));
            } else {
                sb.append('\n');
            }
            sb.append(Inspect.inspect(value)).append('\n');
        } else if (located) {
            sb.append(value instanceof String s ? s : Inspect.inspect(value)).append('\n');
        } else {
            sb.append(value instanceof String s ? s : Inspect.inspect(value)).append('\n'); // node's own header left out
        }
        sb.append("\nminijs ").append(Version.VERSION).append('\n');
        err.print(sb);
        err.flush();
    }

    /** The header from the first stack frame whose file is known. */
    private void appendLocationFromStack(StringBuilder sb, String stack) {
        for (String line : stack.split("\n")) {
            Matcher m = FRAME.matcher(line.trim());
            if (m.matches()) {
                if (appendLocation(sb, m.group(1) + ":" + m.group(2) + ":" + m.group(3))) {
                    sb.append('\n');
                }
                return;
            }
        }
    }

    /** "file:line", the source line and a caret under the column; false when the source is unknown. */
    private boolean appendLocation(StringBuilder sb, String fileLineColumn) {
        Matcher m = POSITION.matcher(fileLineColumn);
        if (!m.matches()) {
            return false;
        }
        int lineNo = Integer.parseInt(m.group(2));
        int col = Integer.parseInt(m.group(3));
        String source = sources.line(m.group(1), lineNo);
        if (source == null) {
            return false;
        }
        StringBuilder pad = new StringBuilder(); // tabs before the column stay tabs, as node's caret line keeps them
        for (int i = 0; i < col - 1; i++) {
            pad.append(i < source.length() && source.charAt(i) == '\t' ? '\t' : ' ');
        }
        sb.append(m.group(1)).append(':').append(lineNo).append('\n')
                .append(source).append('\n')
                .append(pad).append("^\n");
        return true;
    }
}
