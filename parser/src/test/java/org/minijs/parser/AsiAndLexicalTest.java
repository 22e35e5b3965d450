package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Automatic semicolon insertion, regex vs division, template literals. */
class AsiAndLexicalTest {

    static String dump(String src) {
        return AstDump.program(JsParser.parse(src, "test.js"));
    }

    static Stream<Arguments> asi() {
        return Stream.of(
            // restricted productions
            Arguments.of("function f() { return\n1 }", "(function f [] { (return) 1 })"),
            Arguments.of("function f() { return /* c\n */ 1 }", "(function f [] { (return) 1 })"),
            Arguments.of("function f() { return // c\n 1 }", "(function f [] { (return) 1 })"),
            Arguments.of("function f() { return 1\n}", "(function f [] { (return 1) })"),
            Arguments.of("function f() { return\n}", "(function f [] { (return) })"),
            Arguments.of("function f() { return\n; }", "(function f [] { (return) })"),
            Arguments.of("function f() { return (\n1) }", "(function f [] { (return 1) })"),
            Arguments.of("a\n++b", "a (++pre b)"),
            Arguments.of("a\n--b", "a (--pre b)"),
            Arguments.of("a++\nb", "(++post a) b"),
            Arguments.of("i\n++\nj", "i (++pre j)"),
            Arguments.of("if (x) ++y", "(if x (++pre y))"),
            Arguments.of("x: while (1) { break\nx }", "(label x (while 1 { (break) x }))"),
            Arguments.of("x: while (1) { continue\nx }", "(label x (while 1 { (continue) x }))"),
            Arguments.of("x: while (1) { break x\n}", "(label x (while 1 { (break x) }))"),
            Arguments.of("async\nfunction f() {}", "async (function f [] { })"),
            Arguments.of("o.return\n(x)", "(call (. o return) x)"),
            // no ASI where the next token continues the expression
            Arguments.of("a\n(b)", "(call a b)"),
            Arguments.of("a\n[b]", "([] a b)"),
            Arguments.of("a\n.b\n.c()", "(call (. (. a b) c))"),
            Arguments.of("a\n?.b", "(chain (?. a b))"),
            Arguments.of("a = b\n+c", "(= a (+ b c))"),
            Arguments.of("a\n-b", "(- a b)"),
            Arguments.of("x = a ? b\n: c", "(= x (? a b c))"),
            Arguments.of("f(a\n,b\n)", "(call f a b)"),
            Arguments.of("f(\na,\nb\n)", "(call f a b)"),
            Arguments.of("x = (\n1\n+\n2\n)", "(= x (+ 1 2))"),
            Arguments.of("var a = 1\n[1,2].forEach(f)", "(var a=(call (. ([] 1 (, 1 2)) forEach) f))"),
            Arguments.of("x = function(){}\n(function(){})()",
                    "(= x (call (call (function [] { }) (function [] { }))))"),
            Arguments.of("let\nx = 1", "(let x=1)"),
            // ASI at line breaks, '}' and end of input
            Arguments.of("a\nb", "a b"),
            Arguments.of("a = 1\nb = 2\n", "(= a 1) (= b 2)"),
            Arguments.of("a\n!b", "a (! b)"),
            Arguments.of("var x = 1\nvar y = 2", "(var x=1) (var y=2)"),
            Arguments.of("let x = 1\nlet y = 2", "(let x=1) (let y=2)"),
            Arguments.of("{ a }", "{ a }"),
            Arguments.of("{ a } b", "{ a } b"),
            Arguments.of("x = 1 /* a\n */ y", "(= x 1) y"),
            Arguments.of("x = y // c\n z", "(= x y) z"),
            Arguments.of("function f(){}\n(function(){})()", "(function f [] { }) (call (function [] { }))"),
            Arguments.of("if (a) b\nelse c", "(if a b c)"),
            Arguments.of("if (a) {}\nelse {}", "(if a { } { })"),
            Arguments.of("if (a)\nb()\nelse\nc()", "(if a (call b) (call c))"),
            Arguments.of("do\nx++\nwhile (x < 3)\ny()", "(do (++post x) (< x 3)) (call y)"),
            Arguments.of("do {} while (x) y()", "(do { } x) (call y)"),
            Arguments.of("while (x)\n{ }", "(while x { })"),
            Arguments.of("function f()\n{\n return {\n a: 1\n }\n}", "(function f [] { (return {a: 1}) })"),
            Arguments.of("x = {\n a: 1,\n b: function() {\n return 2\n }\n}\ny()",
                    "(= x {a: 1, b: (function [] { (return 2) })}) (call y)"),
            Arguments.of("try {\n}\ncatch (e)\n{\n}\nfinally\n{\n}", "(try { } (catch e { }) (finally { }))"),
            Arguments.of("var o = {\n get\n x() { return 1 }\n}", "(var o={get x (getter x [] { (return 1) })})"),
            Arguments.of("async function f() {\n x = await\n g()\n}",
                    "(async function f [] { (= x (await (call g))) })"),
            Arguments.of("var await = 1; await\nfunction f() {}", "(var await=1) await (function f [] { })"),
            Arguments.of("x = `a${ {a: 1}.a }`\ny", "(= x (template \"a\" (. {a: 1} a) \"\")) y"),
            Arguments.of("x = () => {}\ny", "(= x (arrow [] { })) y"),
            Arguments.of("for (;;) {}\nx", "(for null null null { }) x"),
            Arguments.of("a\r\nb\rc\u2028d\u2029e", "a b c d e"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asi")
    void automaticSemicolonInsertion(String source, String expected) {
        assertEquals(expected, dump(source));
    }

    static Stream<Arguments> regexVsDivision() {
        return Stream.of(
            Arguments.of("a / b / c", "(/ (/ a b) c)"),
            Arguments.of("x = /re/g.test(s)", "(= x (call (. /re/g test) s))"),
            Arguments.of("(a) / b / c", "(/ (/ a b) c)"),
            Arguments.of("a[0] / 2 / 3", "(/ (/ ([] a 0) 2) 3)"),
            Arguments.of("f() / 2", "(/ (call f) 2)"),
            Arguments.of("x = {} / 2", "(= x (/ {} 2))"),
            Arguments.of("a++ / 2", "(/ (++post a) 2)"),
            Arguments.of("this / 2; 1 / 2; 'a' / 2; null / 2; true / 2", "(/ this 2) (/ 1 2) (/ \"a\" 2) (/ null 2) (/ true 2)"),
            Arguments.of("a.return / 2", "(/ (. a return) 2)"),
            Arguments.of("a /= 2", "(/= a 2)"),
            Arguments.of("x = /=/", "(= x /=/)"),
            Arguments.of("if (x) /re/.test(y)", "(if x (call (. /re/ test) y))"),
            Arguments.of("while (x) /re/.exec(s)", "(while x (call (. /re/ exec) s))"),
            Arguments.of("f(/a/, /b/)", "(call f /a/ /b/)"),
            Arguments.of("[/a/]", "[/a/]"),
            Arguments.of("x = a ? /b/ : /c/", "(= x (? a /b/ /c/))"),
            Arguments.of("function f() { return /x/ }", "(function f [] { (return /x/) })"),
            Arguments.of("typeof /x/", "(typeof /x/)"),
            Arguments.of("!/x/.test(s)", "(! (call (. /x/ test) s))"),
            Arguments.of("x = a\n/b/g", "(= x (/ (/ a b) g))"),
            Arguments.of("x = /[/]+/", "(= x /[/]+/)"),
            Arguments.of("x = /a\\/b/", "(= x /a\\/b/)"),
            Arguments.of("x = `${/re/}`", "(= x (template \"\" /re/ \"\"))"),
            Arguments.of("x = `${a}` / 2", "(= x (/ (template \"\" a \"\") 2))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regexVsDivision")
    void regexVersusDivision(String source, String expected) {
        assertEquals(expected, dump(source));
    }

    static Stream<Arguments> templates() {
        return Stream.of(
            Arguments.of("`abc`", "(template \"abc\")"),
            Arguments.of("``", "(template \"\")"),
            Arguments.of("`a${b}c`", "(template \"a\" b \"c\")"),
            Arguments.of("`${a}${b}`", "(template \"\" a \"\" b \"\")"),
            Arguments.of("`a${b}c${`d${e}f`}g`", "(template \"a\" b \"c\" (template \"d\" e \"f\") \"g\")"),
            Arguments.of("`${ `${ `${x}` }` }`", "(template \"\" (template \"\" (template \"\" x \"\") \"\") \"\")"),
            Arguments.of("`${ {a: {b: 1}} }`", "(template \"\" {a: {b: 1}} \"\")"),
            Arguments.of("`${ function () { return {} } }`",
                    "(template \"\" (function [] { (return {}) }) \"\")"),
            Arguments.of("`$ $$ ${a}$`", "(template \"$ $$ \" a \"$\")"),
            Arguments.of("`\\${a}`", "(template \"${a}\")"),
            Arguments.of("`\\``", "(template \"`\")"),
            Arguments.of("`a\nb`", "(template \"a\\nb\")"),
            Arguments.of("`a\r\nb\rc`", "(template \"a\\nb\\nc\")"),
            Arguments.of("`\\n\\t\\x41\\u0042\\u{43}\\0`", "(template \"\\n\\tABC\\u0000\")"),
            Arguments.of("`a\\\nb`", "(template \"ab\")"),
            Arguments.of("`}`", "(template \"}\")"),
            Arguments.of("x = { a: `}` }", "(= x {a: (template \"}\")})"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateLiterals(String source, String expected) {
        assertEquals(expected, dump(source));
    }
}
