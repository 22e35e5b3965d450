package org.minijs.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.minijs.ast.Expression;
import org.minijs.ast.ModuleDeclaration;
import org.minijs.ast.Pattern;
import org.minijs.ast.Statement;
import org.minijs.ast.VariableDeclarator;
import org.minijs.parser.grammar.JavaScriptParser.*;

/**
 * Import and export declarations of a module: records them as {@link ModuleDeclaration}s and returns the
 * statement each contributes to the module's body (see {@link org.minijs.ast.Module}). Checks the module early
 * errors: duplicate exported names, exports of undeclared names, import bindings declared twice.
 */
final class ModuleBuilder {
    /** The local binding of {@code export default <expression>}, as the spec names it. */
    static final String DEFAULT_BINDING = "*default*";

    private final AstBuilder b;
    private final List<ModuleDeclaration> declarations = new ArrayList<>();
    private final Set<String> exportedNames = new HashSet<>();
    /** {@code export {x}} names, checked against the top-level declarations once the whole body is built. */
    private final List<Token> localExports = new ArrayList<>();
    private final List<String> localExportNames = new ArrayList<>();

    ModuleBuilder(AstBuilder b) {
        this.b = b;
    }

    List<ModuleDeclaration> declarations() {
        return List.copyOf(declarations);
    }

    Statement importDeclaration(ImportDeclarationContext ctx) {
        List<ModuleDeclaration.ImportSpecifier> specs = new ArrayList<>();
        String from;
        if (ctx.importClause() == null) {
            from = b.expressions.stringValue(ctx.StringLiteral().getSymbol());
        } else {
            ImportClauseContext c = ctx.importClause();
            if (c.identifier() != null) {
                specs.add(new ModuleDeclaration.ImportSpecifier("default", bindImport(c.identifier()),
                        b.span(c.identifier())));
            }
            if (c.namespaceImport() != null) {
                NamespaceImportContext n = c.namespaceImport();
                expectWord(n.identifier(0), "as");
                specs.add(new ModuleDeclaration.ImportSpecifier(null, bindImport(n.identifier(1)), b.span(n)));
            }
            if (c.namedImports() != null) {
                for (ImportSpecifierContext s : c.namedImports().importSpecifier()) {
                    String imported = exportName(s.moduleExportName());
                    String local;
                    if (s.identifier().isEmpty()) {
                        IdentifierNameContext n = s.moduleExportName().identifierName();
                        if (n == null || n.identifier() == null) {
                            throw b.err(JsParser.unexpected(s.start), s.start);
                        }
                        local = bindImport(n.identifier());
                    } else {
                        expectWord(s.identifier(0), "as");
                        local = bindImport(s.identifier(1));
                    }
                    specs.add(new ModuleDeclaration.ImportSpecifier(imported, local, b.span(s)));
                }
            }
            from = fromClause(ctx.fromClause());
        }
        declarations.add(new ModuleDeclaration.Import(from, List.copyOf(specs), b.span(ctx)));
        return null;
    }

    private String bindImport(IdentifierContext id) {
        String name = b.bindingName(id);
        b.declareLexical(name, id.start, false);
        return name;
    }

