package org.minijs.parser;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.minijs.ast.Module;
import org.minijs.ast.Program;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptLexerBase;
import org.minijs.parser.grammar.JavaScriptParser;

/**
 * Entry point of the parser module: JavaScript source text in, {@link Program} out, or a {@link SyntaxError}
 * worded the way node / V8 words it.
 *
 * <p>Parsing uses ANTLR's two-stage strategy: SLL prediction with a bail-out error strategy first (fast, and
 * enough for virtually all valid programs), then, only if that fails, a second parse with full LL prediction
 * which either succeeds or yields the error to report.
 */
public final class JsParser {
    private JsParser() {
    }

    /** Parses a script ({@code .js}). */
    public static Program parse(String source, String fileName) {
        return new Parse(source, fileName, false).program;
    }

    /** Parses a module ({@code .mjs}): strict code, import/export declarations, top-level await. */
    public static Module parseModule(String source, String fileName) {
        Parse p = new Parse(source, fileName, true);
        return new Module(p.program, p.builder.modules.declarations(), p.program.span());
    }

    /** One parse of a script or module: the program and the builder that made it (which holds module items). */
    private static final class Parse {
        final AstBuilder builder;
        final Program program;

        Parse(String source, String fileName, boolean module) {
            LineMap lines = new LineMap(source);
            builder = new AstBuilder(source, fileName, lines, module);
            program = build(source, fileName, module, lines, builder);
        }
    }

    private static Program build(String source, String fileName, boolean module, LineMap lines, AstBuilder builder) {
        try {
            ParseResult r = parseTree(source, fileName, module, PredictionMode.SLL);
            if (r.error != null) {
                r = parseTree(source, fileName, module, PredictionMode.LL);
                if (r.error != null) {
                    throw toSyntaxError(r.error, r.parser, r.tokens, source, fileName, lines);
                }
            }
            return builder.build(r.tree);
        } catch (JavaScriptLexerBase.LexicalError e) {
            throw error(e.getMessage(), e.offset, source, fileName, lines);
        } catch (AstBuilder.EarlyError e) {
            throw error(e.getMessage(), e.offset, source, fileName, lines);
        } catch (StackOverflowError e) {
            // Pathologically deep nesting; V8 reports a RangeError here, a SyntaxError is the closest we have.
            throw error("Maximum call stack size exceeded", 0, source, fileName, lines);
        }
    }

    private record ParseResult(JavaScriptParser.ProgramContext tree, RecognitionException error,
                               JavaScriptParser parser, CommonTokenStream tokens) {
    }

