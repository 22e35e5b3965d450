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
import org.minijs.interpreter.nodes.operators.SimpleOperationNodeGen;
import org.minijs.interpreter.nodes.operators.UnaryNode;
import org.minijs.interpreter.nodes.variables.AppendLocalNode;
import org.minijs.interpreter.nodes.variables.CopyEnvironmentNode;
import org.minijs.interpreter.nodes.variables.CreateEnvironmentNode;
import org.minijs.interpreter.nodes.variables.EnvLocatorNode;
import org.minijs.interpreter.nodes.variables.GlobalVariableNode;
import org.minijs.interpreter.nodes.variables.InitializeSlotsNode;
import org.minijs.interpreter.nodes.variables.ReadVariableNode;
import org.minijs.interpreter.nodes.variables.UpdateLocalNodeGen;
import org.minijs.interpreter.nodes.variables.UpdateVariableNode;
import org.minijs.interpreter.nodes.variables.WriteLocalNode;
import org.minijs.interpreter.nodes.variables.WriteVariableNode;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** The return statement of each field initializer whose anonymous function takes the field's name. */
    private final Map<Statement.Return, String> fieldInitializerNames = new IdentityHashMap<>();
    private FunctionContext fc;
    private Scope scope;
    /** Translating for a completion value (-e, the REPL, Function()): declarations complete with undefined. */
    private boolean completion;

    /** Per-function translation state: its frame layout and, for async functions, the state slot. */
    private static final class FunctionContext {
        final FunctionInfo info;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final boolean resumable;
        final int stateSlot;
        /** Derived class constructors hold this in a slot until super() binds it; -1 elsewhere. */
        int thisSlot = -1;
        /** Nesting of OptionalChain boundaries: optional links outside any get a boundary of their own. */
        int optionalChains;

        FunctionContext(FunctionInfo info) {
            this.info = info;
            this.resumable = info.isAsync() || info.isGenerator();
            this.stateSlot = resumable ? frame.addSlot(FrameSlotKind.Object, "<activation>", null) : -1;
        }

        /** A slot; its tag says what it holds now (WriteLocalNode may store ints and doubles unboxed). */
        int newSlot(String name) {
            return frame.addSlot(FrameSlotKind.Object, name, null);
        }
    }

    public Translator(MiniJsLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    public RootCallTarget translateScript(Program program) {
        return translateScript(program, false);
    }

    /** A script as a function body; with {@code returnsCompletion} its call returns the completion value. */
    public RootCallTarget translateScript(Program program, boolean returnsCompletion) {
        return translateScript(program, returnsCompletion, false);
    }

    /** As above; {@code globalCode} makes top-level declarations properties of the global object. */
    public RootCallTarget translateScript(Program program, boolean returnsCompletion, boolean globalCode) {
        return translateScript(program, analysis.analyzeScript(program, globalCode), returnsCompletion);
    }

    /** The script of an indirect eval: its completion value is the result; see ScopeAnalysis for its scope. */
    public RootCallTarget translateEval(Program program) {
        return translateScript(program, analysis.analyzeScript(program, true, true), true);
    }

    private RootCallTarget translateScript(Program program, FunctionInfo info, boolean returnsCompletion) {
        completion = returnsCompletion;
        fc = new FunctionContext(info);
        JSNode body = functionBody(info, List.of(), program.body());
        return new FunctionRootNode(language, fc.frame.build(), "Object.<anonymous>", section(program.span()), body,
                returnsCompletion).getCallTarget();
    }

    /**
     * An ES module body: its top-level bindings live in an environment the host allocates (see
     * {@link org.minijs.interpreter.modules.ModuleUnit}); imports read through cells; a body that awaits at top
     * level becomes an async function whose promise the host waits for.
     */
    public org.minijs.interpreter.modules.ModuleUnit translateModule(org.minijs.ast.Module module) {
        Program program = module.program();
        boolean topLevelAwait = suspends(program.body());
        FunctionInfo info = analysis.analyzeModule(module, topLevelAwait);
        java.util.Map<String, org.minijs.interpreter.modules.ImportCell> imports = new java.util.LinkedHashMap<>();
        for (Binding b : info.scope.bindings.values()) {
            if (b.kind == Binding.Kind.IMPORT) {
                b.importCell = new org.minijs.interpreter.modules.ImportCell(b.name);
                imports.put(b.name, b.importCell);
            }
        }
        SourceSection section = section(program.span());
        // InitializeEnvironment: bindings get undefined or their TDZ and top-level functions exist before any
        // module of the graph is evaluated, so a cycle can call a function of a module not yet evaluated
        fc = new FunctionContext(info);
        List<JSNode> instantiation = new ArrayList<>();
        enterScope(info.scope, instantiation);
        hoistFunctions(program.body(), instantiation);
        RootCallTarget instantiate = new FunctionRootNode(language, fc.frame.build(), "<module instantiation>", section,
                new BlockNode(instantiation.toArray(JSNode[]::new), -1)).getCallTarget();
        fc = new FunctionContext(info);
        scope = info.scope;
        List<JSNode> statements = new ArrayList<>();
        for (Statement s : program.body()) {
            statements.add(statement(s));
        }
        JSNode body = new BlockNode(statements.toArray(JSNode[]::new), fc.resumable ? fc.newSlot("<body>") : -1);
        RootCallTarget target;
        if (topLevelAwait) {
            AsyncBodyRootNode bodyRoot = new AsyncBodyRootNode(language, "<module>", section, body);
            target = new AsyncFunctionRootNode(language, "<module>", section, fc.frame.build(), fc.stateSlot,
                    bodyRoot.getCallTarget()).getCallTarget();
        } else {
            target = new FunctionRootNode(language, fc.frame.build(), "<module>", section, body).getCallTarget();
        }
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (Binding b : info.scope.bindings.values()) {
            if (b.kind != Binding.Kind.IMPORT) {
                index.put(b.name, b.index);
            }
        }
        return new org.minijs.interpreter.modules.ModuleUnit(instantiate, target, info.scope.envSize, index, imports,
                topLevelAwait);
    }

    // ---- functions and scopes -------------------------------------------------------------------------

    private JSNode functionBody(FunctionInfo info, List<Parameter> params, List<Statement> body) {
        scope = info.scope;
        List<JSNode> nodes = new ArrayList<>();
        enterScope(info.scope, nodes);
        // FunctionDeclarationInstantiation: the arguments object exists before the parameters are bound, so
        // that default values can read it
        for (Binding b : info.scope.bindings.values()) {
            if (b.kind == Binding.Kind.ARGUMENTS) {
                nodes.add(initialize(b, argumentsObject(info, params)));
            } else if (b.kind == Binding.Kind.CALLEE) {
                nodes.add(initialize(b, new CalleeNode()));
            }
        }
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            JSNode defaultValue = p.defaultValue() == null ? null
                    : p.target() instanceof org.minijs.ast.Pattern.Identifier id ? named(p.defaultValue(), id.name())
                    : expression(p.defaultValue());
            JSNode value = new ParameterNode(i, p.rest(), defaultValue);
            nodes.add(bindPattern(p.target(), value, true));
        }
        Scope bodyScope = info.node == null ? null : analysis.bodyScopes.get(info.node);
        if (bodyScope != null) {
            // the body's own environment: a var named like a parameter starts with the parameter's value
            Scope parameters = info.scope;
            enterScope(bodyScope, nodes);
            for (Binding b : bodyScope.bindings.values()) {
                Binding parameter = parameters.lookupLocal(b.name);
                if (b.kind == Binding.Kind.VAR && parameter != null) {
                    nodes.add(initialize(b, readBinding(parameter)));
                }
            }
        }
        hoistFunctions(body, nodes);
        if (info.isGenerator()) {
            // the generator object is returned here: the body proper starts at the first next()
            nodes.add(new org.minijs.interpreter.generators.InitialSuspendNode(fc.newSlot("<start>")));
        }
        for (Statement s : body) {
            nodes.add(statement(s));
        }
        return new BlockNode(nodes.toArray(JSNode[]::new), fc.resumable ? fc.newSlot("<body>") : -1);
    }

    /** The arguments object: mapped onto the parameters' environment slots when the analysis said so. */
    private JSNode argumentsObject(FunctionInfo info, List<Parameter> params) {
        if (!info.mappedArguments) {
            return new org.minijs.interpreter.nodes.functions.ArgumentsObjectNode(null, null);
        }
        int[] slots = new int[params.size()];
        java.util.Set<String> seen = new HashSet<>();
        for (int i = params.size() - 1; i >= 0; i--) {
            // with duplicate names (sloppy code allows them) the last parameter of a name is the one mapped
            String name = params.get(i).name();
            slots[i] = seen.add(name) ? info.scope.lookupLocal(name).index : -1;
        }
        return new org.minijs.interpreter.nodes.functions.ArgumentsObjectNode(new EnvLocatorNode(info.scope.envSlot, 0), slots);
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
                if (b.kind == Binding.Kind.IMPORT) {
                    continue; // read through its cell
                }
                b.index = b.captured ? s.envSize++ : fc.newSlot(b.name);
            }
            if (s.envSize > 0 && !s.external) {
                s.envSlot = fc.newSlot("<env>");
            }
        }
        List<Integer> slots = new ArrayList<>();
        List<Boolean> lexical = new ArrayList<>();
        boolean[] envLexical = new boolean[s.envSize];
        String[] envNames = new String[s.envSize];
        for (Binding b : s.bindings.values()) {
            if (b.kind == Binding.Kind.IMPORT) {
                continue;
            }
            if (b.captured) {
                envLexical[b.index] = b.lexical();
                envNames[b.index] = b.name;
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
        if (s.external) {
            nodes.add(new org.minijs.interpreter.nodes.variables.InitializeClosureEnvironmentNode(envLexical));
        } else if (s.envSize > 0) {
            nodes.add(new CreateEnvironmentNode(s.envSlot, envLexical, envNames, enclosingEnvironment(s.parent)));
        }
    }

    /** The environment current at scope {@code s} of this function, or the callee's closure. */
    private EnvLocatorNode enclosingEnvironment(Scope s) {
        for (Scope x = s; x != null && x.function == fc.info; x = x.parent) {
            if (x.external) {
                return new EnvLocatorNode(-1, 0);
            }
            if (x.envSize > 0) {
                return new EnvLocatorNode(x.envSlot, 0);
            }
        }
        return new EnvLocatorNode(-1, 0);
    }

    private void hoistFunctions(List<Statement> body, List<JSNode> nodes) {
        for (Statement s : body) {
            if (s instanceof Statement.FunctionDeclaration d) {
                nodes.add(declare(d.function().name(), function(d.function(), null)));
            }
        }
    }

    private JSNode function(FunctionNode fn, String inferredName) {
        return function(fn, inferredName, null);
    }

    /** A function literal; {@code constructorKind} is CLASS_CONSTRUCTOR or DERIVED_CONSTRUCTOR for a class's. */
    private JSNode function(FunctionNode fn, String inferredName, FunctionData.Kind constructorKind) {
        FunctionInfo info = analysis.functions.get(fn);
        String name = constructorKind != null ? (inferredName == null ? "" : inferredName)
                : fn.name() != null ? fn.name() : inferredName != null ? inferredName : "";
        // the name stack traces show: the function's name, else what V8 infers from a member assignment
        String rootName = name.isEmpty() && debugNameForNextFunction != null ? debugNameForNextFunction : name;
        debugNameForNextFunction = null;
        FunctionData.Kind kind = constructorKind != null ? constructorKind
                : fn.generator() ? (fn.async() ? FunctionData.Kind.ASYNC_GENERATOR : FunctionData.Kind.GENERATOR)
                : switch (fn.kind()) {
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
        data.setSourceText(text(fn.span()));
        FunctionContext outerContext = fc;
        Scope outerScope = scope;
        fc = new FunctionContext(info);
        boolean derived = constructorKind == FunctionData.Kind.DERIVED_CONSTRUCTOR;
        if (derived) {
            fc.thisSlot = fc.newSlot("<this>");
        }
        SourceSection section = section(fn.span());
        JSNode body = functionBody(info, fn.params(), fn.body());
        if (constructorKind != null) {
            if (derived) {
                body = new BlockNode(new JSNode[]{new InitializeSlotsNode(new int[]{fc.thisSlot}, new boolean[]{true}),
                        body}, -1);
            }
            data.setCallTarget(new org.minijs.interpreter.nodes.classes.ClassConstructorRootNode(language,
                    fc.frame.build(), rootName, section, body, derived, fc.thisSlot).getCallTarget());
        } else if (info.isGenerator() && info.isAsync()) {
            var bodyRoot = new org.minijs.interpreter.generators.AsyncGeneratorRootNodes.BodyRoot(language, rootName, section, body);
            data.setCallTarget(new org.minijs.interpreter.generators.AsyncGeneratorRootNodes.CallRoot(language, rootName,
                    section, fc.frame.build(), fc.stateSlot, bodyRoot.getCallTarget()).getCallTarget());
        } else if (info.isGenerator()) {
            var bodyRoot = new org.minijs.interpreter.generators.GeneratorRootNodes.BodyRoot(language, rootName, section, body);
            data.setCallTarget(new org.minijs.interpreter.generators.GeneratorRootNodes.CallRoot(language, rootName, section,
                    fc.frame.build(), fc.stateSlot, bodyRoot.getCallTarget()).getCallTarget());
        } else if (info.isAsync()) {
            AsyncBodyRootNode bodyRoot = new AsyncBodyRootNode(language, rootName, section, body);
            data.setCallTarget(new AsyncFunctionRootNode(language, rootName, section, fc.frame.build(), fc.stateSlot,
                    bodyRoot.getCallTarget()).getCallTarget());
        } else {
            data.setCallTarget(new FunctionRootNode(language, fc.frame.build(), rootName, section, body).getCallTarget());
        }
        fc = outerContext;
        scope = outerScope;
        JSNode lexicalThis = fn.isArrow() ? thisNode() : null;
        return new FunctionLiteralNode(data, enclosingEnvironment(scope), lexicalThis);
    }

    private JSNode thisNode() {
        return new ThisNode(fc.info.isArrow(), fc.info.strict, fc.thisSlot);
    }

    /**
     * For each private method or accessor, V8's message when an object without the class's brand uses it
     * (the class's own name, "anonymous" when it has none; fields keep the generic message).
     */
    private static Map<String, String> privateBrandChecks(org.minijs.ast.ClassNode c) {
        Map<String, String> messages = new HashMap<>();
        String className = c.name() != null ? c.name() : "anonymous";
        for (org.minijs.ast.ClassMember m : c.members()) {
            if (m.privateName() && m.kind() != org.minijs.ast.ClassMember.Kind.FIELD
                    && m.kind() != org.minijs.ast.ClassMember.Kind.STATIC_BLOCK) {
                messages.put("#" + m.key(), m.isStatic() ? "Receiver must be class " + className
                        : "Receiver must be an instance of class " + className);
            }
        }
        return messages;
    }

    /** ClassDefinitionEvaluation: scope entry (name and private names), heritage, constructor, elements. */
    private JSNode classDefinition(org.minijs.ast.ClassNode c, String inferredName) {
        String name = c.name() != null ? c.name() : inferredName != null ? inferredName : "";
        Scope outer = scope;
        List<JSNode> entry = new ArrayList<>();
        Scope inner = analysis.scopes.get(c);
        enterScope(inner, entry);
        Map<String, String> brandChecks = privateBrandChecks(c);
        for (Binding b : inner.bindings.values()) {
            if (b.name.startsWith("#")) {
                entry.add(initialize(b, new org.minijs.interpreter.nodes.classes.PrivateNodes.NewPrivateNameNode(b.name,
                        brandChecks.get(b.name))));
            }
        }
        JSNode superClass = c.superClass() == null ? null : expression(c.superClass());
        FunctionNode ctor = analysis.defaultConstructors.get(c);
        for (org.minijs.ast.ClassMember m : c.members()) {
            if (ScopeAnalysis.isConstructor(m)) {
                ctor = m.function();
            }
        }
        FunctionData.Kind ctorKind = c.superClass() == null ? FunctionData.Kind.CLASS_CONSTRUCTOR
                : FunctionData.Kind.DERIVED_CONSTRUCTOR;
        JSNode constructor = function(ctor, name, ctorKind);
        List<org.minijs.interpreter.nodes.classes.ClassElementNode> elements = new ArrayList<>();
        for (org.minijs.ast.ClassMember m : c.members()) {
            if (ScopeAnalysis.isConstructor(m)) {
                continue;
            }
            JSNode key = m.kind() == org.minijs.ast.ClassMember.Kind.STATIC_BLOCK ? null
                    : m.privateName() ? readBinding(lookup("#" + m.key()))
                    : m.computedKey() != null ? expression(m.computedKey()) : new ConstantNode(m.key());
            FunctionNode fn = m.kind() == org.minijs.ast.ClassMember.Kind.FIELD ? analysis.fieldInitializers.get(m)
                    : m.function();
            String fnName = m.privateName() ? "#" + m.key() : m.key();
            if (m.kind() == org.minijs.ast.ClassMember.Kind.FIELD && m.computedKey() == null
                    && fn.body().get(0) instanceof Statement.Return r) {
                fieldInitializerNames.put(r, fnName); // NamedEvaluation of an anonymous function in a field
            }
            elements.add(new org.minijs.interpreter.nodes.classes.ClassElementNode(
                    org.minijs.interpreter.nodes.classes.ClassElementNode.Kind.valueOf(m.kind().name()), m.isStatic(),
                    m.privateName(), key, function(fn, fnName)));
        }
        int classSlot = fc.newSlot("<class>");
        JSNode bindName = c.name() == null ? null
                : initialize(inner.lookupLocal(c.name()), ReadVariableNode.create(null, classSlot, "", false));
        scope = outer;
        return new org.minijs.interpreter.nodes.classes.ClassDefinitionNode(
                new BlockNode(entry.toArray(JSNode[]::new), -1), superClass, constructor,
                elements.toArray(org.minijs.interpreter.nodes.classes.ClassElementNode[]::new), bindName, classSlot, name);
    }

    // ---- bindings --------------------------------------------------------------------------------------

    private Binding lookup(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Binding b = s.lookupLocal(name);
            if (b != null) {
                return b;
            }
        }
        return null; // a top-level declaration of global code: a property of the global object
    }

    private EnvLocatorNode locator(Binding b) {
        if (!b.captured) {
            return null;
        }
        if (b.scope.function == fc.info) {
            return new EnvLocatorNode(b.scope.external ? -1 : b.scope.envSlot, 0);
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
        return WriteVariableNode.create(locator(b), b.index, b.name, value, WriteVariableNode.Mode.INITIALIZE);
    }

    /** Initializes a declared name: its binding, or (global code) the global object's property. */
    private JSNode declare(String name, JSNode value) {
        Binding b = lookup(name);
        return b != null ? initialize(b, value) : new GlobalVariableNode(name, value, false);
    }

    private JSNode read(Expression.Identifier id) {
        Binding b = analysis.references.get(id);
        if (b == null) {
            if (id.name().equals("undefined")) {
                return new ConstantNode(Undefined.INSTANCE);
            }
            return new GlobalVariableNode(id.name(), null, fc.info.strict);
        }
        return readBinding(b);
    }

    private JSNode readBinding(Binding b) {
        if (b.kind == Binding.Kind.IMPORT) {
            return new org.minijs.interpreter.modules.ImportReadNode(b.importCell);
        }
        return ReadVariableNode.create(locator(b), b.index, b.name, b.lexical());
    }

    /** The PrivateName a {@code #name} refers to (a binding of the enclosing class scope). */
    private JSNode privateName(Node reference, String name, SourceSpan span) {
        Binding b = analysis.references.get(reference);
        if (b == null) {
            throw new UnsupportedFeature("Private field '#" + name + "' must be declared in an enclosing class", span);
        }
        return readBinding(b);
    }

    private JSNode write(Expression.Identifier id, JSNode value) {
        Binding b = analysis.references.get(id);
        if (b == null) {
            return new GlobalVariableNode(id.name(), value, fc.info.strict);
        }
        return writeBinding(b, value);
    }

    private JSNode writeBinding(Binding b, JSNode value) {
        if (b.kind == Binding.Kind.IMPORT || b.kind == Binding.Kind.CALLEE) {
            // module code is strict; a named function expression's own name is only ignored in sloppy code
            return new org.minijs.interpreter.nodes.variables.ImmutableBindingWriteNode(value,
                    b.kind == Binding.Kind.IMPORT || fc.info.strict);
        }
        WriteVariableNode.Mode mode = b.kind == Binding.Kind.CONST ? WriteVariableNode.Mode.CONST_ASSIGN
                : WriteVariableNode.Mode.ASSIGN;
        return WriteVariableNode.create(locator(b), b.index, b.name, value, mode);
    }

    // ---- statements ------------------------------------------------------------------------------------

    private JSNode statement(Statement s) {
        JSNode node = statement(s, Set.of());
        if (completion && (s instanceof Statement.VariableDeclaration || s instanceof Statement.ClassDeclaration)) {
            // a declaration's completion value is empty: the script's value stays the last expression's
            node = new SequenceNode(new OperandsNode(new JSNode[]{node, new ConstantNode(Undefined.INSTANCE)}, -1));
        }
        return node.getSourceSection() == null ? node.at(section(s.span())) : node;
    }

    private JSNode statement(Statement s, Set<String> labels) {
        switch (s) {
            case Statement.VariableDeclaration d -> {
                return variableDeclaration(d);
            }
            case Statement.FunctionDeclaration d -> {
                Scope varScope = analysis.annexBFunctionScopes.get(d);
                if (varScope == null) {
                    return new ConstantNode(Undefined.INSTANCE); // instantiated when its scope was entered
                }
                // B.3.3: evaluating the declaration copies the block's function into the function-level var
                String name = d.function().name();
                Binding var = varScope.lookupLocal(name);
                return WriteVariableNode.create(locator(var), var.index, name, readBinding(lookup(name)),
                        WriteVariableNode.Mode.INITIALIZE);
            }
            case Statement.ExpressionStatement e -> {
                return forEffect(e.expression());
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
                        || l.body() instanceof Statement.For || l.body() instanceof Statement.ForIn
                        || l.body() instanceof Statement.ForOf || l.body() instanceof Statement.Labeled) {
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
                String fieldName = fieldInitializerNames.get(r);
                JSNode value = r.argument() == null ? null
                        : fieldName != null ? named(r.argument(), fieldName) : expression(r.argument());
                if (value != null && fc.info.isAsync() && fc.info.isGenerator()) {
                    // in an async generator, return awaits its operand
                    value = new AwaitNode(value, fc.stateSlot, fc.newSlot("<await return>"));
                }
                return new ControlNodes.ReturnNode(value);
            }
            case Statement.Throw t -> {
                return new ControlNodes.ThrowNode(expression(t.argument()));
            }
            case Statement.Try t -> {
                return tryStatement(t);
            }
            case Statement.Switch sw -> {
                return switchStatement(sw);
            }
            case Statement.ForIn f -> {
                return forEach(f, f.left(), f.right(), f.body(), true, labels);
            }
            case Statement.ForOf f -> {
                if (f.isAwait() && !fc.info.isAsync()) {
                    throw new UnsupportedFeature("for await is only valid in async functions and the top level bodies of modules", f.span());
                }
                return forEach(f, f.left(), f.right(), f.body(), false, labels);
            }
            case Statement.ClassDeclaration c -> {
                return declare(c.classNode().name(), classDefinition(c.classNode(), null));
            }
            case Statement.Debugger d -> {
                return new ConstantNode(Undefined.INSTANCE);
            }
        }
    }

    private JSNode switchStatement(Statement.Switch sw) {
        JSNode discriminant = expression(sw.discriminant());
        Scope outer = scope;
        List<JSNode> entry = new ArrayList<>();
        enterScope(analysis.scopes.get(sw), entry);
        List<Statement> all = new ArrayList<>();
        for (org.minijs.ast.SwitchCase c : sw.cases()) {
            all.addAll(c.consequent());
        }
        hoistFunctions(all, entry);
        JSNode[] tests = new JSNode[sw.cases().size()];
        JSNode[] bodies = new JSNode[tests.length];
        for (int i = 0; i < tests.length; i++) {
            org.minijs.ast.SwitchCase c = sw.cases().get(i);
            tests[i] = c.test() == null ? null : expression(c.test());
            List<JSNode> body = new ArrayList<>();
            for (Statement st : c.consequent()) {
                body.add(statement(st));
            }
            bodies[i] = new BlockNode(body.toArray(JSNode[]::new), resumeSlot(c));
        }
        scope = outer;
        JSNode scopeEntry = entry.isEmpty() ? null : new BlockNode(entry.toArray(JSNode[]::new), -1);
        return new org.minijs.interpreter.nodes.control.SwitchNode(discriminant, scopeEntry, tests, bodies, resumeSlot(sw));
    }

    /** for-in / for-of: the head's let/const get a fresh scope (and environment) per iteration. */
    private JSNode forEach(Statement loop, Node left, Expression right, Statement body, boolean forIn,
                           Set<String> labels) {
        Scope outer = scope;
        Scope head = analysis.scopes.get(loop);
        List<JSNode> tdz = new ArrayList<>();
        if (head != null) {
            // ForIn/OfHeadEvaluation: the iterated expression runs in a scope holding the head's names, uninitialized
            enterScope(head, tdz);
        }
        JSNode subject = located(expression(right), right); // V8 reports the iteration at the iterable
        if (head != null) {
            tdz.add(subject);
            subject = new BlockNode(tdz.toArray(JSNode[]::new), resumeSlot(right)).at(subject.getSourceSection());
            scope = outer;
        }
        int iteratorSlot = fc.newSlot("<iterator>");
        int valueSlot = fc.newSlot("<next value>");
        JSNode value = ReadVariableNode.create(null, valueSlot, "", false);
        List<JSNode> bind = new ArrayList<>();
        if (head != null) {
            enterScope(head, bind);
        }
        if (left instanceof Statement.VariableDeclaration d) {
            bind.add(bindPattern(d.declarations().get(0).target(), value, true));
        } else {
            bind.add(bindPattern((org.minijs.ast.Pattern) left, value, false));
        }
        JSNode bindNode = new BlockNode(bind.toArray(JSNode[]::new), resumeSlot(left));
        JSNode bodyNode = statement(body);
        scope = outer;
        if (loop instanceof Statement.ForOf f && f.isAwait()) {
            return new org.minijs.interpreter.nodes.control.ForAwaitNode(subject, bindNode, bodyNode, fc.stateSlot,
                    valueSlot, labels, fc.newSlot("<for await>"));
        }
        return new org.minijs.interpreter.nodes.control.ForEachNode(subject, bindNode, bodyNode, forIn, iteratorSlot,
                valueSlot, labels, resumeSlot(loop), renderedForError(right));
    }

    // ---- destructuring ---------------------------------------------------------------------------------

    /**
     * BindingInitialization ({@code declaration}) or DestructuringAssignmentEvaluation of {@code pattern} with
     * the value of {@code value}. Nested patterns keep their intermediate values in fresh frame slots.
     */
    private JSNode bindPattern(org.minijs.ast.Pattern pattern, JSNode value, boolean declaration) {
        return bindPattern(pattern, value, declaration, null);
    }

    /**
     * {@code init}: the initializer of a declaration's top-level pattern, or null; V8 names it in its errors
     * ("x is not iterable", "Cannot destructure property 'a' of 'o.x'").
     */
    private JSNode bindPattern(org.minijs.ast.Pattern pattern, JSNode value, boolean declaration, Expression init) {
        switch (pattern) {
            case org.minijs.ast.Pattern.Identifier id -> {
                if (declaration) {
                    return declare(id.name(), value);
                }
                Binding b = analysis.references.get(id);
                return b == null ? new GlobalVariableNode(id.name(), value, fc.info.strict) : writeBinding(b, value);
            }
            case org.minijs.ast.Pattern.Member m -> {
                return assignTo(m.target(), value);
            }
            case org.minijs.ast.Pattern.Default d -> {
                JSNode withDefault = new org.minijs.interpreter.nodes.patterns.DestructuringNodes.DefaultValueNode(value,
                        d.target() instanceof org.minijs.ast.Pattern.Identifier id ? named(d.defaultValue(), id.name())
                                : expression(d.defaultValue()));
                return bindPattern(d.target(), withDefault, declaration);
            }
            case org.minijs.ast.Pattern.ObjectPattern o -> {
                int slot = fc.newSlot("<destructure>");
                JSNode read = ReadVariableNode.create(null, slot, "", false);
                List<JSNode> nodes = new ArrayList<>();
                String firstKey = o.properties().isEmpty() ? null : o.properties().get(0).key();
                String sourceText = init == null ? null
                        : init instanceof Expression.NullLiteral ? "null" : renderedForError(init);
                nodes.add(WriteVariableNode.create(null, slot, "", new org.minijs.interpreter.nodes.patterns.DestructuringNodes
                        .RequireObjectCoercibleNode(value, firstKey, sourceText,
                                init == null && value instanceof GetPropertyNode, value instanceof ParameterNode),
                        WriteVariableNode.Mode.INITIALIZE));
                List<JSNode> excluded = new ArrayList<>();
                for (org.minijs.ast.Pattern.Property p : o.properties()) {
                    JSNode get;
                    if (p.computedKey() != null) {
                        int keySlot = fc.newSlot("<key>");
                        nodes.add(WriteVariableNode.create(null, keySlot, "", expression(p.computedKey()),
                                WriteVariableNode.Mode.INITIALIZE));
                        JSNode key = ReadVariableNode.create(null, keySlot, "", false);
                        excluded.add(ReadVariableNode.create(null, keySlot, "", false));
                        get = new GetPropertyNode(read, null, key, false, -1);
                    } else {
                        excluded.add(new ConstantNode(p.key()));
                        get = new GetPropertyNode(read, p.key(), null, false, -1);
                    }
                    nodes.add(bindPattern(p.value(), get, declaration));
                }
                if (o.rest() != null) {
                    nodes.add(bindPattern(o.rest(), new org.minijs.interpreter.nodes.patterns.DestructuringNodes.ObjectRestNode(
                            ReadVariableNode.create(null, slot, "", false), excluded.toArray(JSNode[]::new)), declaration));
                }
                return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(o));
            }
            case org.minijs.ast.Pattern.ArrayPattern a -> {
                int slot = fc.newSlot("<iterator>");
                List<JSNode> nodes = new ArrayList<>();
                nodes.add(WriteVariableNode.create(null, slot, "", new org.minijs.interpreter.nodes.patterns.DestructuringNodes
                        .GetIteratorNode(value, init == null ? null : declaredIterableText(init)).at(section(a.span())),
                        WriteVariableNode.Mode.INITIALIZE));
                for (org.minijs.ast.Pattern element : a.elements()) {
                    JSNode next = new org.minijs.interpreter.nodes.patterns.DestructuringNodes.IteratorStepValueNode(
                            ReadVariableNode.create(null, slot, "", false));
                    nodes.add(element == null ? next : bindPattern(element, next, declaration));
                }
                if (a.rest() != null) {
                    nodes.add(bindPattern(a.rest(), new org.minijs.interpreter.nodes.patterns.DestructuringNodes.IteratorRestNode(
                            ReadVariableNode.create(null, slot, "", false)), declaration));
                }
                nodes.add(new org.minijs.interpreter.nodes.patterns.DestructuringNodes.IteratorCloseNode(
                        ReadVariableNode.create(null, slot, "", false)));
                return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(a));
            }
            case org.minijs.ast.Pattern.Property p -> throw new IllegalStateException("property outside an object pattern");
        }
    }

    /** An expression used as an assignment target: a name, a member, or a literal read as a pattern. */
    private JSNode assignTo(Expression target, JSNode value) {
        switch (target) {
            case Expression.Identifier id -> {
                return write(id, value);
            }
            case Expression.PropertyAccess p -> {
                return new SetPropertyNode(new OperandsNode(new JSNode[]{expression(p.object())}, -1), p.name(), value,
                        null, fc.info.strict, -1);
            }
            case Expression.ElementAccess el -> {
                return new SetPropertyNode(new OperandsNode(new JSNode[]{expression(el.object()), expression(el.index())},
                        resumeSlot(el)), null, value, null, fc.info.strict, -1);
            }
            case Expression.ArrayLiteral a -> {
                return bindPattern(toPattern(a), value, false);
            }
            case Expression.ObjectLiteral o -> {
                return bindPattern(toPattern(o), value, false);
            }
            default -> throw new UnsupportedFeature("Invalid destructuring assignment target", target.span());
        }
    }

    /** Reads an array/object literal on the left of {@code =} as the pattern it covers. */
    private org.minijs.ast.Pattern toPattern(Expression e) {
        switch (e) {
            case Expression.ArrayLiteral a -> {
                List<org.minijs.ast.Pattern> elements = new ArrayList<>();
                org.minijs.ast.Pattern rest = null;
                for (Expression x : a.elements()) {
                    if (x instanceof Expression.Spread s) {
                        rest = toPattern(s.argument());
                    } else {
                        elements.add(x == null ? null : toPattern(x));
                    }
                }
                return new org.minijs.ast.Pattern.ArrayPattern(elements, rest, a.span());
            }
            case Expression.ObjectLiteral o -> {
                List<org.minijs.ast.Pattern.Property> props = new ArrayList<>();
                org.minijs.ast.Pattern rest = null;
                for (Property p : o.properties()) {
                    if (p.kind() == Property.Kind.SPREAD) {
                        rest = toPattern(p.value());
                    } else {
                        props.add(new org.minijs.ast.Pattern.Property(p.key(), p.computedKey(), toPattern(p.value()), p.span()));
                    }
                }
                return new org.minijs.ast.Pattern.ObjectPattern(props, rest, o.span());
            }
            case Expression.Assign as when as.operator().equals("=") -> {
                return new org.minijs.ast.Pattern.Default(toPattern(as.target()), as.value(), as.span());
            }
            default -> {
                return new org.minijs.ast.Pattern.Member(e, e.span());
            }
        }
    }

    private JSNode variableDeclaration(Statement.VariableDeclaration d) {
        List<JSNode> nodes = new ArrayList<>();
        for (VariableDeclarator v : d.declarations()) {
            if (v.init() != null) {
                JSNode init = located(v.name() != null ? named(v.init(), v.name()) : expression(v.init()), v.init());
                nodes.add(bindPattern(v.target(), init, true, v.init()).at(section(v.span())));
            } else if (d.kind() != Statement.DeclarationKind.VAR) {
                nodes.add(bindPattern(v.target(), new ConstantNode(Undefined.INSTANCE), true));
            }
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        if (nodes.isEmpty()) {
            return new ConstantNode(Undefined.INSTANCE);
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
                f.update() == null ? null : forEffect(f.update()), perIteration, true, labels, resumeSlot(f)));
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
                nodes.add(initialize(lookup(c.param()), ReadVariableNode.create(null, caughtSlot, "", false)));
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

    /**
     * How V8 shows an expression in "x is not iterable": names, member chains and literals as written; null
     * (describe the value) for anything else.
     */
    private String renderedForError(Expression e) {
        return switch (e) {
            case Expression.Identifier id -> id.name();
            case Expression.PropertyAccess p when renderedForError(p.object()) != null -> CallPrinter.print(p);
            case Expression.Call c -> CallPrinter.callResult(c);
            case Expression.NumberLiteral n -> text(n.span());
            case Expression.StringLiteral s -> text(s.span());
            case Expression.ObjectLiteral o when o.properties().isEmpty() -> "{}";
            case Expression.ArrayLiteral a when a.elements().isEmpty() -> "[]";
            default -> null;
        };
    }

    /**
     * The name V8's FuncNameInferrer gives an anonymous function assigned to a member, for stack traces only
     * (its "name" stays ""): the member chain as written, without "this" and "prototype" ("Foo.bar" for
     * Foo.prototype.bar); null for a computed member.
     */
    private static String inferredMemberName(Expression target) {
        return switch (target) {
            case Expression.Identifier id -> id.name();
            case Expression.This t -> "";
            case Expression.PropertyAccess p -> joinMember(inferredMemberName(p.object()), p.name());
            case Expression.ElementAccess el when el.index() instanceof Expression.StringLiteral key ->
                    joinMember(inferredMemberName(el.object()), key.value());
            default -> null;
        };
    }

    private static String joinMember(String object, String name) {
        if (object == null) {
            return null;
        }
        if (object.isEmpty()) {
            return name; // this.x
        }
        return name.equals("prototype") ? object : object + "." + name;
    }

    /** Set just before translating a function literal that V8 names by inference; consumed by that function. */
    private String debugNameForNextFunction;

    /** How V8 names a declaration's initializer when its array pattern finds it not iterable; null: describe the value. */
    private static String declaredIterableText(Expression init) {
        return switch (init) {
            case Expression.Identifier id -> id.name();
            case Expression.NumberLiteral n -> CallPrinter.print(n);
            case Expression.BooleanLiteral b -> CallPrinter.print(b);
            case Expression.NullLiteral n -> "null";
            case Expression.ObjectLiteral o when o.properties().isEmpty() -> "{}";
            case Expression.Function f -> CallPrinter.INTERMEDIATE;
            case Expression.Class c -> CallPrinter.INTERMEDIATE;
            case Expression.Call c -> CallPrinter.callResult(c);
            default -> null;
        };
    }

    /** Evaluates {@code e}, naming an anonymous function after the binding or key it is assigned to. */
    private JSNode named(Expression e, String name) {
        if (e instanceof Expression.Function f && f.function().name() == null) {
            return function(f.function(), name).at(section(f.span()));
        }
        if (e instanceof Expression.Class c && c.classNode().name() == null) {
            return classDefinition(c.classNode(), name).at(section(c.span()));
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
                return new org.minijs.interpreter.regexp.RegExpLiteralNode(r.pattern(), r.flags());
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
                    // a spread element iterates at its operand (in a call's arguments, at the call)
                    elements.add(x == null ? new ArrayLiteralNode.HoleNode()
                            : x instanceof Expression.Spread sp ? expression(x).at(section(sp.argument().span())) : expression(x));
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
                return binary(b.operator(), expression(b.left()), expression(b.right()), resumeSlot(b))
                        .at(punctuatorAfter(b.left(), b)); // V8 reports a failed operation at its operator
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
                        CallPrinter.print(n.callee()), resumeSlot(n));
            }
            case Expression.PropertyAccess p -> {
                return optionalBoundary(new GetPropertyNode(expression(p.object()), p.name(), null, p.optional(), -1)
                        .at(nameSection(p)), p.optional());
            }
            case Expression.ElementAccess el -> {
                return optionalBoundary(new GetPropertyNode(expression(el.object()), null, expression(el.index()),
                        el.optional(), resumeSlot(el)).at(punctuatorAfter(el.object(), el)), el.optional());
            }
            case Expression.Sequence s -> {
                return new SequenceNode(operands(s.expressions(), s));
            }
            case Expression.Await a -> {
                if (!fc.info.isAsync()) {
                    throw new UnsupportedFeature("await is only valid in async functions and the top level bodies of modules", a.span());
                }
                return new AwaitNode(expression(a.argument()), fc.stateSlot, fc.newSlot("<await>"));
            }
            case Expression.Spread s -> {
                return spread(s, false);
            }
            case Expression.Class c -> {
                return classDefinition(c.classNode(), null);
            }
            case Expression.Yield y -> {
                return yieldExpression(y);
            }
            case Expression.TaggedTemplate t -> {
                return taggedTemplate(t);
            }
            case Expression.SuperCall sc -> {
                if (fc.thisSlot < 0) {
                    throw new UnsupportedFeature("'super' keyword unexpected here", sc.span());
                }
                return new org.minijs.interpreter.nodes.classes.SuperNodes.SuperCallNode(operands(sc.arguments(), sc),
                        hasSpread(sc.arguments()), fc.thisSlot).at(section(sc.span())); // the caller frame's position
            }
            case Expression.SuperMember sm -> {
                return new org.minijs.interpreter.nodes.classes.SuperNodes.SuperPropertyNode(thisNode(),
                        sm.computed() != null ? expression(sm.computed()) : new ConstantNode(sm.name()));
            }
            case Expression.NewTarget nt -> {
                return new org.minijs.interpreter.nodes.classes.SuperNodes.NewTargetNode();
            }
            case Expression.PrivateMember pm -> {
                return optionalBoundary(new org.minijs.interpreter.nodes.classes.PrivateNodes.GetNode(
                        expression(pm.object()), privateName(pm, pm.name(), pm.span()), pm.optional()), pm.optional());
            }
            case Expression.PrivateIn pi -> {
                return new org.minijs.interpreter.nodes.classes.PrivateNodes.InNode(privateName(pi, pi.name(), pi.span()),
                        expression(pi.object()));
            }
            case Expression.OptionalChain oc -> {
                fc.optionalChains++;
                try {
                    return new org.minijs.interpreter.nodes.functions.OptionalChainNode(expression(oc.expression()));
                } finally {
                    fc.optionalChains--;
                }
            }
        }
    }

    /** An optional link ({@code ?.}) outside any OptionalChain boundary gets one of its own. */
    private JSNode optionalBoundary(JSNode node, boolean optional) {
        return optional && fc.optionalChains == 0 ? new org.minijs.interpreter.nodes.functions.OptionalChainNode(node) : node;
    }

    private JSNode yieldExpression(Expression.Yield y) {
        if (!fc.info.isGenerator()) {
            throw new UnsupportedFeature("Unexpected yield outside a generator", y.span());
        }
        if (fc.info.isAsync()) {
            if (y.delegate()) {
                return new org.minijs.interpreter.generators.AsyncYieldStarNode(expression(y.argument()), fc.stateSlot,
                        fc.newSlot("<yield*>"));
            }
            return new org.minijs.interpreter.generators.AsyncGeneratorYieldNode(
                    y.argument() == null ? null : expression(y.argument()), fc.stateSlot, fc.newSlot("<yield>"));
        }
        if (y.delegate()) {
            return new org.minijs.interpreter.generators.YieldStarNode(expression(y.argument()), fc.stateSlot,
                    fc.newSlot("<yield*>"));
        }
        return new org.minijs.interpreter.generators.YieldNode(y.argument() == null ? null : expression(y.argument()),
                fc.stateSlot, fc.newSlot("<yield>"));
    }

    /**
     * {@code tag`a${x}b`}: the tag is called with the template object (cached per site, frozen, with .raw) and
     * the substitutions; a member tag keeps its base as this.
     */
    private JSNode taggedTemplate(Expression.TaggedTemplate t) {
        JSNode site = new org.minijs.interpreter.nodes.literals.TemplateObjectNode(
                t.cooked().toArray(String[]::new), t.raw().toArray(String[]::new));
        List<JSNode> args = new ArrayList<>();
        args.add(site);
        for (Expression x : t.expressions()) {
            args.add(expression(x));
        }
        OperandsNode arguments = new OperandsNode(args.toArray(JSNode[]::new), resumeSlot(t));
        return callWith(t.tag(), arguments, false, false, t);
    }

    private OperandsNode operands(List<Expression> expressions, Node owner) {
        boolean arguments = owner instanceof Expression.Call || owner instanceof Expression.New
                || owner instanceof Expression.SuperCall;
        JSNode[] nodes = new JSNode[expressions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = arguments && expressions.get(i) instanceof Expression.Spread spread
                    ? spread(spread, true) : expression(expressions.get(i));
        }
        return new OperandsNode(nodes, resumeSlot(owner));
    }

    private JSNode spread(Expression.Spread s, boolean inArguments) {
        return new SpreadNode(expression(s.argument()), renderedForError(s.argument()), inArguments);
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
            members.add(new ObjectLiteralNode.Member(kind, p.key(), computed,
                    p.method() || p.kind() == Property.Kind.GET || p.kind() == Property.Kind.SET));
            if (computed) {
                values.add(new ObjectLiteralNode.KeyNode(expression(p.computedKey())).at(section(p.computedKey().span())));
            }
            if (kind == ObjectLiteralNode.Kind.SPREAD) {
                values.add(new ObjectLiteralNode.SpreadNode(expression(p.value())).at(section(p.value().span())));
            } else {
                values.add(p.key() != null ? named(p.value(), p.key()) : expression(p.value()));
            }
        }
        return new ObjectLiteralNode(members.toArray(ObjectLiteralNode.Member[]::new),
                new OperandsNode(values.toArray(JSNode[]::new), resumeSlot(o)));
    }

    private JSNode unary(Expression.Unary u) {
        if (u.operator().equals("delete")) {
            Expression target = u.argument();
            boolean optional = false;
            if (target instanceof Expression.OptionalChain oc) {
                target = oc.expression(); // delete a?.b: the chain's last link is the reference
                optional = true;
            }
            if (target instanceof Expression.PropertyAccess p) {
                return new DeletePropertyNode(new OperandsNode(new JSNode[]{expression(p.object())}, -1), p.name(),
                        fc.info.strict, optional && p.optional());
            }
            if (target instanceof Expression.ElementAccess el) {
                return new DeletePropertyNode(new OperandsNode(new JSNode[]{expression(el.object()),
                        expression(el.index())}, resumeSlot(el)), null, fc.info.strict, optional && el.optional());
            }
            return new SequenceNode(new OperandsNode(new JSNode[]{expression(target), new ConstantNode(
                    !(target instanceof Expression.Identifier))}, resumeSlot(u)));
        }
        return new UnaryNode(u.operator(), expression(u.argument())).at(section(u.span()));
    }

    private JSNode update(Expression.Update u) {
        int delta = u.operator().equals("++") ? 1 : -1;
        Expression target = u.target();
        if (target instanceof Expression.Identifier id) {
            Binding b = analysis.references.get(id);
            UpdateVariableNode general = new UpdateVariableNode(read(id), write(id, new ConstantNode(Undefined.INSTANCE)),
                    delta, u.prefix());
            // an undeclared name: the read of the global throws a ReferenceError when it is missing
            boolean inFrameSlot = b != null && locator(b) == null && b.kind != Binding.Kind.IMPORT
                    && b.kind != Binding.Kind.CALLEE;
            return inFrameSlot && b.kind != Binding.Kind.CONST
                    ? UpdateLocalNodeGen.create(b.index, delta, u.prefix(), general) : general;
        }
        if (target instanceof Expression.PropertyAccess p) {
            return new UpdatePropertyNode(new OperandsNode(new JSNode[]{expression(p.object())}, resumeSlot(p)),
                    p.name(), delta, u.prefix(), fc.info.strict);
        }
        if (target instanceof Expression.ElementAccess el) {
            return new UpdatePropertyNode(new OperandsNode(new JSNode[]{expression(el.object()),
                    expression(el.index())}, resumeSlot(el)), null, delta, u.prefix(), fc.info.strict);
        }
        if (target instanceof Expression.PrivateMember pm) {
            // base in a temporary, old value as a number, write old +/- 1, yield the new or the old value
            int base = fc.newSlot("<private base>");
            int old = fc.newSlot("<old value>");
            JSNode name = privateName(pm, pm.name(), pm.span());
            return new BlockNode(new JSNode[]{
                    setTemp(base, expression(pm.object())),
                    setTemp(old, new UnaryNode("+", new org.minijs.interpreter.nodes.classes.PrivateNodes.GetNode(temp(base), name, false))),
                    new org.minijs.interpreter.nodes.classes.PrivateNodes.SetNode(temp(base),
                            privateName(pm, pm.name(), pm.span()), updatedCopy(old, delta)),
                    u.prefix() ? new org.minijs.interpreter.nodes.classes.PrivateNodes.GetNode(temp(base),
                            privateName(pm, pm.name(), pm.span()), false) : temp(old)}, -1);
        }
        throw new UnsupportedFeature("Invalid left-hand side expression in " + (u.prefix() ? "prefix" : "postfix")
                + " operation", u.span());
    }

    /** A frame-slot temporary of the translation (not a JavaScript binding). */
    private static JSNode temp(int slot) {
        return ReadVariableNode.create(null, slot, "", false);
    }

    private static JSNode setTemp(int slot, JSNode value) {
        return WriteVariableNode.create(null, slot, "", value, WriteVariableNode.Mode.INITIALIZE);
    }

    /** old +/- 1 from a temporary (a fresh node each time: a node has one parent). */
    private static JSNode updatedCopy(int oldSlot, int delta) {
        return binary(delta > 0 ? "+" : "-", temp(oldSlot), new ConstantNode(1), -1);
    }

    /**
     * An expression whose value is unused (an expression statement, a for loop's update). There {@code s += x}
     * and {@code s = s + x} on a let or var in a frame slot may append to the string in place.
     */
    private JSNode forEffect(Expression e) {
        if (completion || !(e instanceof Expression.Assign a) || !(a.target() instanceof Expression.Identifier id)) {
            return expression(e);
        }
        Binding b = analysis.references.get(id);
        Expression piece = null;
        SourceSection operator = null; // where V8 reports a failed conversion
        if (a.operator().equals("+=")) {
            piece = a.value();
            operator = compoundPosition(a);
        } else if (a.operator().equals("=") && a.value() instanceof Expression.Binary plus && plus.operator().equals("+")
                && plus.left() instanceof Expression.Identifier left && analysis.references.get(left) == b) {
            piece = plus.right();
            operator = punctuatorAfter(plus.left(), plus);
        }
        boolean mutableLocal = b != null && locator(b) == null && b.kind != Binding.Kind.CONST
                && b.kind != Binding.Kind.CALLEE && b.kind != Binding.Kind.IMPORT;
        if (piece == null || !mutableLocal || resumeSlot(a) >= 0) {
            return expression(e);
        }
        // the value is translated twice: once inside the ordinary nodes that an int-holding s takes
        JSNode numeric = writeBinding(b, binary("+", readBinding(b), expression(piece), -1).at(operator));
        return new AppendLocalNode(b.index, numeric, expression(piece), operation("+", null, null).at(operator),
                (WriteLocalNode) writeBinding(b, null));
    }

    /** Where V8 reports a failed conversion in a compound assignment: the start of its value. */
    private SourceSection compoundPosition(Expression.Assign a) {
        return section(a.value().span());
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
            return write(id, binary(binary, read(id), expression(a.value()), resumeSlot(a)).at(compoundPosition(a)));
        }
        if (binary == null && (target instanceof Expression.ArrayLiteral || target instanceof Expression.ObjectLiteral)) {
            int slot = fc.newSlot("<assigned>");
            JSNode keep = WriteVariableNode.create(null, slot, "", expression(a.value()), WriteVariableNode.Mode.INITIALIZE);
            return new BlockNode(new JSNode[]{keep, assignTo(target, ReadVariableNode.create(null, slot, "", false)),
                    ReadVariableNode.create(null, slot, "", false)}, resumeSlot(a));
        }
        if (target instanceof Expression.SuperMember sm) {
            JSNode key = sm.computed() != null ? expression(sm.computed()) : new ConstantNode(sm.name());
            JSNode value = expression(a.value());
            if (binary != null) {
                if (logical) {
                    throw new UnsupportedFeature("logical assignment to a super property is not supported yet", a.span());
                }
                value = binary(binary, new org.minijs.interpreter.nodes.classes.SuperNodes.SuperPropertyNode(thisNode(),
                        sm.computed() != null ? expression(sm.computed()) : new ConstantNode(sm.name())), value,
                        resumeSlot(a)).at(compoundPosition(a));
            }
            return new org.minijs.interpreter.nodes.classes.SuperNodes.SuperPropertySetNode(thisNode(), key, value);
        }
        if (target instanceof Expression.PrivateMember pm) {
            int slot = fc.newSlot("<private base>");
            JSNode base = ReadVariableNode.create(null, slot, "", false);
            if (logical) {
                // o.#x ??= v: o evaluated once; v evaluated and stored only when the old value does not decide
                JSNode old = new org.minijs.interpreter.nodes.classes.PrivateNodes.GetNode(base,
                        privateName(pm, pm.name(), pm.span()), false);
                JSNode store = new org.minijs.interpreter.nodes.classes.PrivateNodes.SetNode(
                        ReadVariableNode.create(null, slot, "", false), privateName(pm, pm.name(), pm.span()),
                        expression(a.value())); // no name inference: the target is not an identifier
                return new BlockNode(new JSNode[]{
                        WriteVariableNode.create(null, slot, "", expression(pm.object()), WriteVariableNode.Mode.INITIALIZE),
                        new LogicalNode(binary, old, store, resumeSlot(a))}, resumeSlot(a));
            }
            JSNode value = binary == null ? expression(a.value())
                    : binary(binary, new org.minijs.interpreter.nodes.classes.PrivateNodes.GetNode(base,
                            privateName(pm, pm.name(), pm.span()), false), expression(a.value()), resumeSlot(a))
                            .at(compoundPosition(a));
            return new BlockNode(new JSNode[]{
                    WriteVariableNode.create(null, slot, "", expression(pm.object()), WriteVariableNode.Mode.INITIALIZE),
                    new org.minijs.interpreter.nodes.classes.PrivateNodes.SetNode(
                            ReadVariableNode.create(null, slot, "", false), privateName(pm, pm.name(), pm.span()), value)},
                    resumeSlot(a));
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
            // a &&= b on a property: evaluate the reference once, read it, assign only if not decided
            int base = fc.newSlot("<base>");
            int key = fc.newSlot("<key>");
            boolean computed = target instanceof Expression.ElementAccess;
            Expression.ElementAccess el = computed ? (Expression.ElementAccess) target : null;
            JSNode read = new GetPropertyNode(temp(base), name, computed ? temp(key) : null, false, -1);
            JSNode write = new SetPropertyNode(new OperandsNode(computed ? new JSNode[]{temp(base), temp(key)}
                    : new JSNode[]{temp(base)}, -1), name, named(a.value(), name instanceof String n ? n : null), null,
                    fc.info.strict, resumeSlot(a.value()));
            List<JSNode> nodes = new ArrayList<>();
            nodes.add(setTemp(base, computed ? expression(el.object()) : expression(((Expression.PropertyAccess) target).object())));
            if (computed) {
                nodes.add(setTemp(key, new UnaryNode("toPropertyKey", expression(el.index()))));
            }
            nodes.add(new LogicalNode(binary, read, write, resumeSlot(a)));
            return new BlockNode(nodes.toArray(JSNode[]::new), resumeSlot(a));
        }
        if (binary == null && a.value() instanceof Expression.Function f && f.function().name() == null) {
            debugNameForNextFunction = inferredMemberName(target);
        }
        JSNode set = new SetPropertyNode(targetOperands, name, expression(a.value()),
                binary == null ? null : operation(binary, null, null).at(compoundPosition(a)), fc.info.strict,
                resumeSlot(a));
        return binary == null ? set.at(punctuatorAfter(target, a)) : set; // V8 reports a failed store at the "="
    }

    private JSNode call(Expression.Call c) {
        return callWith(c.callee(), operands(c.arguments(), c), hasSpread(c.arguments()), c.optional(), c);
    }

    /** EvaluateCall: the callee's form decides the this value (member, super, private, plain). */
    private JSNode callWith(Expression callee, OperandsNode arguments, boolean spread, boolean optionalCall, Node call) {
        if (callee instanceof Expression.OptionalChain oc && (oc.expression() instanceof Expression.PropertyAccess
                || oc.expression() instanceof Expression.ElementAccess || oc.expression() instanceof Expression.PrivateMember)) {
            // (o?.m)(): a member call whose callee chain ends at the parentheses (this stays o)
            fc.optionalChains++;
            try {
                return ((CallNode) callWith(oc.expression(), arguments, spread, optionalCall, call)).parenthesizedChain();
            } finally {
                fc.optionalChains--;
            }
        }
        OperandsNode target;
        CallNode.Mode mode = CallNode.Mode.MEMBER;
        Object name = null;
        boolean optionalBase = false;
        switch (callee) {
            case Expression.PropertyAccess p -> {
                target = new OperandsNode(new JSNode[]{expression(p.object())}, resumeSlot(p));
                name = p.name();
                optionalBase = p.optional();
            }
            case Expression.ElementAccess el -> {
                target = new OperandsNode(new JSNode[]{expression(el.object()), expression(el.index())}, resumeSlot(el));
                optionalBase = el.optional();
            }
            case Expression.SuperMember sm -> {
                mode = CallNode.Mode.SUPER;
                name = sm.name();
                target = new OperandsNode(sm.computed() == null ? new JSNode[]{thisNode()}
                        : new JSNode[]{thisNode(), expression(sm.computed())}, resumeSlot(sm));
            }
            case Expression.PrivateMember pm -> {
                mode = CallNode.Mode.PRIVATE;
                optionalBase = pm.optional();
                target = new OperandsNode(new JSNode[]{expression(pm.object()), privateName(pm, pm.name(), pm.span())},
                        resumeSlot(pm));
            }
            default -> {
                mode = CallNode.Mode.PLAIN;
                target = new OperandsNode(new JSNode[]{expression(callee)}, resumeSlot(callee));
            }
        }
        return optionalBoundary(new CallNode(target, mode, name, arguments, spread, optionalBase, optionalCall,
                CallPrinter.print(callee), resumeSlot(call)).at(callPosition(callee, call)), optionalCall || optionalBase);
    }

    /** {@code left op right}; an operand that may suspend needs the resumable form that keeps the left value. */
    private static JSNode binary(String operator, JSNode left, JSNode right, int resumeSlot) {
        return resumeSlot < 0 ? operation(operator, left, right)
                : new BinaryNode(left, right, operation(operator, null, null), resumeSlot);
    }

    /** The operator's node; without operands (null) it serves compound assignments' executeEvaluated. */
    private static BinaryOperation operation(String operator, JSNode left, JSNode right) {
        return switch (operator) {
            case "+" -> AddOperationNodeGen.create(left, right);
            case "-" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.SUBTRACT, left, right);
            case "*" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.MULTIPLY, left, right);
            case "/" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.DIVIDE, left, right);
            case "%" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.REMAINDER, left, right);
            case "**" -> ArithmeticOperationNodeGen.create(ArithmeticOperation.Kind.EXPONENT, left, right);
            case "<" -> CompareOperationNodeGen.create(CompareOperation.Kind.LT, left, right);
            case ">" -> CompareOperationNodeGen.create(CompareOperation.Kind.GT, left, right);
            case "<=" -> CompareOperationNodeGen.create(CompareOperation.Kind.LE, left, right);
            case ">=" -> CompareOperationNodeGen.create(CompareOperation.Kind.GE, left, right);
            default -> SimpleOperationNodeGen.create(operator, left, right);
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
        if (n instanceof Expression.Await || n instanceof Expression.Yield
                || n instanceof Statement.ForOf f && f.isAwait()) {
            return true;
        }
        if (n instanceof Statement.Return r && r.argument() != null && fc.info.isAsync() && fc.info.isGenerator()) {
            return true; // return awaits its operand in an async generator
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

    /**
     * Where V8 places a call for its errors and stack frames: at the property name of a member call, at the
     * name of a plain call, and at the "(" after any other callee (at the template of a tagged one).
     */
    private SourceSection callPosition(Expression callee, Node call) {
        if (call instanceof Expression.TaggedTemplate) {
            return punctuatorAfter(callee, call);
        }
        return switch (callee) {
            case Expression.PropertyAccess p -> nameSection(p);
            case Expression.Identifier id -> section(call.span());
            case Expression.SuperMember sm -> section(call.span());
            default -> punctuatorAfter(callee, call);
        };
    }

    /** The name in {@code o.name}, where V8 reports a failed property read. */
    private SourceSection nameSection(Expression.PropertyAccess p) {
        int start = p.span().endOffset() - p.name().length();
        CharSequence chars = source.getCharacters();
        if (start < 0 || p.span().endOffset() > chars.length()
                || !chars.subSequence(start, p.span().endOffset()).toString().equals(p.name())) {
            return section(p.span()); // written with escapes: keep the whole access
        }
        return source.createSection(start, p.name().length());
    }

    /**
     * The token that follows {@code before} inside {@code whole} ("[" of an element access, "(" of a call),
     * past closing parentheses and "?.": where V8 reports errors of keyed reads and of calls of computed callees.
     */
    private SourceSection punctuatorAfter(Expression before, Node whole) {
        CharSequence chars = source.getCharacters();
        int i = before.span().endOffset();
        int end = Math.min(whole.span().endOffset(), chars.length());
        while (i < end && (Character.isWhitespace(chars.charAt(i)) || ")?.".indexOf(chars.charAt(i)) >= 0)) {
            i++;
        }
        return i < end && before.span().line() > 0 ? source.createSection(i, 1) : section(whole.span());
    }

    /** {@code node} with the source section of {@code e} when it has none of its own. */
    private JSNode located(JSNode node, Expression e) {
        return node.getSourceSection() == null ? node.at(section(e.span())) : node;
    }

    private String text(SourceSpan span) {
        CharSequence chars = source.getCharacters();
        int start = Math.max(0, Math.min(span.startOffset(), chars.length()));
        int end = Math.max(start, Math.min(span.endOffset(), chars.length()));
        return chars.subSequence(start, end).toString();
    }
}
