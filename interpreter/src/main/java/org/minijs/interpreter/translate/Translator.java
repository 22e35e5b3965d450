package org.minijs.interpreter.translate;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.ast.CatchClause;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Node;
import org.minijs.ast.Parameter;
import org.minijs.ast.Program;
import org.minijs.ast.Property;
import org.minijs.ast.SourceSpan;
import org.minijs.ast.Statement;
import org.minijs.ast.VariableDeclarator;
import org.minijs.interpreter.MiniJsLanguage;
import org.minijs.interpreter.async.AsyncBodyRootNode;
import org.minijs.interpreter.async.AsyncFunctionRootNode;
import org.minijs.interpreter.async.AwaitNode;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.access.DeletePropertyNode;
import org.minijs.interpreter.nodes.access.GetPropertyNode;
import org.minijs.interpreter.nodes.access.SetPropertyNode;
import org.minijs.interpreter.nodes.access.UpdatePropertyNode;
import org.minijs.interpreter.nodes.control.BlockNode;
import org.minijs.interpreter.nodes.control.ControlNodes;
import org.minijs.interpreter.nodes.control.IfNode;
import org.minijs.interpreter.nodes.control.LoopNode;
import org.minijs.interpreter.nodes.control.TryNode;
import org.minijs.interpreter.nodes.functions.CallNode;
import org.minijs.interpreter.nodes.functions.CalleeNode;
import org.minijs.interpreter.nodes.functions.FunctionLiteralNode;
import org.minijs.interpreter.nodes.functions.FunctionRootNode;
import org.minijs.interpreter.nodes.functions.NewNode;
import org.minijs.interpreter.nodes.functions.ParameterNode;
import org.minijs.interpreter.nodes.functions.SpreadNode;
import org.minijs.interpreter.nodes.functions.ThisNode;
import org.minijs.interpreter.nodes.literals.ArrayLiteralNode;
import org.minijs.interpreter.nodes.literals.ConstantNode;
import org.minijs.interpreter.nodes.literals.ObjectLiteralNode;
import org.minijs.interpreter.nodes.literals.TemplateLiteralNode;
import org.minijs.interpreter.nodes.operators.AddOperationNodeGen;
import org.minijs.interpreter.nodes.operators.ArithmeticOperation;
import org.minijs.interpreter.nodes.operators.ArithmeticOperationNodeGen;
import org.minijs.interpreter.nodes.operators.BinaryNode;
import org.minijs.interpreter.nodes.operators.BinaryOperation;
import org.minijs.interpreter.nodes.operators.CompareOperation;
import org.minijs.interpreter.nodes.operators.CompareOperationNodeGen;
import org.minijs.interpreter.nodes.operators.LogicalNode;
import org.minijs.interpreter.nodes.operators.SequenceNode;
import org.minijs.interpreter.nodes.operators.SimpleOperation;
import org.minijs.interpreter.nodes.operators.UnaryNode;
import org.minijs.interpreter.nodes.variables.CopyEnvironmentNode;
import org.minijs.interpreter.nodes.variables.CreateEnvironmentNode;
import org.minijs.interpreter.nodes.variables.EnvLocatorNode;
import org.minijs.interpreter.nodes.variables.GlobalObjectNode;
import org.minijs.interpreter.nodes.variables.GlobalVariableNode;
import org.minijs.interpreter.nodes.variables.InitializeSlotsNode;
import org.minijs.interpreter.nodes.variables.ReadVariableNode;
import org.minijs.interpreter.nodes.variables.UpdateVariableNode;
import org.minijs.interpreter.nodes.variables.WriteVariableNode;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: AST to Truffle nodes. Uses the scopes of {@link ScopeAnalysis} to place each binding in a
 * frame slot or an Environment. In async functions, every node on a path to an await gets a resume slot and
 * so becomes resumable (see docs/resumable-frames.md); all other nodes are the ordinary ones.
 */
public final class Translator {
    private final MiniJsLanguage language;
    private final Source source;
    private final ScopeAnalysis analysis = new ScopeAnalysis();
    private final Map<Object, Boolean> suspendsMemo = new IdentityHashMap<>();
    private FunctionContext fc;
    private Scope scope;

