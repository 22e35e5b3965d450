package org.minijs.parser.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;

/**
 * State and helpers behind {@code JavaScriptLexer}:
 * <ul>
 *   <li>regex-vs-division: a '/' starts a regular expression unless the previous significant token ends an
 *       expression (identifier, literal, ')', ']', '}', ...). A ')' that closes an {@code if/while/for/with}
 *       header does not end an expression, so {@code if (x) /re/.test(s)} works; and the parser tells the
 *       lexer (through {@link #braceClosedStatement}) when a '}' closes a block, a function declaration or a
 *       class declaration, so {@code {}\n/re/.test(s)} works too;</li>
 *   <li>template literals: a stack of brace depths, one per open {@code ${}, so that only the matching '}'
 *       closes a substitution (nested templates inside substitutions work);</li>
 *   <li>ASI: the virtual {@link JavaScriptLexer#NL} token (see the grammar header);</li>
 *   <li>restricted productions: after {@code return/break/continue/throw} (and {@code yield} inside generators)
 *       a line break always yields NL; a
 *       line break before {@code ++/--} makes them prefix (NL is inserted before them); {@code async} followed
 *       by a line break is lexed as a plain identifier.</li>
 * </ul>
 * Lexical errors are thrown as {@link LexicalError}.
 */
public abstract class JavaScriptLexerBase extends Lexer {

    /** A lexical error: message in JavaScript words and the character offset it points at. */
    public static final class LexicalError extends RuntimeException {
        public final int offset;

        public LexicalError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final int MAX_TYPE = 256;
    /** Tokens after which a '/' is a division and a line break may end a statement. */
    private static final boolean[] ENDS_EXPRESSION = new boolean[MAX_TYPE];
    /** Tokens that cannot continue an expression: a line break before them ends the previous statement. */
    private static final boolean[] STARTS_STATEMENT = new boolean[MAX_TYPE];
    /** Keyword tokens (become plain names after '.' or '?.'). */
    private static final boolean[] KEYWORD = new boolean[MAX_TYPE];

    static {
        int[] endsExpression = {
            JavaScriptLexer.Identifier, JavaScriptLexer.Async, JavaScriptLexer.Yield, JavaScriptLexer.Static,
            JavaScriptLexer.Get, JavaScriptLexer.Set, JavaScriptLexer.Of,
            JavaScriptLexer.NumericLiteral, JavaScriptLexer.StringLiteral, JavaScriptLexer.RegularExpressionLiteral,
            JavaScriptLexer.NullLiteral, JavaScriptLexer.True, JavaScriptLexer.False, JavaScriptLexer.This,
            JavaScriptLexer.Super, JavaScriptLexer.PrivateName, JavaScriptLexer.TemplateEnd, JavaScriptLexer.CloseParen,
            JavaScriptLexer.CloseBracket, JavaScriptLexer.CloseBrace,
        };
        for (int t : endsExpression) {
            ENDS_EXPRESSION[t] = true;
        }
        int[] keywords = {
            JavaScriptLexer.Break, JavaScriptLexer.Do, JavaScriptLexer.Instanceof, JavaScriptLexer.Typeof,
            JavaScriptLexer.Case, JavaScriptLexer.Else, JavaScriptLexer.New, JavaScriptLexer.Var,
            JavaScriptLexer.Catch, JavaScriptLexer.Finally, JavaScriptLexer.Return, JavaScriptLexer.Void,
            JavaScriptLexer.Continue, JavaScriptLexer.For, JavaScriptLexer.Switch, JavaScriptLexer.While,
            JavaScriptLexer.Debugger, JavaScriptLexer.Function, JavaScriptLexer.This, JavaScriptLexer.With,
            JavaScriptLexer.Default, JavaScriptLexer.If, JavaScriptLexer.Throw, JavaScriptLexer.Delete,
            JavaScriptLexer.In, JavaScriptLexer.Try, JavaScriptLexer.Class, JavaScriptLexer.Enum,
            JavaScriptLexer.Extends, JavaScriptLexer.Super, JavaScriptLexer.Const, JavaScriptLexer.Export,
            JavaScriptLexer.Import, JavaScriptLexer.NullLiteral, JavaScriptLexer.True, JavaScriptLexer.False,
            JavaScriptLexer.Async, JavaScriptLexer.Await, JavaScriptLexer.Yield, JavaScriptLexer.Let,
            JavaScriptLexer.Static, JavaScriptLexer.Get, JavaScriptLexer.Set, JavaScriptLexer.Of,
        };
        for (int t : keywords) {
            KEYWORD[t] = true;
            STARTS_STATEMENT[t] = true;
        }
        // Keywords that continue a statement after a line break.
        STARTS_STATEMENT[JavaScriptLexer.In] = false;
        STARTS_STATEMENT[JavaScriptLexer.Instanceof] = false;
        STARTS_STATEMENT[JavaScriptLexer.Catch] = false;
        STARTS_STATEMENT[JavaScriptLexer.Finally] = false;
        int[] startsStatement = {
            JavaScriptLexer.Identifier, JavaScriptLexer.NumericLiteral, JavaScriptLexer.StringLiteral,
            JavaScriptLexer.RegularExpressionLiteral, JavaScriptLexer.OpenBrace, JavaScriptLexer.Not,
            JavaScriptLexer.BitNot, JavaScriptLexer.PlusPlus, JavaScriptLexer.MinusMinus,
            JavaScriptLexer.PrivateName,
        };
        for (int t : startsStatement) {
            STARTS_STATEMENT[t] = true;
        }
    }

