package org.minijs.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.Token;
import org.minijs.ast.ClassMember;
import org.minijs.ast.ClassNode;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Statement;
import org.minijs.parser.grammar.JavaScriptParser.*;

/**
 * Class declarations and expressions: members, the constructor, static blocks, and private names. All of a
 * class is strict code. Private names are checked against the bodies of the enclosing classes (a class body
 * declares all its private names before any member is built, so uses may precede declarations).
 */
final class ClassBuilder {
    private final AstBuilder b;
    /** Private names (without '#') declared by each enclosing class body, innermost last. */
    private final List<Map<String, PrivateDeclaration>> privateScopes = new ArrayList<>();

    /** How a private name is declared: a getter and a setter of the same staticness may share it. */
    private record PrivateDeclaration(ClassMember.Kind kind, boolean isStatic, boolean paired) {
    }

    ClassBuilder(AstBuilder b) {
        this.b = b;
    }

    /** A class declaration; {@code defaultName} names an anonymous one after {@code export default}. */
    Statement declaration(ClassDeclarationContext ctx, String defaultName) {
        String name;
        if (ctx.identifier() == null) {
            if (defaultName == null) {
                Token next = ctx.classTail().start;
                throw b.err(JsParser.unexpected(next), next);
            }
            name = defaultName;
        } else {
            name = className(ctx.identifier());
            b.declareLexical(name, ctx.identifier().start, false);
        }
        return new Statement.ClassDeclaration(build(name, ctx.classTail(), ctx), b.span(ctx));
    }

    Expression expression(ClassExpressionContext ctx) {
        String name = ctx.identifier() == null ? null : className(ctx.identifier());
        return new Expression.Class(build(name, ctx.classTail(), ctx), b.span(ctx));
    }

    private String className(IdentifierContext id) {
        String name = b.identifierText(id);
        if (name.equals("let")) {
            throw b.err("let is disallowed as a lexically bound name", id.start);
        }
        b.checkBindingName(name, id.start, true);
        return name;
    }

    private ClassNode build(String name, ClassTailContext tail, org.antlr.v4.runtime.ParserRuleContext whole) {
        FunctionContext outer = b.fn;
        // The heritage and computed keys are evaluated in the enclosing function, but as strict code.
        FunctionContext strict = new FunctionContext(outer.parent, outer.isFunction, outer.async, outer.generator,
                true).inheritingFrom(outer);
        strict.inParameters = outer.inParameters;
        strict.awaitReserved = outer.awaitReserved;
        b.fn = strict;
        try {
            Expression superClass = null;
            if (tail.unaryExpression() != null) {
                UnaryExpressionContext u = tail.unaryExpression();
                if (!ExpressionBuilder.isLhs(u) || ExpressionBuilder.hasPostfix(u)) {
                    throw b.err(JsParser.unexpected(u.start), u.start);
                }
                superClass = b.expressions.unary(u);
            }
            privateScopes.add(declaredPrivateNames(tail));
            try {
                List<ClassMember> members = new ArrayList<>();
                boolean sawConstructor = false;
                for (ClassElementContext e : tail.classElement()) {
                    ClassMember m = member(e, superClass != null);
                    if (m == null) {
                        continue;
                    }
                    if (isConstructor(m)) {
                        if (sawConstructor) {
                            throw b.err("A class may only have one constructor", e.start);
                        }
                        sawConstructor = true;
                    }
                    members.add(m);
                }
                return new ClassNode(name, superClass, List.copyOf(members), b.span(whole));
            } finally {
                privateScopes.remove(privateScopes.size() - 1);
            }
        } finally {
            b.fn = outer;
        }
    }

    private static boolean isConstructor(ClassMember m) {
        return m.kind() == ClassMember.Kind.METHOD && !m.isStatic() && !m.privateName() && m.computedKey() == null
                && "constructor".equals(m.key());
    }

    /** Whether a class body encloses the code being built. */
    boolean inClass() {
        return !privateScopes.isEmpty();
    }

