package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minijs.ast.Module;
import org.minijs.ast.ModuleDeclaration;
import org.minijs.ast.ModuleDeclaration.ExportAll;
import org.minijs.ast.ModuleDeclaration.ExportNamed;
import org.minijs.ast.ModuleDeclaration.ExportSpecifier;
import org.minijs.ast.ModuleDeclaration.Import;
import org.minijs.ast.ModuleDeclaration.ImportSpecifier;
import org.minijs.ast.Statement;

/** JsParser.parseModule: import / export entries, the module body, module-only rules. */
class ModuleTest {

    static Module module(String src) {
        return JsParser.parseModule(src, "m.mjs");
    }

    @Test
    void importsBecomeEntriesNotStatements() {
        Module m = module("import d, { a as b, c } from './x.mjs';\nimport * as ns from \"y\";\nimport 'z';\nb(c)");
        assertTrue(m.program().strict());
        assertEquals(1, m.program().body().size());
        List<ModuleDeclaration> ds = m.declarations();
        Import first = assertInstanceOf(Import.class, ds.get(0));
        assertEquals("./x.mjs", first.source());
        assertEquals(List.of("default:d", "a:b", "c:c"), first.specifiers().stream()
                .map(s -> s.imported() + ":" + s.local()).toList());
        ImportSpecifier ns = ((Import) ds.get(1)).specifiers().get(0);
        assertNull(ns.imported());
        assertEquals("ns", ns.local());
        assertEquals("z", ((Import) ds.get(2)).source());
        assertEquals(0, ((Import) ds.get(2)).specifiers().size());
    }

    @Test
    void exportsUnwrapTheirDeclarations() {
        Module m = module("export const x = 1, {y} = o;\nexport function f() {}\nexport class C {}\n"
                + "let z; export { z as zz, f as 'g' };\nexport default 42;");
        List<Statement> body = m.program().body();
        assertEquals("(const x=1 {y: y}=o) (function strict f [] { }) (class C) (let z) (const *default*=42)",
                AstDump.program(m.program()));
        assertEquals(5, body.size());
        List<String> exported = m.declarations().stream().flatMap(d -> ((ExportNamed) d).specifiers().stream())
                .map(s -> s.local() + "->" + s.exported()).toList();
        assertEquals(List.of("x->x", "y->y", "f->f", "C->C", "z->zz", "f->g", "*default*->default"), exported);
    }

    @Test
    void anonymousDefaultDeclarationsAreNamedDefault() {
        Module m = module("export default function () { return 1 }");
        Statement.FunctionDeclaration f = assertInstanceOf(Statement.FunctionDeclaration.class,
                m.program().body().get(0));
        assertEquals("default", f.function().name());
        ExportSpecifier s = ((ExportNamed) m.declarations().get(0)).specifiers().get(0);
        assertEquals("default", s.local());
        Module c = module("export default class extends B {}");
        assertEquals("(class default (extends B))", AstDump.program(c.program()));
        Module a = module("export default async function named() {}");
        assertEquals("named", ((ExportNamed) a.declarations().get(0)).specifiers().get(0).local());
    }

    @Test
    void reExports() {
        Module m = module("export * from 'a'; export * as ns from 'b'; export { x as y, default as z } from 'c'");
        ExportAll all = assertInstanceOf(ExportAll.class, m.declarations().get(0));
        assertNull(all.exported());
        assertEquals("a", all.source());
        assertEquals("ns", ((ExportAll) m.declarations().get(1)).exported());
        ExportNamed named = (ExportNamed) m.declarations().get(2);
        assertEquals("c", named.source());
        assertEquals("default", named.specifiers().get(1).local());
        assertTrue(m.program().body().isEmpty());
    }

    @Test
    void topLevelAwaitAndForAwait() {
        Module m = module("const v = await load();\nfor await (const x of xs) ;");
        assertEquals("(const v=(await (call load))) (for-await-of (const x) xs ;)", AstDump.program(m.program()));
        assertFalse(m.program().body().isEmpty());
    }

    @Test
    void scriptParseIsUnchangedByModuleSupport() {
        assertEquals("(= await 1)", ParserShapesTest.dump("await = 1"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("export { x }", 1, 10, "Export 'x' is not defined in module"),
            Arguments.of("let a; export { a, a }", 1, 20, "Duplicate export of 'a'"),
            Arguments.of("export default 1; export default 2", 1, 26, "Duplicate export of 'default'"),
            Arguments.of("import a from 'x'; let a", 1, 24, "Identifier 'a' has already been declared"),
            Arguments.of("import { default } from 'x'", 1, 10, "Unexpected token 'default'"),
            Arguments.of("import a form 'x'", 1, 10, "Unexpected identifier 'form'"),
            Arguments.of("{ import a from 'x' }", 1, 3, "Unexpected token 'import'"),
            Arguments.of("function f() { export let a }", 1, 16, "Unexpected token 'export'"),
            Arguments.of("let await", 1, 5, "Unexpected reserved word"),
            Arguments.of("function f() { await x }", 1, 16, "await is only valid in async functions and the top level "
                    + "bodies of modules"),
            Arguments.of("with (a) b", 1, 1, "Unexpected token 'with'"),
            Arguments.of("010", 1, 1, "Octal literals are not allowed in strict mode."),
            Arguments.of("return 1", 1, 1, "Illegal return statement"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void moduleError(String src, int line, int column, String message) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> module(src));
        assertEquals(message, e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), "position of: " + message);
    }
}
