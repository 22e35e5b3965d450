package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid programs: each must throw a SyntaxError worded like node's, at the right line and column. */
class SyntaxErrorTest {

    static final Pattern ANTLR_WORDING = Pattern.compile(
            "(?i)mismatched|no viable|extraneous|expecting|token recognition|missing '|<EOF>|rule |alternative");

    static Stream<Arguments> invalid() {
        return Stream.of(
            // syntax
            Arguments.of("a b", 1, 3, "Unexpected identifier 'b'"),
            Arguments.of("a\n\n  b c", 3, 5, "Unexpected identifier 'c'"),
            Arguments.of("a 1", 1, 3, "Unexpected number"),
            Arguments.of("a 'x'", 1, 3, "Unexpected string"),
            Arguments.of("if `x`", 1, 4, "Unexpected template string"),
            Arguments.of("a if", 1, 3, "Unexpected token 'if'"),
            Arguments.of("a this", 1, 3, "Unexpected token 'this'"),
            Arguments.of("a let", 1, 3, "Unexpected identifier 'let'"),
            Arguments.of("a async", 1, 3, "Unexpected token 'async'"),
            Arguments.of("}", 1, 1, "Unexpected token '}'"),
            Arguments.of("x = }", 1, 5, "Unexpected token '}'"),
            Arguments.of("var x = ;", 1, 9, "Unexpected token ';'"),
            Arguments.of("var x = 1;\nvar y = ;", 2, 9, "Unexpected token ';'"),
            Arguments.of("x = a +* b", 1, 8, "Unexpected token '*'"),
            Arguments.of("a + = 1", 1, 5, "Unexpected token '='"),
            Arguments.of("...a", 1, 1, "Unexpected token '...'"),
            Arguments.of("if (a) else b", 1, 8, "Unexpected token 'else'"),
            Arguments.of("x = { a: 1 b: 2 }", 1, 12, "Unexpected identifier 'b'"),
            Arguments.of("x = {a: 1,, }", 1, 11, "Unexpected token ','"),
            Arguments.of("[1 2]", 1, 4, "Unexpected number"),
            Arguments.of("for (let i = 0 i < 1;)", 1, 16, "Unexpected identifier 'i'"),
            Arguments.of("function f(a b) {}", 1, 14, "Unexpected identifier 'b'"),
            Arguments.of("function f {}", 1, 12, "Unexpected token '{'"),
            Arguments.of("function () {}", 1, 10, "Function statements require a function name"),
            Arguments.of("var 1 = 2", 1, 5, "Unexpected number"),
            Arguments.of("var if = 1", 1, 5, "Unexpected token 'if'"),
            Arguments.of("x.1", 1, 2, "Unexpected number"),
            Arguments.of("if (x", 1, 6, "Unexpected end of input"),
            Arguments.of("x = 1 +", 1, 8, "Unexpected end of input"),
            Arguments.of("f(", 1, 3, "Unexpected end of input"),
            Arguments.of("{", 1, 2, "Unexpected end of input"),
            Arguments.of("a.b.", 1, 5, "Unexpected end of input"),
            Arguments.of("`abc", 1, 5, "Unexpected end of input"),
            Arguments.of("f(a b)", 1, 5, "missing ) after argument list"),
            Arguments.of("f(a, b c)", 1, 8, "missing ) after argument list"),
            Arguments.of("f(a", 1, 4, "missing ) after argument list"),
            Arguments.of("new X(a b)", 1, 9, "missing ) after argument list"),
            Arguments.of("f(a\nb)", 2, 1, "missing ) after argument list"),
            Arguments.of("x = `${ a b }`", 1, 11, "Missing } in template expression"),
            Arguments.of("throw\nx", 1, 1, "Illegal newline after throw"),
            Arguments.of("(a)\n=> 1", 2, 1, "Unexpected token '=>'"),
            Arguments.of("a\n=> 1", 2, 1, "Unexpected token '=>'"),
            Arguments.of("class {}", 1, 7, "Unexpected token '{'"),
            Arguments.of("a || b ?? c", 1, 8, "Unexpected token '??'"),
            Arguments.of("a ?? b || c", 1, 8, "Unexpected token '||'"),
            Arguments.of("a && b ?? c", 1, 8, "Unexpected token '??'"),
            // lexical
            Arguments.of("\"abc", 1, 1, "Invalid or unexpected token"),
            Arguments.of("x = 'abc\ny'", 1, 5, "Invalid or unexpected token"),
            Arguments.of("@", 1, 1, "Invalid or unexpected token"),
            Arguments.of("x = #y", 1, 5, "Invalid or unexpected token"),
            Arguments.of("/*", 1, 1, "Invalid or unexpected token"),
            Arguments.of("x = /abc", 1, 5, "Invalid regular expression: missing /"),
            Arguments.of("x = /a/gg", 1, 5, "Invalid regular expression flags"),
            Arguments.of("1.toString()", 1, 1, "Invalid or unexpected token"),
            Arguments.of("x = 3in y", 1, 5, "Invalid or unexpected token"),
            Arguments.of("0b12", 1, 1, "Invalid or unexpected token"),
            Arguments.of("x = 0x", 1, 5, "Invalid or unexpected token"),
            Arguments.of("1_", 1, 2, "Numeric separators are not allowed at the end of numeric literals"),
            Arguments.of("1__0", 1, 2, "Only one underscore is allowed as numeric separator"),
            Arguments.of("\"\\x4\"", 1, 2, "Invalid hexadecimal escape sequence"),
            Arguments.of("x = '\\u12'", 1, 6, "Invalid Unicode escape sequence"),
            Arguments.of("x = '\\u{110000}'", 1, 6, "Undefined Unicode code-point"),
            Arguments.of("`\\01`", 1, 2, "Octal escape sequences are not allowed in template strings."),
            Arguments.of("\\u0069f (1) {}", 1, 13, "Unexpected token '{'"),
            Arguments.of("var \\u0069f = 1", 1, 5, "Keyword must not contain escaped characters"),
            // early errors
            Arguments.of("let x = 1; let x = 2;", 1, 16, "Identifier 'x' has already been declared"),
            Arguments.of("let x = 1, x = 2", 1, 12, "Identifier 'x' has already been declared"),
            Arguments.of("const a = 1; var a = 2;", 1, 18, "Identifier 'a' has already been declared"),
            Arguments.of("var b; let b;", 1, 12, "Identifier 'b' has already been declared"),
            Arguments.of("{ let c; { var c; } }", 1, 16, "Identifier 'c' has already been declared"),
            Arguments.of("function f(a) { let a }", 1, 21, "Identifier 'a' has already been declared"),
            Arguments.of("try {} catch (e) { let e }", 1, 24, "Identifier 'e' has already been declared"),
            Arguments.of("function f() {} let f", 1, 21, "Identifier 'f' has already been declared"),
            Arguments.of("let g; function g() {}", 1, 17, "Identifier 'g' has already been declared"),
            Arguments.of("'use strict'; { function h() {} function h() {} }", 1, 42,
                    "Identifier 'h' has already been declared"),
            Arguments.of("let let = 1", 1, 5, "let is disallowed as a lexically bound name"),
            Arguments.of("const x;", 1, 7, "Missing initializer in const declaration"),
            Arguments.of("for (const x;;) {}", 1, 12, "Missing initializer in const declaration"),
            Arguments.of("1 = 2", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("a + b = c", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("x++ = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("this = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("typeof x = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("x = (a, b) = 1", 1, 5, "Invalid left-hand side in assignment"),
            Arguments.of("a?.b = 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("a?.b.c += 1", 1, 1, "Invalid left-hand side in assignment"),
            Arguments.of("++1", 1, 3, "Invalid left-hand side expression in prefix operation"),
            Arguments.of("1++", 1, 1, "Invalid left-hand side expression in postfix operation"),
            Arguments.of("return 1", 1, 1, "Illegal return statement"),
            Arguments.of("if (x) { return }", 1, 10, "Illegal return statement"),
            Arguments.of("break", 1, 1, "Illegal break statement"),
            Arguments.of("{ break }", 1, 3, "Illegal break statement"),
            Arguments.of("while(1) { function g() { break } }", 1, 27, "Illegal break statement"),
            Arguments.of("while(1) { () => { break } }", 1, 20, "Illegal break statement"),
            Arguments.of("continue", 1, 1, "Illegal continue statement: no surrounding iteration statement"),
            Arguments.of("x: { continue x }", 1, 15,
                    "Illegal continue statement: 'x' does not denote an iteration statement"),
            Arguments.of("break foo", 1, 7, "Undefined label 'foo'"),
            Arguments.of("foo: while(1) { function f() { break foo } }", 1, 38, "Undefined label 'foo'"),
            Arguments.of("foo: foo: 1", 1, 6, "Label 'foo' has already been declared"),
            Arguments.of("await x", 1, 1,
                    "await is only valid in async functions and the top level bodies of modules"),
            Arguments.of("function f() { await x }", 1, 16,
                    "await is only valid in async functions and the top level bodies of modules"),
            Arguments.of("async function f() { function g() { await x } }", 1, 37,
                    "await is only valid in async functions and the top level bodies of modules"),
            Arguments.of("async function f() { () => await x }", 1, 28,
                    "await is only valid in async functions and the top level bodies of modules"),
            Arguments.of("x = await f()", 1, 5,
                    "await is only valid in async functions and the top level bodies of modules"),
            Arguments.of("async function f() { var await }", 1, 26, "Unexpected reserved word"),
            Arguments.of("-2 ** 2", 1, 1, "Unary operator used immediately before exponentiation expression. "
                    + "Parenthesis must be used to disambiguate operator precedence"),
            Arguments.of("x = {get a(b) {}}", 1, 11, "Getter must not have any formal parameters."),
            Arguments.of("x = {set a() {}}", 1, 11, "Setter must have exactly one formal parameter."),
            Arguments.of("x = {set a(b, c) {}}", 1, 11, "Setter must have exactly one formal parameter."),
            Arguments.of("x = { __proto__: 1, __proto__: 2 }", 1, 21,
                    "Duplicate __proto__ fields are not allowed in object literals"),
            Arguments.of("new a?.b", 1, 6, "Invalid optional chain from new expression"),
            Arguments.of("(a, a) => 1", 1, 5, "Duplicate parameter name not allowed in this context"),
            Arguments.of("if (x) let y = 1", 1, 8, "Lexical declaration cannot appear in a single-statement context"),
            Arguments.of("while (x) function f() {}", 1, 11, "In non-strict mode code, functions can only be "
                    + "declared at top level, inside a block, or as the body of an if statement."),
            // strict mode
            Arguments.of("'use strict'; 010", 1, 15, "Octal literals are not allowed in strict mode."),
            Arguments.of("'use strict'; 08", 1, 15, "Decimals with leading zeros are not allowed in strict mode."),
            Arguments.of("'use strict'; '\\07'", 1, 16, "Octal escape sequences are not allowed in strict mode."),
            Arguments.of("'use strict'; var let = 1", 1, 19, "Unexpected strict mode reserved word"),
            Arguments.of("'use strict'; eval = 1", 1, 15, "Unexpected eval or arguments in strict mode"),
            Arguments.of("'use strict'; delete x", 1, 22, "Delete of an unqualified identifier in strict mode."),
            Arguments.of("function f(a, a) { 'use strict' }", 1, 15,
                    "Duplicate parameter name not allowed in this context"),
            Arguments.of("function f(a = 1) { 'use strict' }", 1, 21,
                    "Illegal 'use strict' directive in function with non-simple parameter list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void reportsJavaScriptSyntaxError(String source, int line, int column, String message) {
        assertSyntaxError(source, line, column, message);
    }

    /** Parsing source as a script throws our SyntaxError with this message at line:column. */
    static void assertSyntaxError(String source, int line, int column, String message) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> JsParser.parse(source, "bad.js"));
        assertEquals(message, e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), "position of: " + message);
        assertEquals("bad.js", e.fileName());
        assertEquals(source.split("\r\n|[\r\n\u2028\u2029]", -1)[line - 1], e.sourceLine());
        assertFalse(ANTLR_WORDING.matcher(e.getMessage()).find(), e.getMessage());
    }

    @Test
    void formatLooksLikeNode() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> JsParser.parse("let a = 1;\nlet b = ;\n", "x.js"));
        assertEquals("x.js:2:9\nlet b = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n", e.format());
    }

    @Test
    void validProgramsThatLookSuspicious() {
        // Accepted by node: a call on the left of '=' is a runtime ReferenceError, not an early error.
        JsParser.parse("f() = 1", "ok.js");
        JsParser.parse("(a) = 1; (a.b) = 2; (a[0]) = 3", "ok.js");
        JsParser.parse("{ function h() {} function h() {} }", "ok.js");
        JsParser.parse("try {} catch (e) { var e }", "ok.js");
        JsParser.parse("var a, a; function g(b, b) {}", "ok.js");
        JsParser.parse("if (x) function f() {}", "ok.js");
        JsParser.parse("for (let i = 0;;) { let i }", "ok.js");
        JsParser.parse("(function f() { let f })", "ok.js");
        JsParser.parse("x: { break x }", "ok.js");
        JsParser.parse("a: b: while (1) continue a", "ok.js");
        JsParser.parse("await\n", "ok.js");
        assertTrue(JsParser.parse("", "empty.js").body().isEmpty());
        assertTrue(JsParser.parse("// only a comment\n/* and another */", "empty.js").body().isEmpty());
    }

    @Test
    void deeplyNestedInputIsASyntaxErrorNotACrash() {
        String src = "x = " + "(".repeat(20000) + "1" + ")".repeat(20000);
        try {
            JsParser.parse(src, "deep.js");
        } catch (SyntaxError e) {
            assertFalse(ANTLR_WORDING.matcher(e.getMessage()).find());
        }
    }
}
