package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minijs.ast.Expression;
import org.minijs.ast.Node;
import org.minijs.ast.Program;
import org.minijs.ast.SourceSpan;
import org.minijs.ast.Statement;

/** Every node's span: 1-based line and column of its first token, start offset and exclusive end offset. */
class SpanTest {

    static String text(String src, Node n) {
        return src.substring(n.span().startOffset(), n.span().endOffset());
    }

    @Test
    void statementsAndExpressions() {
        String src = "let a = 1;\n  foo(a, b.c)\nif (x) { y = 2 }";
        Program p = JsParser.parse(src, "s.js");
        assertEquals(new SourceSpan(1, 1, 0, src.length()), p.span());

        Statement.VariableDeclaration v = (Statement.VariableDeclaration) p.body().get(0);
        assertEquals(new SourceSpan(1, 1, 0, 10), v.span());
        assertEquals("a = 1", text(src, v.declarations().get(0)));
        assertEquals("1", text(src, v.declarations().get(0).init()));

        Statement.ExpressionStatement call = (Statement.ExpressionStatement) p.body().get(1);
        assertEquals(2, call.span().line());
        assertEquals(3, call.span().column());
        assertEquals("foo(a, b.c)", text(src, call));
        Expression.Call c = (Expression.Call) call.expression();
        assertEquals("foo(a, b.c)", text(src, c));
        assertEquals("b.c", text(src, c.arguments().get(1)));
        assertEquals(new SourceSpan(2, 10, 20, 23), c.arguments().get(1).span());

        Statement.If i = (Statement.If) p.body().get(2);
        assertEquals(3, i.span().line());
        assertEquals(1, i.span().column());
        assertEquals("if (x) { y = 2 }", text(src, i));
        Statement.Block b = (Statement.Block) i.consequent();
        assertEquals("{ y = 2 }", text(src, b));
        assertEquals("y = 2", text(src, b.body().get(0)));
    }

    @Test
    void functionsAndChains() {
        String src = "x = async (a, b = 2) => a\nnew A.B(1).c?.d";
        Program p = JsParser.parse(src, "s.js");
        Expression.Assign a = (Expression.Assign) ((Statement.ExpressionStatement) p.body().get(0)).expression();
        Expression.Function f = (Expression.Function) a.value();
        assertEquals("async (a, b = 2) => a", text(src, f));
        assertEquals("async (a, b = 2) => a", text(src, f.function()));
        assertEquals("b = 2", text(src, f.function().params().get(1)));
        Statement.Return r = (Statement.Return) f.function().body().get(0);
        assertEquals("a", text(src, r));

        Expression.OptionalChain chain = (Expression.OptionalChain) ((Statement.ExpressionStatement) p.body().get(1))
                .expression();
        assertEquals("new A.B(1).c?.d", text(src, chain));
        Expression.PropertyAccess d = (Expression.PropertyAccess) chain.expression();
        assertEquals("new A.B(1).c?.d", text(src, d));
        Expression.PropertyAccess cAccess = (Expression.PropertyAccess) d.object();
        assertEquals("new A.B(1).c", text(src, cAccess));
        Expression.New n = (Expression.New) cAccess.object();
        assertEquals("new A.B(1)", text(src, n));
        assertEquals("A.B", text(src, n.callee()));
        assertEquals(new SourceSpan(2, 1, 26, 36), n.span());
    }

    @Test
    void parenthesesMakeNoNode() {
        String src = "x = (a + b) * c";
        Expression.Assign a = (Expression.Assign) ((Statement.ExpressionStatement) JsParser.parse(src, "s.js")
                .body().get(0)).expression();
        Expression.Binary mul = (Expression.Binary) a.value();
        assertEquals("(a + b) * c", text(src, mul));
        assertEquals("a + b", text(src, mul.left()));
    }

    @Test
    void asiStatementEndsAtLastRealToken() {
        String src = "a = 1\nb = 2";
        Program p = JsParser.parse(src, "s.js");
        assertEquals("a = 1", text(src, p.body().get(0)));
        assertEquals("b = 2", text(src, p.body().get(1)));
        String src2 = "function f() {\n  return x\n}";
        Statement.FunctionDeclaration fd = (Statement.FunctionDeclaration) JsParser.parse(src2, "s.js").body().get(0);
        assertEquals(src2, text(src2, fd));
        assertEquals("return x", text(src2, fd.function().body().get(0)));
        assertEquals(new SourceSpan(2, 3, 17, 25), fd.function().body().get(0).span());
    }

    @Test
    void columnsCountUtf16UnitsAndCrLf() {
        String src = "s = '\uD83D\uDE00'; t\r\nu";
        Program p = JsParser.parse(src, "s.js");
        Statement t = p.body().get(1);
        assertEquals(new SourceSpan(1, 11, 10, 11), t.span());
        assertEquals(new SourceSpan(2, 1, 13, 14), p.body().get(2).span());
    }

    @Test
    void patternsClassesAndLoops() {
        String src = "const {a, b: [c = 1]} = o\nclass K extends B {\n  static x = 1;\n  #m() { return tag`t` }\n}\n"
                + "for (const [k] of m) {}";
        Program p = JsParser.parse(src, "s.js");
        Statement.VariableDeclaration v = (Statement.VariableDeclaration) p.body().get(0);
        org.minijs.ast.Pattern.ObjectPattern o = (org.minijs.ast.Pattern.ObjectPattern) v.declarations().get(0).target();
        assertEquals("{a, b: [c = 1]}", text(src, o));
        assertEquals("b: [c = 1]", text(src, o.properties().get(1)));
        org.minijs.ast.Pattern.ArrayPattern arr = (org.minijs.ast.Pattern.ArrayPattern) o.properties().get(1).value();
        assertEquals("c = 1", text(src, arr.elements().get(0)));

        Statement.ClassDeclaration k = (Statement.ClassDeclaration) p.body().get(1);
        assertEquals(new SourceSpan(2, 1, 26, 88), k.span());
        assertEquals("static x = 1", text(src, k.classNode().members().get(0)));
        org.minijs.ast.ClassMember m = k.classNode().members().get(1);
        assertEquals("#m() { return tag`t` }", text(src, m));
        Statement.Return r = (Statement.Return) m.function().body().get(0);
        assertEquals("tag`t`", text(src, r.argument()));

        Statement.ForOf f = (Statement.ForOf) p.body().get(2);
        assertEquals(new SourceSpan(6, 1, src.indexOf("for"), src.length()), f.span());
        assertEquals("const [k]", text(src, f.left()));
    }
}
