package org.minijs.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.minijs.ast.Expression;
import org.minijs.ast.SourceSpan;
import org.minijs.parser.grammar.JavaScriptParser.TemplateLiteralContext;
import org.minijs.parser.grammar.JavaScriptParser.TemplatePartContext;

/**
 * Template literals, plain and tagged. The raw text of each piece is the source between the backtick / '}' and
 * the next '${' / backtick, with CRLF and CR normalized to LF; the cooked text resolves escapes. An invalid
 * escape is a SyntaxError in a plain template, and a null cooked entry in a tagged one.
 */
final class Templates {
    private final AstBuilder b;

    Templates(AstBuilder b) {
        this.b = b;
    }

    /** The source pieces between substitutions (not yet normalized), where each starts, and the substitutions. */
    private record Pieces(List<String> text, List<Integer> starts, List<Expression> expressions) {
    }

    private Pieces pieces(TemplateLiteralContext ctx) {
        List<String> text = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Expression> exprs = new ArrayList<>();
        int pieceStart = ctx.start.getStopIndex() + 1;
        for (TemplatePartContext p : ctx.templatePart()) {
            if (p.expression() != null) {
                text.add(b.source.substring(pieceStart, p.start.getStartIndex()));
                starts.add(pieceStart);
                exprs.add(b.expressions.expression(p.expression()));
                pieceStart = p.stop.getStopIndex() + 1;
            }
        }
        text.add(b.source.substring(pieceStart, ctx.stop.getStartIndex()));
        starts.add(pieceStart);
        return new Pieces(text, starts, exprs);
    }

    Expression.TemplateLiteral literal(TemplateLiteralContext ctx) {
        Pieces p = pieces(ctx);
        List<String> quasis = new ArrayList<>(p.text().size());
        for (int i = 0; i < p.text().size(); i++) {
            try {
                quasis.add(Literals.cook(p.text().get(i), Literals.EscapeMode.TEMPLATE));
            } catch (Literals.LiteralError e) {
                throw new AstBuilder.EarlyError(e.getMessage(), p.starts().get(i) + e.index);
            }
        }
        return new Expression.TemplateLiteral(List.copyOf(quasis), List.copyOf(p.expressions()), b.span(ctx));
    }

    Expression.TaggedTemplate tagged(Expression tag, TemplateLiteralContext ctx, SourceSpan span) {
        Pieces p = pieces(ctx);
        List<String> cooked = new ArrayList<>(p.text().size());
        List<String> raw = new ArrayList<>(p.text().size());
        for (String piece : p.text()) {
            String c;
            try {
                c = Literals.cook(piece, Literals.EscapeMode.TEMPLATE);
            } catch (Literals.LiteralError e) {
                c = null; // tagged templates may hold any escape; the tag sees undefined as the cooked string
            }
            cooked.add(c);
            raw.add(normalizeLineTerminators(piece));
        }
        return new Expression.TaggedTemplate(tag, Collections.unmodifiableList(cooked), List.copyOf(raw),
                List.copyOf(p.expressions()), span);
    }

    private static String normalizeLineTerminators(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
