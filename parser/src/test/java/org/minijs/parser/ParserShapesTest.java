package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Program;
import org.minijs.ast.Property;
import org.minijs.ast.Statement;

/** Golden-ish shape tests: each snippet's AST rendered by {@link AstDump}. */
class ParserShapesTest {

    static Program parse(String src) {
        return JsParser.parse(src, "test.js");
    }

    static String dump(String src) {
        return AstDump.program(parse(src));
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
            // declarations and statements
            Arguments.of("var x = 1, y = 2; let z; const w = 3", "(var x=1 y=2) (let z) (const w=3)"),
            Arguments.of("function f(a, b = 1, ...r) { return a }",
                    "(function f [a b=1 ...r] { (return a) })"),
            Arguments.of("if (a) b(); else c()", "(if a (call b) (call c))"),
            Arguments.of("if (a) { } else if (b) { } else { }", "(if a { } (if b { } { }))"),
            Arguments.of("while (i < 3) i++", "(while (< i 3) (++post i))"),
            Arguments.of("do x++; while (x < 5)", "(do (++post x) (< x 5))"),
            Arguments.of("do { } while (x) y()", "(do { } x) (call y)"),
            Arguments.of("for (let i = 0; i < 10; i++) { continue }",
                    "(for (let i=0) (< i 10) (++post i) { (continue) })"),
            Arguments.of("for (;;) break", "(for null null null (break))"),
            Arguments.of("for (i = 0, j = 1; i < j; i++) {}", "(for (, (= i 0) (= j 1)) (< i j) (++post i) { })"),
            Arguments.of("for (var i = 0;;) {}", "(for (var i=0) null null { })"),
            Arguments.of("foo: for (;;) { break foo }", "(label foo (for null null null { (break foo) }))"),
            Arguments.of("outer: while (1) { inner: while (1) { continue outer } }",
                    "(label outer (while 1 { (label inner (while 1 { (continue outer) })) }))"),
            Arguments.of("try { a() } catch (e) { b() } finally { c() }",
                    "(try { (call a) } (catch e { (call b) }) (finally { (call c) }))"),
            Arguments.of("try { a() } catch { b() }", "(try { (call a) } (catch { (call b) }))"),
            Arguments.of("try {} finally {}", "(try { } (finally { }))"),
            Arguments.of("throw new Error('x')", "(throw (new Error \"x\"))"),
            Arguments.of(";;", "; ;"),
            Arguments.of("{ a; { b } }", "{ a { b } }"),
            Arguments.of("{ a: 1 }", "{ (label a 1) }"),
            Arguments.of("debugger", "debugger"),
            Arguments.of("function f() { return }", "(function f [] { (return) })"),
            // expressions and precedence
            Arguments.of("a = b ? c : d", "(= a (? b c d))"),
            Arguments.of("a + b * c - d / e % f", "(- (+ a (* b c)) (% (/ d e) f))"),
            Arguments.of("a ** b ** c", "(** a (** b c))"),
            Arguments.of("(-a) ** 2", "(** (- a) 2)"),
            Arguments.of("2 ** -1", "(** 2 (- 1))"),
            Arguments.of("a << 1 >> 2 >>> 3", "(>>> (>> (<< a 1) 2) 3)"),
            Arguments.of("a < b == c > d", "(== (< a b) (> c d))"),
            Arguments.of("a instanceof B && 'k' in o", "(&& (instanceof a B) (in \"k\" o))"),
            Arguments.of("a & b | c ^ d", "(| (& a b) (^ c d))"),
            Arguments.of("a || b && c", "(|| a (&& b c))"),
            Arguments.of("a ?? b ?? c", "(?? (?? a b) c)"),
            Arguments.of("(a || b) ?? c", "(?? (|| a b) c)"),
            Arguments.of("a === b !== c != d", "(!= (!== (=== a b) c) d)"),
            Arguments.of("a = b = c", "(= a (= b c))"),
            Arguments.of("a += 1; a -= 1; a *= 2; a /= 2; a %= 2; a **= 2",
                    "(+= a 1) (-= a 1) (*= a 2) (/= a 2) (%= a 2) (**= a 2)"),
            Arguments.of("a <<= 1; a >>= 1; a >>>= 1; a &= 1; a |= 1; a ^= 1",
                    "(<<= a 1) (>>= a 1) (>>>= a 1) (&= a 1) (|= a 1) (^= a 1)"),
            Arguments.of("a ||= b; a &&= c; a ??= d", "(||= a b) (&&= a c) (??= a d)"),
            Arguments.of("a, b, c", "(, a b c)"),
            Arguments.of("x = (1, 2)", "(= x (, 1 2))"),
            Arguments.of("typeof a; void 0; delete a.b; !a; ~a; -a; +a",
                    "(typeof a) (void 0) (delete (. a b)) (! a) (~ a) (- a) (+ a)"),
            Arguments.of("++a; --a; a++; a--", "(++pre a) (--pre a) (++post a) (--post a)"),
            Arguments.of("- -a", "(- (- a))"),
            Arguments.of("a.b.c", "(. (. a b) c)"),
            Arguments.of("a[b][0]", "([] ([] a b) 0)"),
            Arguments.of("a.if.return.class", "(. (. (. a if) return) class)"),
            Arguments.of("f(a)(b)", "(call (call f a) b)"),
            Arguments.of("f(...a, b, ...c)", "(call f (... a) b (... c))"),
            Arguments.of("f(a, b,)", "(call f a b)"),
            Arguments.of("a?.b?.[c]?.(d)", "(chain (call?. (?.[] (?. a b) c) d))"),
            Arguments.of("a?.b.c", "(chain (. (?. a b) c))"),
            Arguments.of("x = a?.5:1", "(= x (? a 0.5 1))"),
            Arguments.of("new X", "(new X)"),
            Arguments.of("new X(1, 2)", "(new X 1 2)"),
            Arguments.of("new a.b.c(d).e", "(. (new (. (. a b) c) d) e)"),
            Arguments.of("new new X()()", "(new (new X))"),
            Arguments.of("new X()()", "(call (new X))"),
            Arguments.of("new X.y", "(new (. X y))"),
            Arguments.of("new (f())()", "(new (call f))"),
            Arguments.of("new function () {}", "(new (function [] { }))"),
            Arguments.of("this.x = undefined", "(= (. this x) undefined)"),
            Arguments.of("x = null; y = true; z = false", "(= x null) (= y true) (= z false)"),
            // literals
            Arguments.of("0x10 + 0o17 + 0b101 + 1_000 + .5 + 1e3 + 5. + 010 + 08 + 1.5e-3 + 0XFF",
                    "(+ (+ (+ (+ (+ (+ (+ (+ (+ (+ 16 15) 5) 1000) 0.5) 1000) 5) 8) 8) 0.0015) 255)"),
            Arguments.of("'a\\n\\t\\r\\b\\f\\v\\0\\x41\\u0042\\u{43}\\'\\\"\\\\\\q'",
                    "\"a\\n\\t\\r\\u0008\\u000c\\u000b\\u0000ABC'\\\"\\\\q\""),
            Arguments.of("'a\\\nb'", "\"ab\""),
            Arguments.of("'\\u{1F600}'", "\"\\ud83d\\ude00\""),
            Arguments.of("'\\101\\7'", "\"A\\u0007\""),
            Arguments.of("\"\u2028\"", "\"\\u2028\""),
            Arguments.of("[1, , 3, ]", "[1, <hole>, 3]"),
            Arguments.of("[,]", "[<hole>]"),
            Arguments.of("[, ,]", "[<hole>, <hole>]"),
            Arguments.of("[1, ...a]", "[1, (... a)]"),
            Arguments.of("[]", "[]"),
            Arguments.of("x = /re[/]x\\/y/gi", "(= x /re[/]x\\/y/gi)"),
            // objects
            Arguments.of("o = { a: 1, b, 'c': 2, 3: 4, 1.5: 5, 0x10: 6, [k]: 7, ...p, if: 8 }",
                    "(= o {a: 1, b: b, c: 2, 3: 4, 1.5: 5, 16: 6, [k]: 7, ...p, if: 8})"),
            Arguments.of("o = { m() {}, async n(x) { await x }, get g() { return 1 }, set s(v) {}, [k]() {} }",
                    "(= o {m (method m [] { }), n (async method n [x] { (await x) }), "
                            + "get g (getter g [] { (return 1) }), set s (setter s [v] { }), [k] (method [] { })})"),
            Arguments.of("o = { get, set: 1, async: 2, get: 3, async, get() {}, async() {}, get 1() {} }",
                    "(= o {get: get, set: 1, async: 2, get: 3, async: async, get (method get [] { }), "
                            + "async (method async [] { }), get 1 (getter 1 [] { })})"),
            Arguments.of("o = {}", "(= o {})"),
            Arguments.of("({})", "{}"),
            // functions
            Arguments.of("x => x * 2", "(arrow [x] => (* x 2))"),
            Arguments.of("() => {}", "(arrow [] { })"),
            Arguments.of("(a, b) => { return a + b }", "(arrow [a b] { (return (+ a b)) })"),
            Arguments.of("(a = 1, ...r) => a", "(arrow [a=1 ...r] => a)"),
            Arguments.of("() => ({})", "(arrow [] => {})"),
            Arguments.of("async x => await x", "(async arrow [x] => (await x))"),
            Arguments.of("async (a) => a", "(async arrow [a] => a)"),
            Arguments.of("async () => {}", "(async arrow [] { })"),
            Arguments.of("async => async", "(arrow [async] => async)"),
            Arguments.of("async(1)", "(call async 1)"),
            Arguments.of("async function f() { await g() }", "(async function f [] { (await (call g)) })"),
            Arguments.of("x = async function () { return await (y) }",
                    "(= x (async function [] { (return (await y)) }))"),
            Arguments.of("x = function f() {}", "(= x (function f [] { }))"),
            Arguments.of("a ? b => 1 : c => 2", "(? a (arrow [b] => 1) (arrow [c] => 2))"),
            Arguments.of("f(x => x, y)", "(call f (arrow [x] => x) y)"),
            Arguments.of("x => y => x + y", "(arrow [x] => (arrow [y] => (+ x y)))"),
            // contextual keywords as identifiers
            Arguments.of("let async = 1; get = set + of; let\nx", "(let async=1) (= get (+ set of)) (let x)"),
            Arguments.of("var let = 1; let = 2", "(var let=1) (= let 2)"),
            Arguments.of("var await = 1; await", "(var await=1) await"),
            Arguments.of("var yield = 1, static = 2", "(var yield=1 static=2)"),
            Arguments.of("var \\u0061b = 1", "(var ab=1)"),
            Arguments.of("#!/usr/bin/env node\nx", "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shape(String source, String expected) {
        assertEquals(expected, dump(source));
    }

    @Test
    void strictDirectives() {
        assertTrue(parse("'use strict'; x").strict());
        assertTrue(parse("\"use strict\"\nx").strict());
        assertTrue(parse("'other'; 'use strict'").strict());
        assertFalse(parse("x; 'use strict'").strict());
        assertFalse(parse("('use strict')").strict());
        assertFalse(parse("'use\\x20strict'").strict());
        assertEquals("(function f [] { (function strict g [] { \"use strict\" (return (arrow strict [] => 1)) }) })",
                dump("function f() { function g() { 'use strict'; return () => 1 } }"));
        assertEquals("\"use strict\" (function strict f [] { })", dump("'use strict'; function f() {}"));
    }

    @Test
    void functionNodeDetails() {
        Statement.ExpressionStatement s = (Statement.ExpressionStatement) parse("(a) => a + 1").body().get(0);
        FunctionNode f = assertInstanceOf(Expression.Function.class, s.expression()).function();
        assertEquals(FunctionNode.Kind.ARROW, f.kind());
        assertTrue(f.expressionBody());
        assertTrue(f.isArrow());
        assertNull(f.name());
        Statement.Return r = assertInstanceOf(Statement.Return.class, f.body().get(0));
        assertInstanceOf(Expression.Binary.class, r.argument());
        assertEquals(f.span(), s.expression().span());

        Statement.FunctionDeclaration d = (Statement.FunctionDeclaration) parse("async function g(x) {}").body().get(0);
        assertTrue(d.function().async());
        assertFalse(d.function().generator());
        assertEquals("g", d.function().name());
        assertEquals("x", d.function().params().get(0).name());
    }

    @Test
    void propertyDetails() {
        Statement.ExpressionStatement s = (Statement.ExpressionStatement) parse(
                "({ a, b: 1, m() {}, get g() {}, set g(v) {}, ...o, [k]: 2 })").body().get(0);
        List<Property> ps = ((Expression.ObjectLiteral) s.expression()).properties();
        assertEquals(Property.Kind.INIT, ps.get(0).kind());
        assertEquals(new Expression.Identifier("a", ps.get(0).span()), ps.get(0).value());
        assertFalse(ps.get(1).method());
        assertTrue(ps.get(2).method());
        assertEquals(FunctionNode.Kind.METHOD, ((Expression.Function) ps.get(2).value()).function().kind());
        assertEquals(Property.Kind.GET, ps.get(3).kind());
        assertEquals(FunctionNode.Kind.GETTER, ((Expression.Function) ps.get(3).value()).function().kind());
        assertEquals(Property.Kind.SET, ps.get(4).kind());
        assertEquals(FunctionNode.Kind.SETTER, ((Expression.Function) ps.get(4).value()).function().kind());
        assertEquals(Property.Kind.SPREAD, ps.get(5).kind());
        assertNull(ps.get(5).key());
        assertNull(ps.get(6).key());
        assertInstanceOf(Expression.Identifier.class, ps.get(6).computedKey());
    }

    @Test
    void forInitIsDeclarationOrExpressionStatement() {
        Statement.For f = (Statement.For) parse("for (let i = 0;;) {}").body().get(0);
        assertInstanceOf(Statement.VariableDeclaration.class, f.init());
        f = (Statement.For) parse("for (i = 0;;) {}").body().get(0);
        assertInstanceOf(Statement.ExpressionStatement.class, f.init());
        f = (Statement.For) parse("for (;;) {}").body().get(0);
        assertNull(f.init());
        assertNull(f.test());
        assertNull(f.update());
    }

    @Test
    void numberToStringForKeys() {
        assertEquals("1", Literals.numberToString(1));
        assertEquals("1.5", Literals.numberToString(1.5));
        assertEquals("1e+21", Literals.numberToString(1e21));
        assertEquals("100000000000000000000", Literals.numberToString(1e20));
        assertEquals("1e-7", Literals.numberToString(1e-7));
        assertEquals("0.000001", Literals.numberToString(0.000001));
        assertEquals("123456789012345680000", Literals.numberToString(123456789012345678901.0));
        assertEquals("0.1", Literals.numberToString(0.1));
        assertEquals("-2.5", Literals.numberToString(-2.5));
        assertEquals("1.7976931348623157e+308", Literals.numberToString(Double.MAX_VALUE));
        assertEquals("5e-324", Literals.numberToString(Double.MIN_VALUE));
        assertEquals("0", Literals.numberToString(-0.0));
        assertEquals("NaN", Literals.numberToString(Double.NaN));
    }
}