    /** Resolves a use of {@code #name}: it must be declared by an enclosing class body. */
    String privateReference(Token t) {
        String name = privateText(t);
        for (int i = privateScopes.size() - 1; i >= 0; i--) {
            if (privateScopes.get(i).containsKey(name)) {
                return name;
            }
        }
        throw b.err("Private field '#" + name + "' must be declared in an enclosing class", t);
    }

    private String privateText(Token t) {
        String text = t.getText();
        if (text.indexOf('\\') < 0) {
            return text.substring(1);
        }
        try {
            return Literals.identifier(text.substring(1));
        } catch (Literals.LiteralError e) {
            throw new AstBuilder.EarlyError(e.getMessage(), t.getStartIndex() + 1 + e.index);
        }
    }

    private Map<String, PrivateDeclaration> declaredPrivateNames(ClassTailContext tail) {
        Map<String, PrivateDeclaration> names = new HashMap<>();
        for (ClassElementContext e : tail.classElement()) {
            ClassElementNameContext n;
            ClassMember.Kind kind;
            boolean isStatic;
            if (e instanceof ClassFieldContext f) {
                n = f.fieldDefinition().classElementName();
                kind = ClassMember.Kind.FIELD;
                isStatic = f.Static() != null;
            } else if (e instanceof ClassMethodContext m) {
                MethodDefinitionContext d = m.methodDefinition();
                n = switch (d) {
                    case ClassPlainMethodContext p -> p.classElementName();
                    case ClassGetterContext g -> g.classElementName();
                    case ClassSetterContext s -> s.classElementName();
                    default -> throw new IllegalStateException("unexpected method");
                };
                kind = d instanceof ClassGetterContext ? ClassMember.Kind.GETTER
                        : d instanceof ClassSetterContext ? ClassMember.Kind.SETTER : ClassMember.Kind.METHOD;
                isStatic = m.Static() != null;
            } else {
                continue;
            }
            if (n.PrivateName() == null) {
                continue;
            }
            Token t = n.PrivateName().getSymbol();
            String name = privateText(t);
            if (name.equals("constructor")) {
                throw b.err("Classes may not have a private field named '#constructor'", t);
            }
            PrivateDeclaration prev = names.get(name);
            if (prev != null) {
                boolean accessorPair = !prev.paired() && prev.isStatic() == isStatic
                        && (prev.kind() == ClassMember.Kind.GETTER && kind == ClassMember.Kind.SETTER
                        || prev.kind() == ClassMember.Kind.SETTER && kind == ClassMember.Kind.GETTER);
                if (!accessorPair) {
                    throw b.err("Identifier '#" + name + "' has already been declared", t);
                }
                names.put(name, new PrivateDeclaration(kind, isStatic, true));
            } else {
                names.put(name, new PrivateDeclaration(kind, isStatic, false));
            }
        }
        return names;
    }

    private record ElementKey(String name, Expression computed, boolean isPrivate, Token at) {
        boolean is(String literal) {
            return !isPrivate && computed == null && literal.equals(name);
        }
    }

    private ElementKey key(ClassElementNameContext n) {
        if (n.PrivateName() != null) {
            Token t = n.PrivateName().getSymbol();
            return new ElementKey(privateText(t), null, true, t);
        }
        ExpressionBuilder.Key k = b.expressions.key(n.propertyName());
        return new ElementKey(k.name(), k.computed(), false, n.start);
    }

    private ClassMember member(ClassElementContext e, boolean derived) {
        return switch (e) {
            case ClassEmptyContext x -> null;
            case ClassStaticBlockContext s -> staticBlock(s);
            case ClassFieldContext f -> field(f);
            case ClassMethodContext m -> method(m, derived);
            default -> throw new IllegalStateException("unexpected class element");
        };
    }

