package org.minijs.parser;

/**
 * A JavaScript SyntaxError found while parsing: the file, 1-based line and column of the offending token, a
 * message in the words a JavaScript programmer knows, and the source line for a caret excerpt.
 */
public final class SyntaxError extends RuntimeException {
    private final String fileName;
    private final int line;
    private final int column;
    private final String sourceLine;

    public SyntaxError(String message, String fileName, int line, int column, String sourceLine) {
        super(message, null, false, false);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    public String fileName() { return fileName; }
    public int line() { return line; }
    public int column() { return column; }
    public String sourceLine() { return sourceLine; }

    /** Node's shape: {@code file:line}, the source line, a caret under the column, then the message. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(fileName).append(':').append(line).append(':').append(column).append('\n');
        if (sourceLine != null) {
            sb.append(sourceLine).append('\n');
            sb.append(" ".repeat(Math.max(0, column - 1))).append("^\n");
        }
        sb.append('\n').append("SyntaxError: ").append(getMessage()).append('\n');
        return sb.toString();
    }
}