    private static ParseResult parseTree(String source, String fileName, boolean module, PredictionMode mode) {
        JavaScriptLexer lexer = new JavaScriptLexer(new Utf16CharStream(source, fileName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        JavaScriptParser parser = new JavaScriptParser(tokens);
        parser.removeErrorListeners();
        parser.setModule(module);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        try {
            return new ParseResult(parser.program(), null, parser, tokens);
        } catch (ParseCancellationException e) {
            RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
            if (re == null) {
                re = new NoViableAltException(parser);
            }
            return new ParseResult(null, re, parser, tokens);
        }
    }

    static SyntaxError error(String message, int offset, String source, String fileName, LineMap lines) {
        int line = lines.line(offset);
        return new SyntaxError(message, fileName, line, lines.column(offset), lines.lineText(line));
    }

    // ---- turning ANTLR's recognition errors into JavaScript messages -------------------------------------

    private static SyntaxError toSyntaxError(RecognitionException e, JavaScriptParser parser,
                                             CommonTokenStream tokens, String source, String fileName,
                                             LineMap lines) {
        Token off = e.getOffendingToken();
        if (off == null) {
            off = parser.getCurrentToken();
        }
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext p ? p : parser.getContext();
        Token previous = previousToken(tokens, off);

        if (off.getType() == JavaScriptLexer.NL) {
            if (previous != null && previous.getType() == JavaScriptLexer.Throw) {
                return error("Illegal newline after throw", previous.getStartIndex(), source, fileName, lines);
            }
            off = tokenAfter(tokens, off);
        }
        String message = null;
        boolean awaitAsOperator = off.getType() == JavaScriptLexer.Await && !endsOperand(previous);
        boolean afterAwait = previous != null && previous.getType() == JavaScriptLexer.Await && !continuesAwait(off);
        if (!parser.inAsync() && (awaitAsOperator || afterAwait)) {
            Token at = off.getType() == JavaScriptLexer.Await ? off : previous;
            return error("await is only valid in async functions and the top level bodies of modules",
                    at.getStartIndex(), source, fileName, lines);
        }
        if (ctx instanceof JavaScriptParser.ArgumentsContext && previous != null
                && previous.getType() != JavaScriptLexer.OpenParen && previous.getType() != JavaScriptLexer.Comma) {
            message = "missing ) after argument list";
        } else if (ctx instanceof JavaScriptParser.TemplatePartContext && off.getType() != Token.EOF) {
            message = "Missing } in template expression";
        }
        if (message == null) {
            message = unexpected(off);
        }
        int offset = off.getType() == Token.EOF ? source.length() : off.getStartIndex();
        return error(message, offset, source, fileName, lines);
    }

    private static Token tokenAfter(CommonTokenStream tokens, Token t) {
        int i = t.getTokenIndex() + 1;
        try {
            tokens.seek(i);
        } catch (JavaScriptLexerBase.LexicalError ignored) {
            // the next token is itself invalid; report at the virtual token's position
        }
        return i < tokens.size() ? tokens.get(i) : t;
    }

    /** Whether t ends an operand, so that a following 'await' cannot start an await expression. */
    private static boolean endsOperand(Token t) {
        if (t == null) {
            return false;
        }
        return switch (t.getType()) {
            case JavaScriptLexer.Identifier, JavaScriptLexer.NumericLiteral, JavaScriptLexer.StringLiteral,
                 JavaScriptLexer.NullLiteral, JavaScriptLexer.True, JavaScriptLexer.False, JavaScriptLexer.This,
                 JavaScriptLexer.CloseParen, JavaScriptLexer.CloseBracket, JavaScriptLexer.TemplateEnd,
                 JavaScriptLexer.RegularExpressionLiteral -> true;
            default -> false;
        };
    }

    private static boolean continuesAwait(Token t) {
        int type = t.getType();
        return type == Token.EOF || type == JavaScriptLexer.SemiColon || type == JavaScriptLexer.NL
                || type == JavaScriptLexer.CloseBrace || type == JavaScriptLexer.CloseParen
                || type == JavaScriptLexer.CloseBracket || type == JavaScriptLexer.Comma;
    }

    /** The significant token before {@code t} (virtual NL tokens skipped), or null. */
    private static Token previousToken(CommonTokenStream tokens, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            if (p.getType() != JavaScriptLexer.NL) {
                return p;
            }
        }
        return null;
    }

    static String unexpected(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            return "Unexpected end of input";
        }
        String text = t.getText();
        switch (type) {
            case JavaScriptLexer.Identifier:
                return "Unexpected identifier '" + safeIdentifier(text) + "'";
            case JavaScriptLexer.Let:
            case JavaScriptLexer.Yield:
            case JavaScriptLexer.Of:
            case JavaScriptLexer.Static:
                return "Unexpected identifier '" + text + "'";
            case JavaScriptLexer.Await:
                return "Unexpected reserved word";
            case JavaScriptLexer.NumericLiteral:
                return "Unexpected number";
            case JavaScriptLexer.StringLiteral:
                return "Unexpected string";
            case JavaScriptLexer.TemplateStart:
                return "Unexpected template string";
            case JavaScriptLexer.RegularExpressionLiteral:
                return "Unexpected regular expression";
            case JavaScriptLexer.TemplateSubstEnd:
                return "Unexpected token '}'";
            default:
                return "Unexpected token '" + text + "'";
        }
    }

    private static String safeIdentifier(String text) {
        try {
            return Literals.identifier(text);
        } catch (Literals.LiteralError e) {
            return text;
        }
    }
}
