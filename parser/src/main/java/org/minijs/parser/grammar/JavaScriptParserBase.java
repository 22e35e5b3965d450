package org.minijs.parser.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;

/**
 * Helpers behind {@code JavaScriptParser}.
 * <ul>
 *   <li>Statement-start retyping: a statement never starts with an expression beginning with '{', 'function'
 *       or 'async function'. At the start of each statement the parser retypes such a '{' to
 *       {@link JavaScriptLexer#BlockOpenBrace} and such a 'function' to {@link JavaScriptLexer#FunctionDecl},
 *       so block vs object literal and declaration vs expression are LL(1) instead of needing lookahead over
 *       a whole body. An arrow function's '{' body is retyped the same way.</li>
 *   <li>A stack of enclosing functions' async-ness for the {@code await} predicate.</li>
 * </ul>
 * Retyping changes the token stream, so a second parse of the same source must start from a fresh lexer.
 */
public abstract class JavaScriptParserBase extends Parser {
    private boolean[] asyncStack = new boolean[16];
    private int depth;

    protected JavaScriptParserBase(TokenStream input) {
        super(input);
    }

    protected void markStatementStart() {
        Token t = _input.LT(1);
        int type = t.getType();
        if (type == JavaScriptLexer.OpenBrace) {
            ((WritableToken) t).setType(JavaScriptLexer.BlockOpenBrace);
        } else if (type == JavaScriptLexer.Function) {
            ((WritableToken) t).setType(JavaScriptLexer.FunctionDecl);
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

    protected void enterFunction(boolean isAsync) {
        if (depth == asyncStack.length) {
            asyncStack = java.util.Arrays.copyOf(asyncStack, depth * 2);
        }
        asyncStack[depth++] = isAsync;
    }

    protected void exitFunction() {
        if (depth > 0) {
            depth--;
        }
    }

    /** Whether the innermost enclosing function (not the top level of a script) is async. */
    public boolean inAsync() {
        return depth > 0 && asyncStack[depth - 1];
    }
}