    private ClassMember field(ClassFieldContext f) {
        boolean isStatic = f.Static() != null;
        FieldDefinitionContext d = f.fieldDefinition();
        ElementKey k = key(d.classElementName());
        if (k.is("constructor")) {
            throw b.err("Classes may not have a field named 'constructor'", k.at());
        }
        if (isStatic && k.is("prototype")) {
            throw b.err("Classes may not have a static property named 'prototype'", k.at());
        }
        Expression init = null;
        if (d.fieldInitializer() != null) {
            FunctionContext saved = b.fn;
            DeclarationScope savedScope = b.scope;
            b.fn = initializerContext(saved, true);
            b.scope = new DeclarationScope(savedScope, true);
            try {
                init = b.expressions.assignment(d.fieldInitializer().assignmentExpression());
            } finally {
                b.fn = saved;
                b.scope = savedScope;
            }
        }
        return new ClassMember(ClassMember.Kind.FIELD, isStatic, k.name(), k.computed(), k.isPrivate(), null, init,
                b.span(f.start, d.stop));
    }

    /** Field initializers and static blocks: like a method body, but without 'arguments'. */
    private static FunctionContext initializerContext(FunctionContext parent, boolean isFunction) {
        FunctionContext c = new FunctionContext(parent, isFunction, false, false, true);
        c.superProperty = true;
        c.newTarget = true;
        c.noArguments = true;
        return c;
    }

    private ClassMember staticBlock(ClassStaticBlockContext s) {
        FunctionContext saved = b.fn;
        DeclarationScope savedScope = b.scope;
        b.fn = initializerContext(saved, false); // 'return' is not allowed in a static block
        b.fn.awaitReserved = true;
        b.scope = new DeclarationScope(savedScope, true);
        try {
            List<Statement> body = b.statements(s.staticBlock().statementList());
            FunctionNode f = new FunctionNode(null, List.of(), body, FunctionNode.Kind.METHOD, false, false, false,
                    true, b.span(s));
            return new ClassMember(ClassMember.Kind.STATIC_BLOCK, true, null, null, false, f, null, b.span(s));
        } finally {
            b.fn = saved;
            b.scope = savedScope;
        }
    }

    private ClassMember method(ClassMethodContext m, boolean derived) {
        boolean isStatic = m.Static() != null;
        MethodDefinitionContext d = m.methodDefinition();
        ElementKey k;
        ClassMember.Kind kind;
        FunctionNode.Kind fnKind;
        boolean async = false;
        boolean generator = false;
        FormalParameterListContext params;
        FunctionBodyContext body;
        switch (d) {
            case ClassPlainMethodContext p -> {
                k = key(p.classElementName());
                kind = ClassMember.Kind.METHOD;
                fnKind = FunctionNode.Kind.METHOD;
                async = p.isAsync != null;
                generator = p.isGen != null;
                params = p.formalParameterList();
                body = p.functionBody();
            }
            case ClassGetterContext g -> {
                k = key(g.classElementName());
                kind = ClassMember.Kind.GETTER;
                fnKind = FunctionNode.Kind.GETTER;
                params = g.formalParameterList();
                b.checkAccessorParams(true, params, g.OpenParen().getSymbol());
                body = g.functionBody();
            }
            case ClassSetterContext s -> {
                k = key(s.classElementName());
                kind = ClassMember.Kind.SETTER;
                fnKind = FunctionNode.Kind.SETTER;
                params = s.formalParameterList();
                b.checkAccessorParams(false, params, s.OpenParen().getSymbol());
                body = s.functionBody();
            }
            default -> throw new IllegalStateException("unexpected method");
        }
        boolean constructor = !isStatic && k.is("constructor");
        if (constructor) {
            if (kind != ClassMember.Kind.METHOD) {
                throw b.err("Class constructor may not be an accessor", k.at());
            }
            if (generator) {
                throw b.err("Class constructor may not be a generator", k.at());
            }
            if (async) {
                throw b.err("Class constructor may not be an async method", k.at());
            }
        }
        if (isStatic && k.is("prototype")) {
            throw b.err("Classes may not have a static property named 'prototype'", k.at());
        }
        String fnName = k.isPrivate() ? "#" + k.name() : k.name();
        FunctionNode f = b.function(new AstBuilder.FunctionParts(fnName, null, params, null, body.statementList(),
                null, d.start, d.stop), fnKind, async, generator, constructor && derived);
        return new ClassMember(kind, isStatic, k.name(), k.computed(), k.isPrivate(), f, null, b.span(m));
    }
}
