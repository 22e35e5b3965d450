/*
 * Lexer for the minijs JavaScript subset (ES2020-style scripts and modules).
 *
 * Automatic Semicolon Insertion is prepared here rather than in the parser: JavaScriptLexerBase inserts a
 * virtual NL token wherever a statement may end without a ';' (a line break after a token that can end a
 * statement, followed by a token that cannot continue an expression; and before '}' and EOF). The parser
 * accepts NL as a statement terminator and in the few places where a line break may legally sit between
 * a token that ends an expression and one that cannot continue it. That keeps the parser grammar free of
 * ASI ambiguity and of ASI predicates, so SLL prediction stays LL(1)-like almost everywhere. (The only
 * semantic predicate left is the parser's {inAsync()}? on 'await' expressions.)
 *
 * Regex vs division is chosen from the previous significant token (isRegexAllowed), template literals use
 * a mode plus a brace-depth stack so that '}' closes a substitution only at depth 0.
 */
lexer grammar JavaScriptLexer;

options { superClass = JavaScriptLexerBase; }

tokens {
    NL,                 // virtual statement terminator inserted by JavaScriptLexerBase
    BlockOpenBrace,     // '{' that starts a block statement or an arrow block body (retyped by the parser)
    FunctionDecl,       // 'function' that starts a declaration (retyped by the parser)
    ClassDecl,          // 'class' that starts a declaration (retyped by the parser)
    TemplateSubstEnd    // '}' that closes a ${ substitution
}

HashBangLine        : '#!' {this.atInputStart()}? ~[\r\n\u2028\u2029]* -> skip;
MultiLineComment    : '/*' .*? '*/' {this.onMultiLineComment();} -> skip;
SingleLineComment   : '//' ~[\r\n\u2028\u2029]* -> skip;
LineTerminator      : [\r\n\u2028\u2029]+ {this.onLineTerminator();} -> skip;
WhiteSpaces         : [\t\u000B\u000C\u0020\u00A0\uFEFF\p{Zs}]+ -> skip;

RegularExpressionLiteral
    : '/' {this.isRegexAllowed()}? RegexFirstChar RegexChar* '/' RegexFlag*
    ;

OpenBracket         : '[';
CloseBracket        : ']';
OpenParen           : '(' {this.onOpenParen();};
CloseParen          : ')' {this.onCloseParen();};
OpenBrace           : '{' {this.onOpenBrace();};
CloseBrace          : '}' {this.onCloseBrace();};
SemiColon           : ';';
Comma               : ',';
Assign              : '=';
QuestionMark        : '?';
QuestionDot         : '?.' {this.notFollowedByDigit()}?;
Colon               : ':';
Ellipsis            : '...';
Dot                 : '.';
PlusPlus            : '++';
MinusMinus          : '--';
Plus                : '+';
Minus               : '-';
BitNot              : '~';
Not                 : '!';
Multiply            : '*';
Divide              : '/';
Modulus             : '%';
Power               : '**';
NullCoalesce        : '??';
RightShiftArithmetic: '>>';
LeftShiftArithmetic : '<<';
RightShiftLogical   : '>>>';
LessThan            : '<';
MoreThan            : '>';
LessThanEquals      : '<=';
GreaterThanEquals   : '>=';
Equals_             : '==';
NotEquals           : '!=';
IdentityEquals      : '===';
IdentityNotEquals   : '!==';
BitAnd              : '&';
BitXOr              : '^';
BitOr               : '|';
And                 : '&&';
Or                  : '||';
MultiplyAssign      : '*=';
DivideAssign        : '/=';
ModulusAssign       : '%=';
PlusAssign          : '+=';
MinusAssign         : '-=';
LeftShiftArithmeticAssign  : '<<=';
RightShiftArithmeticAssign : '>>=';
RightShiftLogicalAssign    : '>>>=';
BitAndAssign        : '&=';
BitXorAssign        : '^=';
BitOrAssign         : '|=';
PowerAssign         : '**=';
AndAssign           : '&&=';
OrAssign            : '||=';
NullishAssign       : '??=';
Arrow               : '=>';

NullLiteral         : 'null';
True                : 'true';
False               : 'false';

