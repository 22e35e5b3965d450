package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minijs.ast.ClassMember;
import org.minijs.ast.ClassNode;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Statement;

/** Class declarations and expressions: members, super, private names. */
class ClassesTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
            Arguments.of("class A {}", "(class A)"),
            Arguments.of("x = class { }", "(= x (class))"),
            Arguments.of("x = class Named extends (a, b) { }", "(= x (class Named (extends (, a b))))"),
            Arguments.of("class A extends B { constructor() { super(1) } }",
                    "(class A (extends B) (method constructor (method strict constructor [] { (super 1) })))"),
            Arguments.of("class A { static x = 1; #y = 2; z; 'w' = 3; [k] = 4 }",
                    "(class A (field static x = 1) (field #y = 2) (field z) (field w = 3) (field [k] = 4))"),
            Arguments.of("class A { x = 1\n y\n static\n z }", "(class A (field x = 1) (field y) (field static z))"),
            Arguments.of("class A { get #a() { return 1 } set #a(v) {} static #m() {} }",
                    "(class A (getter #a (getter strict #a [] { (return 1) })) (setter #a (setter strict #a [v] { }))"
                    + " (method static #m (method strict #m [] { })))"),
            Arguments.of("class A { static { this.x = 1 } }", "(class A (static_block static { (= (. this x) 1) }))"),
            Arguments.of("class A { *gen() {} async am() {} async *agm() {} }",
                    "(class A (method gen (method* strict gen [] { })) (method am (async method strict am [] { }))"
                    + " (method agm (async method* strict agm [] { })))"),
            Arguments.of("class A { get() {} set() {} static() {} async() {} static static() {} }",
                    "(class A (method get (method strict get [] { })) (method set (method strict set [] { }))"
                    + " (method static (method strict static [] { })) (method async (method strict async [] { }))"
                    + " (method static static (method strict static [] { })))"),
            Arguments.of("class A { m() { return super.m() + super['n'] } }",
                    "(class A (method m (method strict m [] { (return (+ (call super.m) super[\"n\"])) })))"),
            Arguments.of("class A { #x; has(o) { return #x in o } get(o) { return o.#x } }",
                    "(class A (field #x) (method has (method strict has [o] { (return (#in x o)) }))"
                    + " (method get (method strict get [o] { (return (.# o x)) })))"),
            Arguments.of("class A { #x; m() { return class { n(o) { return o.#x } } } }",
                    "(class A (field #x) (method m (method strict m [] { (return (class (method n (method strict n [o]"
                    + " { (return (.# o x)) })))) })))"),
            Arguments.of("class A { m() { this.#x } #x }",
                    "(class A (method m (method strict m [] { (.# this x) })) (field #x))"),
            Arguments.of("class A extends B { constructor() { (() => super())() } }",
                    "(class A (extends B) (method constructor (method strict constructor [] { (call (arrow strict [] =>"
                    + " (super))) })))"),
            Arguments.of("o = { m() { return super.x } }", "(= o {m (method m [] { (return super.x) })})"),
            Arguments.of("class A {}\n/re/.test(s)", "(class A) (call (. /re/ test) s)"));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shape(String src, String expected) {
        assertEquals(expected, ParserShapesTest.dump(src));
    }

    @Test
    void memberRecords() {
        ClassNode c = ((Statement.ClassDeclaration) ParserShapesTest.parse(
                "class A extends B { constructor(a) { super(a) } static #p = 1; get g() { return 1 } static { } }")
                .body().get(0)).classNode();
        assertEquals("A", c.name());
        List<ClassMember> m = c.members();
        assertEquals(4, m.size());
        ClassMember ctor = m.get(0);
        assertEquals(ClassMember.Kind.METHOD, ctor.kind());
        assertEquals("constructor", ctor.key());
        assertEquals("constructor", ctor.function().name());
        assertEquals(FunctionNode.Kind.METHOD, ctor.function().kind());
        ClassMember p = m.get(1);
        assertEquals(ClassMember.Kind.FIELD, p.kind());
        assertTrue(p.isStatic() && p.privateName());
        assertEquals("p", p.key());
        assertNull(p.function());
        ClassMember g = m.get(2);
        assertEquals(ClassMember.Kind.GETTER, g.kind());
        assertEquals(FunctionNode.Kind.GETTER, g.function().kind());
        assertFalse(g.isStatic());
        ClassMember block = m.get(3);
        assertEquals(ClassMember.Kind.STATIC_BLOCK, block.kind());
        assertEquals(FunctionNode.Kind.METHOD, block.function().kind());
        assertNull(block.key());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("class A { constructor() {} constructor() {} }", 1, 28, "A class may only have one constructor"),
            Arguments.of("class A { m() { super() } }", 1, 17, "'super' keyword unexpected here"),
            Arguments.of("class A extends B { m() { super() } }", 1, 27, "'super' keyword unexpected here"),
            Arguments.of("function f() { super.x }", 1, 16, "'super' keyword unexpected here"),
            Arguments.of("class A { m() { this.#x } }", 1, 22,
                    "Private field '#x' must be declared in an enclosing class"),
            Arguments.of("class A { #x; #x }", 1, 15, "Identifier '#x' has already been declared"),
            Arguments.of("class A { get #x() {} get #x() {} }", 1, 27, "Identifier '#x' has already been declared"),
            Arguments.of("class A { get constructor() {} }", 1, 15, "Class constructor may not be an accessor"),
            Arguments.of("class A { *constructor() {} }", 1, 12, "Class constructor may not be a generator"),
            Arguments.of("class A { async constructor() {} }", 1, 17, "Class constructor may not be an async method"),
            Arguments.of("class A { static prototype() {} }", 1, 18,
                    "Classes may not have a static property named 'prototype'"),
            Arguments.of("class A { constructor = 1 }", 1, 11, "Classes may not have a field named 'constructor'"),
            Arguments.of("class A { #constructor }", 1, 11,
                    "Classes may not have a private field named '#constructor'"),
            Arguments.of("class A { x = arguments }", 1, 15,
                    "'arguments' is not allowed in class field initializer or static initialization block"),
            Arguments.of("class A { static { return } }", 1, 20, "Illegal return statement"),
            Arguments.of("class A extends -B {}", 1, 17, "Unexpected token '-'"),
            Arguments.of("class A { #x; m() { delete this.#x } }", 1, 28, "Private fields can not be deleted"),
            Arguments.of("class A { m() { let yield } }", 1, 21, "Unexpected strict mode reserved word"),
            Arguments.of("if (x) class A {}", 1, 8, "Unexpected token 'class'"),
            Arguments.of("class let {}", 1, 7, "let is disallowed as a lexically bound name"),
            Arguments.of("class A {}; class A {}", 1, 19, "Identifier 'A' has already been declared"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void earlyError(String src, int line, int column, String message) {
        SyntaxErrorTest.assertSyntaxError(src, line, column, message);
    }
}
