package org.minijs.parser.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;

/**
 * Helpers behind {@code JavaScriptParser}.
 * <ul>
 *   <li>Statement-start retyping: a statement never starts with an expression beginning with '{', 'function',
 *       'async function' or 'class'. At the start of each statement the parser retypes such a '{' to
 *       {@link JavaScriptLexer#BlockOpenBrace}, such a 'function' to {@link JavaScriptLexer#FunctionDecl} and
 *       such a 'class' to {@link JavaScriptLexer#ClassDecl}, so block vs object literal and declaration vs
 *       expression are LL(1) instead of needing lookahead over a whole body. An arrow function's '{' body is
 *       retyped the same way, and so is what follows 'export default'.</li>
 *   <li>A stack of enclosing functions' async / generator flags for the {@code await} and {@code yield}
 *       predicates; at the top level of a module {@code await} is an operator.</li>
 *   <li>Telling the lexer which '}' ends a statement, so that a following '/' starts a regular expression.</li>
 * </ul>
 * Retyping changes the token stream, so a second parse of the same source must start from a fresh lexer.
 */
public abstract class JavaScriptParserBase extends Parser {
    private static final int ASYNC = 1;
    private static final int GENERATOR = 2;

    private int[] flagStack = new int[16];
    private int depth;
    private boolean module;

    protected JavaScriptParserBase(TokenStream input) {
        super(input);
        // The lexer asks whether 'yield' is an operator where it is (restricted production, regex after it).
        if (input.getTokenSource() instanceof JavaScriptLexerBase lexer) {
            lexer.setYieldIsOperator(this::inGenerator);
        }
    }

    /** Parse as a module: top-level {@code await} is an await expression. */
    public void setModule(boolean module) {
        this.module = module;
    }

    protected void markStatementStart() {
        Token t = _input.LT(1);
        int type = t.getType();
        if (type == JavaScriptLexer.OpenBrace) {
            ((WritableToken) t).setType(JavaScriptLexer.BlockOpenBrace);
        } else {
            markDeclarationStart(t);
        }
    }

    /** After 'export default', 'function' / 'async function' / 'class' start a declaration. */
    protected void markExportDefault() {
        markDeclarationStart(_input.LT(1));
    }

    private void markDeclarationStart(Token t) {
        int type = t.getType();
        if (type == JavaScriptLexer.Function) {
            ((WritableToken) t).setType(JavaScriptLexer.FunctionDecl);
        } else if (type == JavaScriptLexer.Class) {
            ((WritableToken) t).setType(JavaScriptLexer.ClassDecl);
        } else if (type == JavaScriptLexer.Async) {
            Token next = _input.LT(2);
            if (next.getType() == JavaScriptLexer.Function) {
                ((WritableToken) next).setType(JavaScriptLexer.FunctionDecl);
            }
        }
    }

    protected void markArrowBody() {
        Token t = _input.LT(1);
        if (t.getType() == JavaScriptLexer.OpenBrace) {
            ((WritableToken) t).setType(JavaScriptLexer.BlockOpenBrace);
        }
    }

    /** The next token is the '}' of a block statement (or an arrow's block body). */
    protected void blockEnd() {
        if (_input.getTokenSource() instanceof JavaScriptLexerBase lexer) {
            lexer.braceClosedStatement(_input.LT(1));
        }
    }

    /** The next token closes a function body: it ends a statement when the function is a declaration. */
    protected void functionBodyEnd() {
        if (_ctx.getParent() instanceof JavaScriptParser.FunctionDeclarationContext) {
            blockEnd();
        }
    }

    /** The next token closes a class body: it ends a statement when the class is a declaration. */
    protected void classBodyEnd() {
        if (_ctx.getParent() instanceof JavaScriptParser.ClassDeclarationContext) {
            blockEnd();
        }
    }

    protected void enterFunction(boolean isAsync, boolean isGenerator) {
        if (depth == flagStack.length) {
            flagStack = java.util.Arrays.copyOf(flagStack, depth * 2);
        }
        flagStack[depth++] = (isAsync ? ASYNC : 0) | (isGenerator ? GENERATOR : 0);
    }

    protected void exitFunction() {
        if (depth > 0) {
            depth--;
        }
    }

    /** Whether 'await' is an operator here: in an async function, or at the top level of a module. */
    public boolean inAsync() {
        return depth > 0 ? (flagStack[depth - 1] & ASYNC) != 0 : module;
    }

    /** Whether 'yield' is an operator here: directly in a generator function. */
    public boolean inGenerator() {
        return depth > 0 && (flagStack[depth - 1] & GENERATOR) != 0;
    }
}
