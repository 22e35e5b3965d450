package org.minijs.ast;

import java.util.List;

/** {@code case test: ...} or {@code default: ...} (test null). */
public record SwitchCase(Expression test, List<Statement> consequent, SourceSpan span) implements Node {
}