    /** Per-function translation state: its frame layout and, for async functions, the state slot. */
    private static final class FunctionContext {
        final FunctionInfo info;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final boolean resumable;
        final int stateSlot;

        FunctionContext(FunctionInfo info) {
            this.info = info;
            this.resumable = info.isAsync();
            this.stateSlot = resumable ? frame.addSlot(FrameSlotKind.Object, "<async state>", null) : -1;
        }

        int newSlot(String name) {
            return frame.addSlot(FrameSlotKind.Object, name, null);
        }
    }

    public Translator(MiniJsLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    public RootCallTarget translateScript(Program program) {
        FunctionInfo info = analysis.analyzeScript(program);
        fc = new FunctionContext(info);
        JSNode body = functionBody(info, List.of(), program.body());
        return new FunctionRootNode(language, fc.frame.build(), "Object.<anonymous>", section(program.span()), body)
                .getCallTarget();
    }

    // ---- functions and scopes -------------------------------------------------------------------------

    private JSNode functionBody(FunctionInfo info, List<Parameter> params, List<Statement> body) {
        scope = info.scope;
        List<JSNode> nodes = new ArrayList<>();
        enterScope(info.scope, nodes);
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            JSNode value = new ParameterNode(i, p.rest(), p.defaultValue() == null ? null : expression(p.defaultValue()));
            nodes.add(initialize(info.scope.lookupLocal(p.name()), value));
        }
        for (Binding b : info.scope.bindings.values()) {
            if (b.kind == Binding.Kind.ARGUMENTS) {
                nodes.add(initialize(b, new ParameterNode(-1, false, null)));
            } else if (b.kind == Binding.Kind.CALLEE) {
                nodes.add(initialize(b, new CalleeNode()));
            }
        }
        hoistFunctions(body, nodes);
        for (Statement s : body) {
            nodes.add(statement(s));
        }
        return new BlockNode(nodes.toArray(JSNode[]::new), fc.resumable ? fc.newSlot("<body>") : -1);
    }

    /**
     * Scope entry: frame slots and environment indices for the scope's bindings, then the steps that create
     * them at run time (undefined for var-like, uninitialized for let/const, a new Environment if captured).
     */
    private void enterScope(Scope s, List<JSNode> nodes) {
        scope = s;
        if (!s.slotsAssigned) {
            s.slotsAssigned = true;
            for (Binding b : s.bindings.values()) {
                b.index = b.captured ? s.envSize++ : fc.newSlot(b.name);
            }
            if (s.envSize > 0) {
                s.envSlot = fc.newSlot("<env>");
            }
        }
        List<Integer> slots = new ArrayList<>();
        List<Boolean> lexical = new ArrayList<>();
        boolean[] envLexical = new boolean[s.envSize];
        for (Binding b : s.bindings.values()) {
            if (b.captured) {
                envLexical[b.index] = b.lexical();
            } else {
                slots.add(b.index);
                lexical.add(b.lexical());
            }
        }
        if (!slots.isEmpty()) {
            boolean[] lex = new boolean[lexical.size()];
            for (int i = 0; i < lex.length; i++) {
                lex[i] = lexical.get(i);
            }
            nodes.add(new InitializeSlotsNode(slots.stream().mapToInt(Integer::intValue).toArray(), lex));
        }
        if (s.envSize > 0) {
            nodes.add(new CreateEnvironmentNode(s.envSlot, envLexical, enclosingEnvironment(s.parent)));
        }
    }

    /** The environment current at scope {@code s} of this function, or the callee's closure. */
    private EnvLocatorNode enclosingEnvironment(Scope s) {
        for (Scope x = s; x != null && x.function == fc.info; x = x.parent) {
            if (x.envSize > 0) {
                return new EnvLocatorNode(x.envSlot, 0);
            }
        }
        return new EnvLocatorNode(-1, 0);
    }

    private void hoistFunctions(List<Statement> body, List<JSNode> nodes) {
        for (Statement s : body) {
            if (s instanceof Statement.FunctionDeclaration d) {
                Binding b = lookup(d.function().name());
                nodes.add(initialize(b, function(d.function(), null)));
            }
        }
    }