    // Previous significant token (NL excluded).
    private boolean lastEndsExpression;
    private boolean lastEndsStatement;
    private boolean lastRestricted;   // return/break/continue: a line break always ends the statement
    private boolean lastThrow;        // throw: a line break right after it is an error (reported by the parser)
    private boolean lastIsDot;        // '.' or '?.': the next keyword is a property name
    private boolean lastIsName;       // the previous token was a keyword used as a property name
    private int lastType = Token.INVALID_TYPE;
    private int lastStopIndex = -1;

    private boolean sawLineTerminator;
    private Token pending;

    // Template substitution brace depths.
    private int[] braceDepth = new int[8];
    private int braceTop = -1;
    // For each open '(' whether it starts an if/while/for/with/switch/catch header.
    private boolean[] parenIsHeader = new boolean[32];
    private int parenTop = -1;
    private boolean closedHeaderParen;

    /** Whether 'yield' is an operator where the lexer now is: asked of the parser (inside a generator). */
    private java.util.function.BooleanSupplier yieldIsOperator = () -> false;

    protected JavaScriptLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Lets the parser say whether 'yield' is an operator at the point being lexed. The lexer runs only as far
     * ahead of the parser as prediction needs, which is not past a function boundary in practice, so the
     * parser's answer holds for the token being lexed. An operator 'yield' is a restricted production (a line
     * break after it ends the expression) and may be followed by a regular expression.
     */
    public void setYieldIsOperator(java.util.function.BooleanSupplier yieldIsOperator) {
        this.yieldIsOperator = yieldIsOperator;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        sawLineTerminator = false;
        closedHeaderParen = false;
        Token t = super.nextToken();
        int type = t.getType();
        boolean newlineBefore = sawLineTerminator;

        if (type == JavaScriptLexer.NumericLiteral) {
            checkAfterNumber();
        } else if ((type == JavaScriptLexer.Divide || type == JavaScriptLexer.DivideAssign) && isRegexAllowed()) {
            boolean comment = type == JavaScriptLexer.Divide && _input.LA(1) == '*';
            throw new LexicalError(comment ? "Invalid or unexpected token" : "Invalid regular expression: missing /",
                    t.getStartIndex());
        }

        boolean insertNL = false;
        if (type == Token.EOF || type == JavaScriptLexer.CloseBrace) {
            insertNL = lastEndsStatement || lastType == JavaScriptLexer.Let;
        } else if (lastEndsStatement) {
            if (newlineBefore) {
                insertNL = lastRestricted ? type != JavaScriptLexer.SemiColon : startsStatement(type);
            }
        } else if (lastThrow && newlineBefore) {
            insertNL = true;
        }

        // Classify t as the new previous token.
        boolean keywordAsName = lastIsDot && type >= 0 && type < MAX_TYPE && KEYWORD[type];
        boolean endsExpression;
        boolean endsStatement;
        if (keywordAsName) {
            endsExpression = true;
            endsStatement = true;
        } else if (type == JavaScriptLexer.PlusPlus || type == JavaScriptLexer.MinusMinus) {
            endsExpression = true;
            // Postfix only when it directly follows an operand ('let' included: let++) on the same line.
            endsStatement = (lastEndsExpression || lastType == JavaScriptLexer.Let) && !newlineBefore;
        } else if (type == JavaScriptLexer.CloseParen && closedHeaderParen) {
            endsExpression = false;
            endsStatement = false;
        } else if (type >= 0 && type < MAX_TYPE) {
            endsExpression = ENDS_EXPRESSION[type];
            endsStatement = endsExpression;
        } else {
            endsExpression = false;
            endsStatement = false;
        }
        boolean yieldOperator = !keywordAsName && type == JavaScriptLexer.Yield && yieldIsOperator.getAsBoolean();
        if (yieldOperator) {
            endsExpression = false; // yield /re/
        }
        boolean restricted = !keywordAsName && (type == JavaScriptLexer.Return || type == JavaScriptLexer.Break
                || type == JavaScriptLexer.Continue) || yieldOperator;
        if (restricted || (!keywordAsName && (type == JavaScriptLexer.Debugger || type == JavaScriptLexer.Await))) {
            // 'await' may be an identifier (outside async functions); inside them the parser accepts the NL
            // between 'await' and its operand.
            endsStatement = true;
        }
        int previousStop = lastStopIndex;
        lastEndsExpression = endsExpression;
        lastEndsStatement = endsStatement;
        lastRestricted = restricted;
        lastThrow = !keywordAsName && type == JavaScriptLexer.Throw;
        lastIsDot = type == JavaScriptLexer.Dot || type == JavaScriptLexer.QuestionDot;
        lastIsName = keywordAsName;
        lastType = type;
        lastStopIndex = t.getStopIndex();

        if (insertNL) {
            pending = t;
            return makeNL(previousStop);
        }
        return t;
    }

