package org.minijs.ast;

/** {@code catch (param) body}; {@code param} is null for {@code catch { ... }} without a binding. */
public record CatchClause(String param, Statement.Block body, SourceSpan span) implements Node {
}
