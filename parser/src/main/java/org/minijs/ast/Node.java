package org.minijs.ast;

/** Every node of minijs's own immutable AST. The ANTLR parse tree never leaves the parser module. */
public sealed interface Node permits Program, Statement, Expression, FunctionNode, Parameter, Property,
        VariableDeclarator, CatchClause, Pattern, SwitchCase, ClassNode, ClassMember, Module, ModuleDeclaration {
    SourceSpan span();
}