    /**
     * Called by the parser just before it matches a '}' that ends a statement (block, declaration body): a
     * '/' after it starts a regular expression. Has no effect when the lexer already read past that '}'
     * (only possible when some prediction looked further ahead, which the grammar avoids at these points).
     */
    public void braceClosedStatement(Token closeBrace) {
        if (closeBrace.getType() == JavaScriptLexer.CloseBrace && closeBrace.getStopIndex() == lastStopIndex) {
            lastEndsExpression = false;
        }
    }

    private Token makeNL(int previousStop) {
        CommonToken nl = new CommonToken(_tokenFactorySourcePair, JavaScriptLexer.NL, Token.DEFAULT_CHANNEL,
                previousStop + 1, previousStop);
        nl.setText("");
        return nl;
    }

    private static boolean startsStatement(int type) {
        return type >= 0 && type < MAX_TYPE && STARTS_STATEMENT[type];
    }

    /** True when a '/' here starts a regular expression literal. */
    protected boolean isRegexAllowed() {
        return !lastEndsExpression;
    }

    protected boolean atInputStart() {
        return _tokenStartCharIndex == 0;
    }

    protected boolean notFollowedByDigit() {
        int c = _input.LA(1);
        return c < '0' || c > '9';
    }

    protected void onLineTerminator() {
        sawLineTerminator = true;
    }