    private JSNode function(FunctionNode fn, String inferredName) {
        FunctionInfo info = analysis.functions.get(fn);
        if (fn.generator()) {
            throw new UnsupportedFeature("generator functions are not supported yet", fn.span());
        }
        String name = fn.name() != null ? fn.name() : inferredName != null ? inferredName : "";
        FunctionData.Kind kind = switch (fn.kind()) {
            case ARROW -> fn.async() ? FunctionData.Kind.ASYNC_ARROW : FunctionData.Kind.ARROW;
            case NORMAL -> fn.async() ? FunctionData.Kind.ASYNC : FunctionData.Kind.NORMAL;
            default -> fn.async() ? FunctionData.Kind.ASYNC : FunctionData.Kind.METHOD;
        };
        int length = 0;
        for (Parameter p : fn.params()) {
            if (p.rest() || p.defaultValue() != null) {
                break;
            }
            length++;
        }
        FunctionData data = new FunctionData(name, length, kind, info.strict, null);
        FunctionContext outerContext = fc;
        Scope outerScope = scope;
        fc = new FunctionContext(info);
        SourceSection section = section(fn.span());
        JSNode body = functionBody(info, fn.params(), fn.body());
        if (info.isAsync()) {
            AsyncBodyRootNode bodyRoot = new AsyncBodyRootNode(language, name, section, body);
            data.setCallTarget(new AsyncFunctionRootNode(language, name, section, fc.frame.build(), fc.stateSlot,
                    bodyRoot.getCallTarget()).getCallTarget());
        } else {
            data.setCallTarget(new FunctionRootNode(language, fc.frame.build(), name, section, body).getCallTarget());
        }
        fc = outerContext;
        scope = outerScope;
        JSNode lexicalThis = fn.isArrow() ? thisNode() : null;
        return new FunctionLiteralNode(data, enclosingEnvironment(scope), lexicalThis);
    }

    private JSNode thisNode() {
        return new ThisNode(fc.info.isArrow(), fc.info.strict);
    }

    // ---- bindings --------------------------------------------------------------------------------------

