package org.minijs.ast;

import java.util.List;

/** Statements and declarations. */
public sealed interface Statement extends Node {

    enum DeclarationKind { VAR, LET, CONST }

    record VariableDeclaration(DeclarationKind kind, List<VariableDeclarator> declarations, SourceSpan span)
            implements Statement { }

    record FunctionDeclaration(FunctionNode function, SourceSpan span) implements Statement { }

    record ExpressionStatement(Expression expression, SourceSpan span) implements Statement { }

    record Block(List<Statement> body, SourceSpan span) implements Statement { }

    record Empty(SourceSpan span) implements Statement { }

    record If(Expression test, Statement consequent, Statement alternate, SourceSpan span) implements Statement { }

    record While(Expression test, Statement body, SourceSpan span) implements Statement { }

    record DoWhile(Statement body, Expression test, SourceSpan span) implements Statement { }

    /** {@code init} is a VariableDeclaration, an ExpressionStatement or null; test and update may be null. */
    record For(Statement init, Expression test, Expression update, Statement body, SourceSpan span)
            implements Statement { }

    record Labeled(String label, Statement body, SourceSpan span) implements Statement { }

    /** {@code label} is null when absent. */
    record Break(String label, SourceSpan span) implements Statement { }

    record Continue(String label, SourceSpan span) implements Statement { }

    /** {@code argument} is null for a bare {@code return}. */
    record Return(Expression argument, SourceSpan span) implements Statement { }

    record Throw(Expression argument, SourceSpan span) implements Statement { }

    record Switch(Expression discriminant, List<SwitchCase> cases, SourceSpan span) implements Statement { }

    /**
     * {@code for (left in right)}; {@code left} is a VariableDeclaration with one declarator and no init, or
     * a Pattern (an assignment target).
     */
    record ForIn(Node left, Expression right, Statement body, SourceSpan span) implements Statement { }

    /** {@code for (left of right)} and {@code for await (left of right)}; {@code left} as in ForIn. */
    record ForOf(Node left, Expression right, Statement body, boolean isAwait, SourceSpan span)
            implements Statement { }

    record ClassDeclaration(ClassNode classNode, SourceSpan span) implements Statement { }

    record Debugger(SourceSpan span) implements Statement { }

    /** {@code handler} and {@code finalizer} may each be null, never both. */
    record Try(Block block, CatchClause handler, Block finalizer, SourceSpan span) implements Statement { }
}