    Statement exportDeclaration(ExportDeclarationContext ctx) {
        switch (ctx) {
            case ExportAllDeclarationContext a -> {
                String exported = null;
                if (a.identifier() != null) {
                    expectWord(a.identifier(), "as");
                    exported = exportName(a.moduleExportName());
                    addExported(exported, a.moduleExportName().start);
                }
                declarations.add(new ModuleDeclaration.ExportAll(exported, fromClause(a.fromClause()), b.span(a)));
                return null;
            }
            case ExportNamedDeclarationContext n -> {
                String from = n.fromClause() == null ? null : fromClause(n.fromClause());
                List<ModuleDeclaration.ExportSpecifier> specs = new ArrayList<>();
                for (ExportSpecifierContext s : n.namedExports().exportSpecifier()) {
                    ModuleExportNameContext localCtx = s.moduleExportName(0);
                    String local = exportName(localCtx);
                    String exported = local;
                    if (s.identifier() != null) {
                        expectWord(s.identifier(), "as");
                        exported = exportName(s.moduleExportName(1));
                    }
                    if (from == null) {
                        // A local export names a binding: not a string, not a reserved word.
                        IdentifierNameContext in = localCtx.identifierName();
                        if (in == null || in.identifier() == null) {
                            throw b.err(JsParser.unexpected(localCtx.start), localCtx.start);
                        }
                        b.checkIdentifierReference(local, localCtx.start);
                        localExports.add(localCtx.start);
                        localExportNames.add(local);
                    }
                    addExported(exported, s.stop);
                    specs.add(new ModuleDeclaration.ExportSpecifier(local, exported, b.span(s)));
                }
                declarations.add(new ModuleDeclaration.ExportNamed(List.copyOf(specs), from, b.span(n)));
                return null;
            }
            case ExportDeclarationStatementContext d -> {
                Statement st;
                List<String> names = new ArrayList<>();
                if (d.variableStatement() != null) {
                    Statement.VariableDeclaration v = b.variableStatement(d.variableStatement());
                    for (VariableDeclarator decl : v.declarations()) {
                        PatternBuilder.boundNames(decl.target(), names);
                    }
                    st = v;
                } else if (d.functionDeclaration() != null) {
                    Statement.FunctionDeclaration f =
                            (Statement.FunctionDeclaration) b.functionDeclaration(d.functionDeclaration(), null);
                    names.add(f.function().name());
                    st = f;
                } else {
                    Statement.ClassDeclaration c =
                            (Statement.ClassDeclaration) b.classes.declaration(d.classDeclaration(), null);
                    names.add(c.classNode().name());
                    st = c;
                }
                List<ModuleDeclaration.ExportSpecifier> specs = new ArrayList<>();
                for (String name : names) {
                    addExported(name, d.start);
                    specs.add(new ModuleDeclaration.ExportSpecifier(name, name, b.span(d)));
                }
                declarations.add(new ModuleDeclaration.ExportNamed(List.copyOf(specs), null, b.span(d)));
                return st;
            }
            case ExportDefaultDeclarationContext d -> {
                addExported("default", d.Default().getSymbol());
                Statement st;
                String local;
                if (d.functionDeclaration() != null) {
                    Statement.FunctionDeclaration f =
                            (Statement.FunctionDeclaration) b.functionDeclaration(d.functionDeclaration(), "default");
                    local = f.function().name();
                    st = f;
                } else if (d.classDeclaration() != null) {
                    Statement.ClassDeclaration c =
                            (Statement.ClassDeclaration) b.classes.declaration(d.classDeclaration(), "default");
                    local = c.classNode().name();
                    st = c;
                } else {
                    Expression e = b.expressions.assignment(d.assignmentExpression());
                    local = DEFAULT_BINDING;
                    st = new Statement.VariableDeclaration(Statement.DeclarationKind.CONST,
                            List.of(new VariableDeclarator(new Pattern.Identifier(DEFAULT_BINDING, e.span()), e,
                                    e.span())), b.span(d));
                }
                declarations.add(new ModuleDeclaration.ExportNamed(
                        List.of(new ModuleDeclaration.ExportSpecifier(local, "default", b.span(d))), null, b.span(d)));
                return st;
            }
            default -> throw new IllegalStateException("unexpected export");
        }
    }

    /** After the module body: every {@code export {x}} must name a top-level declaration or import. */
    void checkLocalExports(DeclarationScope top) {
        for (int i = 0; i < localExports.size(); i++) {
            String name = localExportNames.get(i);
            if (!top.declares(name)) {
                throw b.err("Export '" + name + "' is not defined in module", localExports.get(i));
            }
        }
    }

    private void addExported(String name, Token at) {
        if (!exportedNames.add(name)) {
            throw b.err("Duplicate export of '" + name + "'", at);
        }
    }

    private String exportName(ModuleExportNameContext n) {
        if (n.StringLiteral() != null) {
            return b.expressions.stringValue(n.StringLiteral().getSymbol());
        }
        return b.identifierNameText(n.identifierName());
    }

    private String fromClause(FromClauseContext f) {
        expectWord(f.identifier(), "from");
        return b.expressions.stringValue(f.StringLiteral().getSymbol());
    }

    /** 'as' and 'from' are identifiers in the grammar; only their exact spelling is allowed here. */
    private void expectWord(IdentifierContext id, String word) {
        if (!id.start.getText().equals(word)) {
            throw b.err(JsParser.unexpected(id.start), id.start);
        }
    }
}