    private Binding lookup(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Binding b = s.lookupLocal(name);
            if (b != null) {
                return b;
            }
        }
        throw new IllegalStateException("undeclared binding " + name);
    }

    private EnvLocatorNode locator(Binding b) {
        if (!b.captured) {
            return null;
        }
        if (b.scope.function == fc.info) {
            return new EnvLocatorNode(b.scope.envSlot, 0);
        }
        int hops = 0;
        for (Scope s = fc.info.definitionScope; s != b.scope; s = s.parent) {
            if (s.hasEnvironment()) {
                hops++;
            }
        }
        return new EnvLocatorNode(-1, hops);
    }

    private JSNode initialize(Binding b, JSNode value) {
        return new WriteVariableNode(locator(b), b.index, b.name, value, WriteVariableNode.Mode.INITIALIZE);
    }

    private JSNode read(Expression.Identifier id) {
        Binding b = analysis.references.get(id);
        if (b == null) {
            if (id.name().equals("undefined")) {
                return new ConstantNode(Undefined.INSTANCE);
            }
            return new GlobalVariableNode(id.name(), null, fc.info.strict);
        }
        return new ReadVariableNode(locator(b), b.index, b.name, b.lexical());
    }

    private JSNode write(Expression.Identifier id, JSNode value) {
        Binding b = analysis.references.get(id);
        if (b == null) {
            return new GlobalVariableNode(id.name(), value, fc.info.strict);
        }
        WriteVariableNode.Mode mode = b.kind == Binding.Kind.CONST ? WriteVariableNode.Mode.CONST_ASSIGN
                : WriteVariableNode.Mode.ASSIGN;
        return new WriteVariableNode(locator(b), b.index, b.name, value, mode);
    }

    // ---- statements ------------------------------------------------------------------------------------

    private JSNode statement(Statement s) {
        JSNode node = statement(s, Set.of());
        return node.getSourceSection() == null ? node.at(section(s.span())) : node;
    }

    private JSNode statement(Statement s, Set<String> labels) {
        switch (s) {
            case Statement.VariableDeclaration d -> {
                return variableDeclaration(d);
            }
            case Statement.FunctionDeclaration d -> {
                return new ConstantNode(Undefined.INSTANCE); // instantiated when its scope was entered
            }
            case Statement.ExpressionStatement e -> {
                return expression(e.expression());
            }
            case Statement.Block b -> {
                return block(b);
            }
            case Statement.Empty e -> {
                return new ConstantNode(Undefined.INSTANCE);
            }
            case Statement.If i -> {
                return new IfNode(expression(i.test()), statement(i.consequent()),
                        i.alternate() == null ? null : statement(i.alternate()), resumeSlot(i));
            }
            case Statement.While w -> {
                return new LoopNode(expression(w.test()), statement(w.body()), null, null, true, labels, resumeSlot(w));
            }
            case Statement.DoWhile w -> {
                return new LoopNode(expression(w.test()), statement(w.body()), null, null, false, labels, resumeSlot(w));
            }
            case Statement.For f -> {
                return forLoop(f, labels);
            }
            case Statement.Labeled l -> {
                Set<String> all = new HashSet<>(labels);
                all.add(l.label());
                if (l.body() instanceof Statement.While || l.body() instanceof Statement.DoWhile
                        || l.body() instanceof Statement.For || l.body() instanceof Statement.Labeled) {
                    return statement(l.body(), all).at(section(l.span()));
                }
                return new ControlNodes.LabeledNode(l.label(), statement(l.body()));
            }
            case Statement.Break b -> {
                return new ControlNodes.BreakNode(b.label());
            }
            case Statement.Continue c -> {
                return new ControlNodes.ContinueNode(c.label());
            }
            case Statement.Return r -> {
                return new ControlNodes.ReturnNode(r.argument() == null ? null : expression(r.argument()));
            }
            case Statement.Throw t -> {
                return new ControlNodes.ThrowNode(expression(t.argument()));
            }
            case Statement.Try t -> {
                return tryStatement(t);
            }
        }
    }

    private JSNode variableDeclaration(Statement.VariableDeclaration d) {
        List<JSNode> nodes = new ArrayList<>();
        for (VariableDeclarator v : d.declarations()) {
            Binding b = lookup(v.name());
            if (v.init() != null) {
                nodes.add(initialize(b, named(v.init(), v.name())).at(section(v.span())));
            } else if (d.kind() != Statement.DeclarationKind.VAR) {
                nodes.add(initialize(b, new ConstantNode(Undefined.INSTANCE)));
            }
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(d));
    }

    private JSNode block(Statement.Block b) {
        Scope outer = scope;
        List<JSNode> nodes = new ArrayList<>();
        enterScope(analysis.scopes.get(b), nodes);
        hoistFunctions(b.body(), nodes);
        for (Statement s : b.body()) {
            nodes.add(statement(s));
        }
        scope = outer;
        return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(b));
    }

    private JSNode forLoop(Statement.For f, Set<String> labels) {
        Scope outer = scope;
        Scope head = analysis.scopes.get(f);
        List<JSNode> nodes = new ArrayList<>();
        if (head != null) {
            enterScope(head, nodes);
        }
        if (f.init() != null) {
            nodes.add(statement(f.init()));
        }
        JSNode perIteration = head != null && head.envSize > 0 ? new CopyEnvironmentNode(head.envSlot) : null;
        nodes.add(new LoopNode(f.test() == null ? null : expression(f.test()), statement(f.body()),
                f.update() == null ? null : expression(f.update()), perIteration, true, labels, resumeSlot(f)));
        scope = outer;
        return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(f));
    }

    private JSNode tryStatement(Statement.Try t) {
        JSNode block = statement(t.block());
        JSNode bind = null;
        JSNode handler = null;
        int caughtSlot = -1;
        CatchClause c = t.handler();
        if (c != null) {
            Scope outer = scope;
            List<JSNode> nodes = new ArrayList<>();
            enterScope(analysis.scopes.get(c), nodes);
            if (c.param() != null) {
                caughtSlot = fc.newSlot("<caught>");
                nodes.add(initialize(lookup(c.param()), new ReadVariableNode(null, caughtSlot, "", false)));
                bind = new BlockNode(nodes.toArray(JSNode[]::new), -1);
            }
            handler = statement(c.body());
            scope = outer;
        }
        JSNode finalizer = t.finalizer() == null ? null : statement(t.finalizer());
        return new TryNode(block, bind, handler, finalizer, caughtSlot, resumeSlot(t));
    }

    // ---- expressions -----------------------------------------------------------------------------------

    private JSNode expression(Expression e) {
        JSNode node = expressionNode(e);
        return node.getSourceSection() == null ? node.at(section(e.span())) : node;
    }

    /** Evaluates {@code e}, naming an anonymous function after the binding or key it is assigned to. */
    private JSNode named(Expression e, String name) {
        if (e instanceof Expression.Function f && f.function().name() == null) {
            return function(f.function(), name).at(section(f.span()));
        }
        return expression(e);
    }

    private JSNode expressionNode(Expression e) {
        switch (e) {
            case Expression.NumberLiteral n -> {
                double v = n.value();
                return new ConstantNode(org.minijs.interpreter.values.JSRuntime.number(v));
            }
            case Expression.StringLiteral s -> {
                return new ConstantNode(s.value());
            }
            case Expression.BooleanLiteral b -> {
                return new ConstantNode(b.value());
            }
            case Expression.NullLiteral n -> {
                return new ConstantNode(Null.INSTANCE);
            }
            case Expression.RegExpLiteral r -> {
                throw new UnsupportedFeature("regular expression literals are not supported yet", r.span());
            }
            case Expression.TemplateLiteral t -> {
                return new TemplateLiteralNode(t.quasis().toArray(String[]::new), operands(t.expressions(), t));
            }
            case Expression.Identifier id -> {
                return read(id);
            }
            case Expression.This t -> {
                return thisNode();
            }
            case Expression.ArrayLiteral a -> {
                List<JSNode> elements = new ArrayList<>();
                for (Expression x : a.elements()) {
                    elements.add(x == null ? new ArrayLiteralNode.HoleNode() : expression(x));
                }
                return new ArrayLiteralNode(new OperandsNode(elements.toArray(JSNode[]::new), resumeSlot(a)));
            }
            case Expression.ObjectLiteral o -> {
                return objectLiteral(o);
            }
            case Expression.Function f -> {
                return function(f.function(), null);
            }
            case Expression.Unary u -> {
                return unary(u);
            }
            case Expression.Update u -> {
                return update(u);
            }
            case Expression.Binary b -> {
                return new BinaryNode(expression(b.left()), expression(b.right()), operation(b.operator()), resumeSlot(b));
            }
            case Expression.Logical l -> {
                return new LogicalNode(l.operator(), expression(l.left()), expression(l.right()), resumeSlot(l));
            }
            case Expression.Assign a -> {
                return assignment(a);
            }
            case Expression.Conditional c -> {
                return new IfNode(expression(c.test()), expression(c.consequent()), expression(c.alternate()), resumeSlot(c));
            }
            case Expression.Call c -> {
                return call(c);
            }
            case Expression.New n -> {
                return new NewNode(expression(n.callee()), operands(n.arguments(), n), hasSpread(n.arguments()),
                        text(n.callee().span()), resumeSlot(n));
            }
            case Expression.PropertyAccess p -> {
                return new GetPropertyNode(expression(p.object()), p.name(), null, p.optional(), -1);
            }
            case Expression.ElementAccess el -> {
                return new GetPropertyNode(expression(el.object()), null, expression(el.index()), el.optional(),
                        resumeSlot(el));
            }
            case Expression.Sequence s -> {
                return new SequenceNode(operands(s.expressions(), s));
            }
            case Expression.Await a -> {
                if (!fc.resumable) {
                    throw new UnsupportedFeature("await is only valid in async functions and the top level bodies of modules", a.span());
                }
                return new AwaitNode(expression(a.argument()), fc.stateSlot, fc.newSlot("<await>"));
            }
            case Expression.Spread s -> {
                return new SpreadNode(expression(s.argument()));
            }
        }
    }

    private OperandsNode operands(List<Expression> expressions, Node owner) {
        JSNode[] nodes = new JSNode[expressions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(expressions.get(i));
        }
        return new OperandsNode(nodes, resumeSlot(owner));
    }

    private static boolean hasSpread(List<Expression> expressions) {
        for (Expression x : expressions) {
            if (x instanceof Expression.Spread) {
                return true;
            }
        }
        return false;
    }

    private JSNode objectLiteral(Expression.ObjectLiteral o) {
        List<ObjectLiteralNode.Member> members = new ArrayList<>();
        List<JSNode> values = new ArrayList<>();
        for (Property p : o.properties()) {
            ObjectLiteralNode.Kind kind = ObjectLiteralNode.Kind.valueOf(p.kind().name());
            boolean computed = p.computedKey() != null;
            members.add(new ObjectLiteralNode.Member(kind, p.key(), computed));
            if (computed) {
                values.add(expression(p.computedKey()));
            }
            values.add(p.key() != null ? named(p.value(), p.key()) : expression(p.value()));
        }
        return new ObjectLiteralNode(members.toArray(ObjectLiteralNode.Member[]::new),
                new OperandsNode(values.toArray(JSNode[]::new), resumeSlot(o)));
    }

    private JSNode unary(Expression.Unary u) {
        if (u.operator().equals("delete")) {
            Expression target = u.argument();
            if (target instanceof Expression.PropertyAccess p) {
                return new DeletePropertyNode(new OperandsNode(new JSNode[]{expression(p.object())}, -1), p.name(),
                        fc.info.strict);
            }
            if (target instanceof Expression.ElementAccess el) {
                return new DeletePropertyNode(new OperandsNode(new JSNode[]{expression(el.object()),
                        expression(el.index())}, resumeSlot(el)), null, fc.info.strict);
            }
            return new SequenceNode(new OperandsNode(new JSNode[]{expression(target), new ConstantNode(
                    !(target instanceof Expression.Identifier))}, resumeSlot(u)));
        }
        return new UnaryNode(u.operator(), expression(u.argument()));
    }

    private JSNode update(Expression.Update u) {
        int delta = u.operator().equals("++") ? 1 : -1;
        Expression target = u.target();
        if (target instanceof Expression.Identifier id) {
            Binding b = analysis.references.get(id);
            if (b == null) {
                return new UpdatePropertyNode(new OperandsNode(new JSNode[]{new GlobalObjectNode()}, -1), id.name(),
                        delta, u.prefix(), fc.info.strict);
            }
            WriteVariableNode write = (WriteVariableNode) write(id, new ConstantNode(Undefined.INSTANCE));
            return new UpdateVariableNode(read(id), write, delta, u.prefix());
        }
        if (target instanceof Expression.PropertyAccess p) {
            return new UpdatePropertyNode(new OperandsNode(new JSNode[]{expression(p.object())}, resumeSlot(p)),
                    p.name(), delta, u.prefix(), fc.info.strict);
        }
        if (target instanceof Expression.ElementAccess el) {
            return new UpdatePropertyNode(new OperandsNode(new JSNode[]{expression(el.object()),
                    expression(el.index())}, resumeSlot(el)), null, delta, u.prefix(), fc.info.strict);
        }
        throw new UnsupportedFeature("Invalid left-hand side expression in " + (u.prefix() ? "prefix" : "postfix")
                + " operation", u.span());
    }

    private JSNode assignment(Expression.Assign a) {
        String op = a.operator();
        String binary = op.equals("=") ? null : op.substring(0, op.length() - 1);
        boolean logical = binary != null && (binary.equals("&&") || binary.equals("||") || binary.equals("??"));
        Expression target = a.target();
        if (target instanceof Expression.Identifier id) {
            String name = id.name();
            if (binary == null) {
                return write(id, named(a.value(), name));
            }
            if (logical) {
                return new LogicalNode(binary, read(id), write(id, named(a.value(), name)), resumeSlot(a));
            }
            return write(id, new BinaryNode(read(id), expression(a.value()), operation(binary), resumeSlot(a)));
        }
        OperandsNode targetOperands;
        Object name = null;
        if (target instanceof Expression.PropertyAccess p) {
            targetOperands = new OperandsNode(new JSNode[]{expression(p.object())}, -1);
            name = p.name();
        } else if (target instanceof Expression.ElementAccess el) {
            targetOperands = new OperandsNode(new JSNode[]{expression(el.object()), expression(el.index())},
                    resumeSlot(el));
        } else {
            throw new UnsupportedFeature("Invalid left-hand side in assignment", a.span());
        }
        if (logical) {
            throw new UnsupportedFeature("logical assignment to a property is not supported yet", a.span());
        }
        return new SetPropertyNode(targetOperands, name, expression(a.value()),
                binary == null ? null : operation(binary), fc.info.strict, resumeSlot(a));
    }

    private JSNode call(Expression.Call c) {
        OperandsNode target;
        boolean method = true;
        Object name = null;
        boolean optional = c.optional();
        if (c.callee() instanceof Expression.PropertyAccess p) {
            target = new OperandsNode(new JSNode[]{expression(p.object())}, resumeSlot(p));
            name = p.name();
            optional |= p.optional();
        } else if (c.callee() instanceof Expression.ElementAccess el) {
            target = new OperandsNode(new JSNode[]{expression(el.object()), expression(el.index())}, resumeSlot(el));
            optional |= el.optional();
        } else {
            target = new OperandsNode(new JSNode[]{expression(c.callee())}, resumeSlot(c.callee()));
            method = false;
        }
        return new CallNode(target, method, name, operands(c.arguments(), c), hasSpread(c.arguments()), optional,
                text(c.callee().span()), resumeSlot(c));
    }

    private static BinaryOperation operation(String operator) {
        return switch (operator) {
            case "+" -> AddOperationNodeGen.create();
            case "-" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.SUBTRACT);
            case "*" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.MULTIPLY);
            case "/" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.DIVIDE);
            case "%" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.REMAINDER);
            case "**" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.EXPONENT);
            case "<" -> CompareOperationNodeGen.create(CompareOperation.Kind.LT);
            case ">" -> CompareOperationNodeGen.create(CompareOperation.Kind.GT);
            case "<=" -> CompareOperationNodeGen.create(CompareOperation.Kind.LE);
            case ">=" -> CompareOperationNodeGen.create(CompareOperation.Kind.GE);
            default -> new SimpleOperation(operator);
        };
    }

    // ---- resumability ----------------------------------------------------------------------------------

    /** A resume slot when {@code n} can suspend (an await inside it, not inside a nested function), else -1. */
    private int resumeSlot(Node n) {
        return fc.resumable && suspends(n) ? fc.newSlot("<resume>") : -1;
    }

    private boolean suspends(Object n) {
        if (n == null || n instanceof FunctionNode || n instanceof Expression.Function) {
            return false;
        }
        if (n instanceof Expression.Await) {
            return true;
        }
        Boolean memo = suspendsMemo.get(n);
        if (memo != null) {
            return memo;
        }
        boolean result = false;
        if (n instanceof List<?> list) {
            for (Object x : list) {
                result |= suspends(x);
            }
        } else if (n instanceof Record r) {
            for (var component : r.getClass().getRecordComponents()) {
                if (Node.class.isAssignableFrom(component.getType()) || List.class.isAssignableFrom(component.getType())) {
                    try {
                        result |= suspends(component.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
        suspendsMemo.put(n, result);
        return result;
    }

    // ---- source positions ------------------------------------------------------------------------------

    private SourceSection section(SourceSpan span) {
        if (span == null || span.line() <= 0) {
            return source.createUnavailableSection();
        }
        int length = source.getLength();
        int start = Math.min(Math.max(span.startOffset(), 0), length);
        int end = Math.min(Math.max(span.endOffset(), start), length);
        return source.createSection(start, end - start);
    }

    private String text(SourceSpan span) {
        CharSequence chars = source.getCharacters();
        int start = Math.max(0, Math.min(span.startOffset(), chars.length()));
        int end = Math.max(start, Math.min(span.endOffset(), chars.length()));
        return chars.subSequence(start, end).toString();
    }
}
