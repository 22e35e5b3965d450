package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minijs.ast.Expression;
import org.minijs.ast.Statement;

/** switch, debugger, generators and yield, tagged templates, optional chains, new.target; and their errors. */
class StatementsAndExpressionsTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
            Arguments.of("switch (x) { case 1: a(); break; case 2: default: b() }",
                    "(switch x (case 1 (call a) (break)) (case 2) (default (call b)))"),
            Arguments.of("switch (x) {}", "(switch x)"),
            Arguments.of("switch (x) {\n case 1:\n  let y = 1\n  break\n default:\n  y\n}",
                    "(switch x (case 1 (let y=1) (break)) (default y))"),
            Arguments.of("debugger", "debugger"),
            Arguments.of("function* g() { yield; yield a; yield* b; yield yield c }",
                    "(function* g [] { (yield) (yield a) (yield* b) (yield (yield c)) })"),
            Arguments.of("function* g() { x = yield a, b }", "(function* g [] { (, (= x (yield a)) b) })"),
            Arguments.of("function* g() { yield\na }", "(function* g [] { (yield) a })"),
            Arguments.of("function* g() { yield\n(a) }", "(function* g [] { (yield) a })"),
            Arguments.of("function* g() { yield /re/g }", "(function* g [] { (yield /re/g) })"),
            Arguments.of("async function* ag() { for await (const x of xs) yield await x }",
                    "(async function* ag [] { (for-await-of (const x) xs (yield (await x))) })"),
            Arguments.of("var yield = 1; yield = yield / 2", "(var yield=1) (= yield (/ yield 2))"),
            Arguments.of("function* g() { (function yield() {}) }", "(function* g [] { (function yield [] { }) })"),
            Arguments.of("o = { *g() {}, async *h() {}, async i() {} }",
                    "(= o {g (method* g [] { }), h (async method* h [] { }), i (async method i [] { })})"),
            Arguments.of("x = function* () {}", "(= x (function* [] { }))"),
            Arguments.of("tag`a${b}c`", "(tagged tag [\"a\" \"c\"] [\"a\" \"c\"] b)"),
            Arguments.of("a.b`x`\n`y`", "(tagged (tagged (. a b) [\"x\"] [\"x\"]) [\"y\"] [\"y\"])"),
            Arguments.of("tag`\\unicode`", "(tagged tag [null] [\"\\\\unicode\"])"),
            Arguments.of("tag`a\r\nb`", "(tagged tag [\"a\\nb\"] [\"a\\nb\"])"),
            Arguments.of("new tag`x`", "(new (tagged tag [\"x\"] [\"x\"]))"),
            Arguments.of("a?.b.c()", "(chain (call (. (?. a b) c)))"),
            Arguments.of("(a?.b).c", "(. (chain (?. a b)) c)"),
            Arguments.of("a?.[0]?.(1)", "(chain (call?. (?.[] a 0) 1))"),
            Arguments.of("a?.b + c?.d", "(+ (chain (?. a b)) (chain (?. c d)))"),
            Arguments.of("function f() { return new.target }", "(function f [] { (return new.target) })"),
            Arguments.of("function f() { return () => new.target }",
                    "(function f [] { (return (arrow [] => new.target)) })"),
            Arguments.of("{}\n/re/.test(x)", "{ } (call (. /re/ test) x)"),
            Arguments.of("function f() {}\n/re/g.exec(x)", "(function f [] { }) (call (. /re/g exec) x)"),
            Arguments.of("x = function () {}\n/ 2", "(= x (/ (function [] { }) 2))"),
            Arguments.of("if (a) {} /b/.test(c)", "(if a { }) (call (. /b/ test) c)"),
            Arguments.of("09.5 + 08", "(+ 9.5 8)"),
            Arguments.of("let++", "(++post let)"));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shape(String src, String expected) {
        assertEquals(expected, ParserShapesTest.dump(src));
    }

    @Test
    void taggedTemplateRecord() {
        Expression.TaggedTemplate t = (Expression.TaggedTemplate) ((Statement.ExpressionStatement) ParserShapesTest
                .parse("f`a\\x${1}\\n${2}`").body().get(0)).expression();
        assertEquals(Arrays.asList(null, "\n", ""), t.cooked());
        assertEquals(java.util.List.of("a\\x", "\\n", ""), t.raw());
        assertEquals(2, t.expressions().size());
        assertEquals("f", ((Expression.Identifier) t.tag()).name());
    }

    @Test
    void optionalChainWrapsTheWholeChainOnce() {
        Expression e = ((Statement.ExpressionStatement) ParserShapesTest.parse("a?.b.c()").body().get(0)).expression();
        Expression.Call call = assertInstanceOf(Expression.Call.class,
                assertInstanceOf(Expression.OptionalChain.class, e).expression());
        Expression.PropertyAccess c = assertInstanceOf(Expression.PropertyAccess.class, call.callee());
        Expression.PropertyAccess b = assertInstanceOf(Expression.PropertyAccess.class, c.object());
        assertEquals(true, b.optional());
        assertEquals(false, c.optional());
    }

    @Test
    void switchCases() {
        Statement.Switch s = (Statement.Switch) ParserShapesTest.parse("switch (x) { case 1: a; default: }")
                .body().get(0);
        assertEquals(2, s.cases().size());
        assertNull(s.cases().get(1).test());
        assertEquals(0, s.cases().get(1).consequent().size());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("({a = 1})", 1, 5, "Invalid shorthand property initializer"),
            Arguments.of("x = {a = 1}.a", 1, 8, "Invalid shorthand property initializer"),
            Arguments.of("[a + 1] = x", 1, 2, "Invalid destructuring assignment target"),
            Arguments.of("[...a, b] = x", 1, 2, "Rest element must be last element"),
            Arguments.of("({...a,} = x)", 1, 3, "Rest element must be last element"),
            Arguments.of("({a: 1} = x)", 1, 6, "Invalid destructuring assignment target"),
            Arguments.of("([a]) = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("[...a = 1] = x", 1, 5, "Invalid destructuring assignment target"),
            Arguments.of("[f()] = x", 1, 2, "Invalid destructuring assignment target"),
            Arguments.of("[a?.b] = x", 1, 2, "Invalid destructuring assignment target"),
            Arguments.of("let [a];", 1, 5, "Missing initializer in destructuring declaration"),
            Arguments.of("var {a, ...{b}} = o", 1, 12, "`...` must be followed by an identifier in declaration contexts"),
            Arguments.of("let {a, a} = o", 1, 9, "Identifier 'a' has already been declared"),
            Arguments.of("function f([a, a]) {}", 1, 16, "Duplicate parameter name not allowed in this context"),
            Arguments.of("function f({a}) { 'use strict' }", 1, 19,
                    "Illegal 'use strict' directive in function with non-simple parameter list"),
            Arguments.of("'use strict'; [eval] = x", 1, 16, "Unexpected eval or arguments in strict mode"),
            Arguments.of("try {} catch ([e]) { let e }", 1, 26, "Identifier 'e' has already been declared"),
            Arguments.of("try {} catch (a) { for (var a of b) ; }", 1, 29, "Identifier 'a' has already been declared"),
            Arguments.of("for (let of x) ;", 1, 6, "The left-hand side of a for-of loop may not start with 'let'."),
            Arguments.of("for (async of x) ;", 1, 6, "The left-hand side of a for-of loop may not be 'async'."),
            Arguments.of("for (x++ of y) ;", 1, 6, "Invalid left-hand side in for-of loop"),
            Arguments.of("for (-a in y) ;", 1, 6, "Invalid left-hand side in for-in loop"),
            Arguments.of("function* g() { function yield() {} }", 1, 26, "Unexpected identifier 'yield'"),
            Arguments.of("for (a in b in c; ;) ;", 1, 8, "Unexpected token 'in'"),
            Arguments.of("for (var a = b in c;;) ;", 1, 16, "Unexpected token 'in'"),
            Arguments.of("for await (x of y) ;", 1, 5, "Unexpected reserved word"),
            Arguments.of("switch (x) { default: default: }", 1, 23, "More than one default clause in switch statement"),
            Arguments.of("switch (x) { case 1: let a; case 2: let a }", 1, 41, "Identifier 'a' has already been declared"),
            Arguments.of("function* g(a = yield) {}", 1, 17, "Yield expression not allowed in formal parameter"),
            Arguments.of("function* g() { var yield }", 1, 21, "Unexpected identifier 'yield'"),
            Arguments.of("function* g() { (yield) => 1 }", 1, 18, "Unexpected identifier 'yield'"),
            Arguments.of("function* g() { yield\n* a }", 2, 1, "Unexpected token '*'"),
            Arguments.of("x = function* yield() {}", 1, 15, "Unexpected identifier 'yield'"),
            Arguments.of("if (x) function* g() {}", 1, 8, "Generators can only be declared at the top level or inside a block."),
            Arguments.of("while (1) l: function f() {}", 1, 14, "In non-strict mode code, functions can only be declared "
                    + "at top level, inside a block, or as the body of an if statement."),
            Arguments.of("a?.b = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("a?.b`x`", 1, 5, "Invalid tagged template on optional chain"),
            Arguments.of("`\\unicode`", 1, 2, "Invalid Unicode escape sequence"),
            Arguments.of("new.target", 1, 1, "new.target expression is not allowed here"),
            Arguments.of("new.foo", 1, 5, "Unexpected identifier 'foo'"),
            Arguments.of("x = #y", 1, 5, "Invalid or unexpected token"),
            Arguments.of("a\\u0000", 1, 2, "Invalid Unicode escape sequence"),
            Arguments.of("import x from 'y'", 1, 1, "Cannot use import statement outside a module"),
            Arguments.of("export const x = 1", 1, 1, "Unexpected token 'export'"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void earlyError(String src, int line, int column, String message) {
        SyntaxErrorTest.assertSyntaxError(src, line, column, message);
    }
}