NumericLiteral
    : DecimalLiteral
    | '0' [xX] HexDigit ('_'? HexDigit)*
    | '0' [oO] [0-7] ('_'? [0-7])*
    | '0' [bB] [01] ('_'? [01])*
    | '0' [0-7]* [89] [0-9]* ('.' [0-9]*)? ExponentPart? // leading-zero decimal (08, 09.5): a decimal
    | '0' [0-7]+                                   // legacy octal (010)
    ;

// Keywords
Break               : 'break';
Do                  : 'do';
Instanceof          : 'instanceof';
Typeof              : 'typeof';
Case                : 'case';
Else                : 'else';
New                 : 'new';
Var                 : 'var';
Catch               : 'catch';
Finally             : 'finally';
Return              : 'return';
Void                : 'void';
Continue            : 'continue';
For                 : 'for';
Switch              : 'switch';
While               : 'while';
Debugger            : 'debugger';
Function            : 'function';
This                : 'this';
With                : 'with';
Default             : 'default';
If                  : 'if';
Throw               : 'throw';
Delete              : 'delete';
In                  : 'in';
Try                 : 'try';
Class               : 'class';
Enum                : 'enum';
Extends             : 'extends';
Super               : 'super';
Const               : 'const';
Export              : 'export';
Import              : 'import';

// Contextual keywords: usable as identifiers where the grammar allows.
Async               : 'async' {this.onAsync();};
Await               : 'await';
Yield               : 'yield';
Let                 : 'let';
Static              : 'static';
Get                 : 'get';
Set                 : 'set';
Of                  : 'of';

Identifier          : IdentifierStart IdentifierPart*;

// '#name' of a private class member (o.#x, #x in o, class element names).
PrivateName         : '#' IdentifierStart IdentifierPart*;

StringLiteral
    : '"' DoubleStringCharacter* '"'
    | '\'' SingleStringCharacter* '\''
    ;

TemplateStart       : '`' -> pushMode(TEMPLATE);

mode TEMPLATE;

TemplateEnd         : '`' -> popMode;
TemplateSubstStart  : '${' {this.onTemplateSubstStart();} -> pushMode(DEFAULT_MODE);
TemplateDollar      : '$';
TemplateChars       : (~[`\\$] | '\\' ('\r\n' | .))+;

// Fragments ------------------------------------------------------------------------------------------

fragment DoubleStringCharacter
    : ~["\\\r\n]
    | '\\' ('\r\n' | .)
    ;

fragment SingleStringCharacter
    : ~['\\\r\n]
    | '\\' ('\r\n' | .)
    ;

fragment HexDigit : [0-9a-fA-F];

fragment DecimalLiteral
    : DecimalIntegerLiteral '.' DecimalDigits? ExponentPart?
    | '.' DecimalDigits ExponentPart?
    | DecimalIntegerLiteral ExponentPart?
    ;

fragment DecimalIntegerLiteral
    : '0'
    | [1-9] ('_'? [0-9])*
    ;

fragment DecimalDigits : [0-9] ('_'? [0-9])*;

fragment ExponentPart : [eE] [+-]? DecimalDigits;

// The char stream is UTF-16 units, so characters outside the BMP arrive as surrogate pairs; any such pair is
// accepted in identifiers (their ID_Start / ID_Continue class is not checked).
fragment IdentifierStart
    : [\p{ID_Start}]
    | [$_]
    | '\\' UnicodeEscape
    | SurrogatePair
    ;

fragment IdentifierPart
    : [\p{ID_Continue}]
    | [$\u200C\u200D]
    | '\\' UnicodeEscape
    | SurrogatePair
    ;

fragment SurrogatePair : [\uD800-\uDBFF] [\uDC00-\uDFFF];

fragment UnicodeEscape
    : 'u' HexDigit HexDigit HexDigit HexDigit
    | 'u{' HexDigit+ '}'
    ;

fragment RegexFirstChar
    : ~[*\r\n\u2028\u2029\\/[]
    | RegexBackslashSequence
    | RegexClass
    ;

fragment RegexChar
    : ~[\r\n\u2028\u2029\\/[]
    | RegexBackslashSequence
    | RegexClass
    ;

fragment RegexClass : '[' RegexClassChar* ']';

fragment RegexClassChar
    : ~[\r\n\u2028\u2029\]\\]
    | RegexBackslashSequence
    ;

fragment RegexBackslashSequence : '\\' ~[\r\n\u2028\u2029];

fragment RegexFlag : [\p{ID_Continue}$];