    protected void onMultiLineComment() {
        if (!sawLineTerminator) {
            String text = getText();
            for (int i = 0; i < text.length(); i++) {
                if (isLineTerminator(text.charAt(i))) {
                    sawLineTerminator = true;
                    break;
                }
            }
        }
    }

    protected void onOpenBrace() {
        if (braceTop >= 0) {
            braceDepth[braceTop]++;
        }
    }

    protected void onCloseBrace() {
        if (braceTop >= 0) {
            if (braceDepth[braceTop] == 0) {
                braceTop--;
                setType(JavaScriptLexer.TemplateSubstEnd);
                popMode();
            } else {
                braceDepth[braceTop]--;
            }
        }
    }

    protected void onOpenParen() {
        if (++parenTop == parenIsHeader.length) {
            parenIsHeader = java.util.Arrays.copyOf(parenIsHeader, parenTop * 2);
        }
        parenIsHeader[parenTop] = lastType == JavaScriptLexer.If || lastType == JavaScriptLexer.While
                || lastType == JavaScriptLexer.For || lastType == JavaScriptLexer.With
                || lastType == JavaScriptLexer.Switch || lastType == JavaScriptLexer.Catch;
        if (lastIsName) {
            parenIsHeader[parenTop] = false;
        }
    }

    protected void onCloseParen() {
        if (parenTop >= 0) {
            closedHeaderParen = parenIsHeader[parenTop--];
        }
    }

    protected void onTemplateSubstStart() {
        if (++braceTop == braceDepth.length) {
            braceDepth = java.util.Arrays.copyOf(braceDepth, braceTop * 2);
        }
        braceDepth[braceTop] = 0;
    }

    /** {@code async} followed by a line break can start neither an async function nor an async arrow. */
    protected void onAsync() {
        if (lineTerminatorAhead()) {
            setType(JavaScriptLexer.Identifier);
        }
    }

    /** Whether a line terminator comes before the next token (skipping blanks and comments). */
    private boolean lineTerminatorAhead() {
        CharStream in = _input;
        int i = 1;
        while (true) {
            int c = in.LA(i);
            if (c == CharStream.EOF) {
                return false;
            }
            if (isLineTerminator(c)) {
                return true;
            }
            if (c == '/' && in.LA(i + 1) == '/') {
                return true; // a single-line comment always ends with a line terminator or EOF
            }
            if (c == '/' && in.LA(i + 1) == '*') {
                i += 2;
                while (true) {
                    int d = in.LA(i);
                    if (d == CharStream.EOF) {
                        return false;
                    }
                    if (isLineTerminator(d)) {
                        return true;
                    }
                    if (d == '*' && in.LA(i + 1) == '/') {
                        i += 2;
                        break;
                    }
                    i++;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0xFEFF
                    || Character.getType(c) == Character.SPACE_SEPARATOR) {
                i++;
                continue;
            }
            return false;
        }
    }

    /** A numeric literal must not be directly followed by an identifier start or a digit. */
    private void checkAfterNumber() {
        int c = _input.LA(1);
        if (c == '_') {
            boolean twice = _input.LA(2) == '_';
            throw new LexicalError(twice ? "Only one underscore is allowed as numeric separator"
                    : "Numeric separators are not allowed at the end of numeric literals", _input.index());
        }
        if (c != CharStream.EOF && (Character.isUnicodeIdentifierStart(c) || c == '$' || c == '\\'
                || (c >= '0' && c <= '9'))) {
            throw new LexicalError("Invalid or unexpected token", _tokenStartCharIndex);
        }
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        throw new LexicalError("Invalid or unexpected token", _tokenStartCharIndex);
    }

    @Override
    public void recover(LexerNoViableAltException e) {
        throw new LexicalError("Invalid or unexpected token", _tokenStartCharIndex);
    }
}
