package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Parameter;
import org.minijs.ast.Pattern;
import org.minijs.ast.Property;
import org.minijs.ast.Statement;

/** Binding patterns, destructuring assignment (the cover grammar) and for-in/of heads. */
class DestructuringTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
            Arguments.of("var {a, b: [c, d = 2], ...r} = o", "(var {a: a, b: [c, d=2], ...r}=o)"),
            Arguments.of("let [x, , y = 3, ...z] = w", "(let [x, <hole>, y=3, ...z]=w)"),
            Arguments.of("const {[k]: v, 1.5: n, 'q': s, 0x10: h} = o", "(const {[k]: v, 1.5: n, q: s, 16: h}=o)"),
            Arguments.of("let [[a], {b}] = c", "(let [[a], {b: b}]=c)"),
            Arguments.of("function f({a} = {}, [b], ...[c]) {}", "(function f [{a: a}={} [b] ...[c]] { })"),
            Arguments.of("(a, {b: c = 1}) => a", "(arrow [a {b: c=1}] => a)"),
            Arguments.of("({a}) => a", "(arrow [{a: a}] => a)"),
            Arguments.of("[a, b] = [b, a]", "(= [a, b] [b, a])"),
            Arguments.of("({x, y: o.p} = obj)", "(= {x: x, y: (. o p)} obj)"),
            Arguments.of("({a = 1, ...r} = obj)", "(= {a: (= a 1), ...r} obj)"),
            Arguments.of("[a = 1, [b], {c}, ...d] = e", "(= [(= a 1), [b], {c: c}, (... d)] e)"),
            Arguments.of("[(a), b.c, d[0]] = e", "(= [a, (. b c), ([] d 0)] e)"),
            Arguments.of("x = [a, b] = c", "(= x (= [a, b] c))"),
            Arguments.of("for (var k in o) f(k)", "(for-in (var k) o (call f k))"),
            Arguments.of("for (const [a, b] of m) {}", "(for-of (const [a, b]) m { })"),
            Arguments.of("for (let {a} in o) ;", "(for-in (let {a: a}) o ;)"),
            Arguments.of("for (x of y) ;", "(for-of (member x) y ;)"),
            Arguments.of("for (x.y in z) ;", "(for-in (member (. x y)) z ;)"),
            Arguments.of("for ([a, b] of y) ;", "(for-of [(member a), (member b)] y ;)"),
            Arguments.of("for ({a = 1, b: c.d, ...e} of y) ;",
                    "(for-of {a: (member a)=1, b: (member (. c d)), ...(member e)} y ;)"),
            Arguments.of("for (let in o) ;", "(for-in (member let) o ;)"),
            Arguments.of("for (x of a, b) ;", "ERR"),
            Arguments.of("try {} catch ({message}) { message }",
                    "(try { } (catch *catch* { (let {message: message}=*catch*) message }))"));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shape(String src, String expected) {
        String actual;
        try {
            actual = ParserShapesTest.dump(src);
        } catch (SyntaxError e) {
            actual = "ERR";
        }
        assertEquals(expected, actual);
    }

    @Test
    void declarationRecords() {
        Statement.VariableDeclaration d = (Statement.VariableDeclaration) ParserShapesTest.parse(
                "let {a, b = 1, c: [d]} = o").body().get(0);
        Pattern.ObjectPattern o = assertInstanceOf(Pattern.ObjectPattern.class, d.declarations().get(0).target());
        assertNull(d.declarations().get(0).name());
        Pattern.Property a = o.properties().get(0);
        assertEquals("a", a.key());
        assertEquals("a", assertInstanceOf(Pattern.Identifier.class, a.value()).name());
        Pattern.Default b = assertInstanceOf(Pattern.Default.class, o.properties().get(1).value());
        assertEquals("b", ((Pattern.Identifier) b.target()).name());
        assertInstanceOf(Expression.NumberLiteral.class, b.defaultValue());
        assertInstanceOf(Pattern.ArrayPattern.class, o.properties().get(2).value());
    }

    @Test
    void parameterWithPatternAndDefault() {
        FunctionNode f = ((Statement.FunctionDeclaration) ParserShapesTest.parse("function f({a} = {}, b) {}")
                .body().get(0)).function();
        Parameter p = f.params().get(0);
        assertInstanceOf(Pattern.ObjectPattern.class, p.target());
        assertInstanceOf(Expression.ObjectLiteral.class, p.defaultValue());
        assertNull(p.name());
        assertEquals("b", f.params().get(1).name());
    }

    @Test
    void shorthandWithDefaultInAssignmentTarget() {
        Expression.Assign assign = (Expression.Assign) ((Statement.ExpressionStatement) ParserShapesTest.parse(
                "({a = 1} = o)").body().get(0)).expression();
        Expression.ObjectLiteral target = assertInstanceOf(Expression.ObjectLiteral.class, assign.target());
        Property p = target.properties().get(0);
        assertEquals(Property.Kind.INIT, p.kind());
        assertEquals("a", p.key());
        Expression.Assign value = assertInstanceOf(Expression.Assign.class, p.value());
        assertEquals("=", value.operator());
        assertEquals("a", ((Expression.Identifier) value.target()).name());
    }

    @Test
    void forOfAssignmentTargetsAreMembers() {
        Statement.ForOf f = (Statement.ForOf) ParserShapesTest.parse("for (x of y) ;").body().get(0);
        Pattern.Member m = assertInstanceOf(Pattern.Member.class, f.left());
        assertEquals("x", ((Expression.Identifier) m.target()).name());
        Statement.ForOf d = (Statement.ForOf) ParserShapesTest.parse("for (const [a] of y) ;").body().get(0);
        Statement.VariableDeclaration v = assertInstanceOf(Statement.VariableDeclaration.class, d.left());
        assertEquals(1, v.declarations().size());
        assertNull(v.declarations().get(0).init());
    }
}
