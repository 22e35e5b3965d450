package org.minijs.ast;

import java.util.List;

/** A whole script. {@code source} is kept so that errors can quote the offending line. */
public record Program(List<Statement> body, boolean strict, String fileName, String source, SourceSpan span)
        implements Node {
}
