/*
 * Parser for the minijs JavaScript slice (ES2020-style scripts).
 *
 * ASI: statements end at ';' or at the virtual NL token that JavaScriptLexerBase inserts where a line break
 * (or a following '}' / EOF) may end a statement; NL is also accepted in the few places where a line break
 * may sit between a token that ends an expression and one that cannot continue it (before a function body,
 * before 'else' / 'while' of do-while, before the '}' of an object literal, between statements).
 *
 * Statement starts: JavaScriptParserBase.markStatementStart retypes '{' and 'function' at the start of a
 * statement (BlockOpenBrace, FunctionDecl), so expression statements never need to look past them.
 *
 * Early errors, operator mapping and target validation are done by org.minijs.parser.AstBuilder.
 */
parser grammar JavaScriptParser;

options {
    tokenVocab = JavaScriptLexer;
    superClass = JavaScriptParserBase;
    contextSuperClass = JsRuleContext;
}

program
    : statementList EOF
    ;

statementList
    : (statement | NL)*
    ;

statement
    : {this.markStatementStart();}
      ( block
      | variableStatement
      | emptyStatement
      | functionDeclaration
      | ifStatement
      | doStatement
      | whileStatement
      | forStatement
      | continueStatement
      | breakStatement
      | returnStatement
      | throwStatement
      | tryStatement
      | debuggerStatement
      | labelledStatement
      | expressionStatement
      )
    ;

// OpenBrace / Function are accepted too so that prediction lookahead over statements that the parser has
// not yet reached (and so not yet retyped) still works.
block
    : (BlockOpenBrace | OpenBrace) statementList CloseBrace
    ;

braceBlock
    : OpenBrace statementList CloseBrace
    ;

variableStatement
    : variableDeclarationList eos
    ;

variableDeclarationList
    : varModifier variableDeclaration (Comma variableDeclaration)*
    ;

varModifier
    : Var
    | Let
    | Const
    ;

variableDeclaration
    : identifier (Assign assignmentExpression)?
    ;

emptyStatement
    : SemiColon
    ;

expressionStatement
    : expression eos
    ;

eos
    : SemiColon
    | NL
    ;

ifStatement
    : If OpenParen expression CloseParen NL? statement (NL? Else statement)?
    ;

doStatement
    : Do statement NL? While OpenParen expression CloseParen (SemiColon | NL)?
    ;

whileStatement
    : While OpenParen expression CloseParen NL? statement
    ;

forStatement
    : For OpenParen forInit? SemiColon forTest=expression? SemiColon forUpdate=expression? CloseParen NL? statement
    ;

forInit
    : variableDeclarationList
    | expression
    ;

continueStatement
    : Continue identifier? eos
    ;

breakStatement
    : Break identifier? eos
    ;

returnStatement
    : Return expression? eos
    ;

throwStatement
    : Throw expression eos
    ;

tryStatement
    : Try braceBlock (catchClause finallyClause? | finallyClause)
    ;

catchClause
    : Catch (OpenParen identifier CloseParen NL?)? braceBlock
    ;

finallyClause
    : Finally braceBlock
    ;

debuggerStatement
    : Debugger eos
    ;

labelledStatement
    : identifier Colon statement
    ;

functionDeclaration
    : isAsync=Async? (FunctionDecl | Function) identifier OpenParen formalParameterList? CloseParen functionBody[$isAsync != null]
    ;

formalParameterList
    : formalParameter (Comma formalParameter)* (Comma restParameter?)?
    | restParameter
    ;

formalParameter
    : identifier (Assign assignmentExpression)?
    ;

restParameter
    : Ellipsis identifier
    ;

functionBody[boolean isAsync]
@init {this.enterFunction($isAsync);}
@after {this.exitFunction();}
    : NL? OpenBrace statementList CloseBrace
    ;

// Expressions ------------------------------------------------------------------------------------------

expression
    : assignmentExpression (Comma assignmentExpression)*
    ;

// Conditional and assignment share one rule (keeps the parse tree shallow); the AST builder checks targets.
assignmentExpression
    : arrowFunction
    | binaryExpression
      ( QuestionMark assignmentExpression Colon assignmentExpression
      | assignmentOperator assignmentExpression
      )?
    ;

assignmentOperator
    : Assign
    | MultiplyAssign
    | DivideAssign
    | ModulusAssign
    | PlusAssign
    | MinusAssign
    | LeftShiftArithmeticAssign
    | RightShiftArithmeticAssign
    | RightShiftLogicalAssign
    | BitAndAssign
    | BitXorAssign
    | BitOrAssign
    | PowerAssign
    | AndAssign
    | OrAssign
    | NullishAssign
    ;

arrowFunction
    : isAsync=Async? arrowParameters Arrow arrowBody[$isAsync != null]
    ;

arrowParameters
    : identifier
    | OpenParen formalParameterList? CloseParen
    ;

arrowBody[boolean isAsync]
@init {this.enterFunction($isAsync);}
@after {this.exitFunction();}
    : {this.markArrowBody();}
      ( (BlockOpenBrace | OpenBrace) statementList CloseBrace
      | assignmentExpression
      )
    ;

// Alternatives listed first bind tighter.
binaryExpression
    : unaryExpression
    | <assoc=right> binaryExpression Power binaryExpression
    | binaryExpression (Multiply | Divide | Modulus) binaryExpression
    | binaryExpression (Plus | Minus) binaryExpression
    | binaryExpression (LeftShiftArithmetic | RightShiftArithmetic | RightShiftLogical) binaryExpression
    | binaryExpression (LessThan | MoreThan | LessThanEquals | GreaterThanEquals | Instanceof | In) binaryExpression
    | binaryExpression (Equals_ | NotEquals | IdentityEquals | IdentityNotEquals) binaryExpression
    | binaryExpression BitAnd binaryExpression
    | binaryExpression BitXOr binaryExpression
    | binaryExpression BitOr binaryExpression
    | binaryExpression And binaryExpression
    | binaryExpression Or binaryExpression
    | binaryExpression NullCoalesce binaryExpression
    ;

// The last alternative is the left-hand-side expression with an optional postfix operator. 'new' is bound to
// its callee and argument list by the AST builder: each 'new' takes the member chain up to the first argument
// list that is not yet taken by an inner 'new'.
unaryExpression
    : {this.inAsync()}? Await NL? unaryExpression
    | (Delete | Void | Typeof | Plus | Minus | BitNot | Not) unaryExpression
    | (PlusPlus | MinusMinus) unaryExpression
    | New* primaryExpression suffix* (PlusPlus | MinusMinus)?
    ;

suffix
    : Dot identifierName
    | QuestionDot identifierName
    | QuestionDot OpenBracket expression CloseBracket
    | QuestionDot arguments
    | OpenBracket expression CloseBracket
    | arguments
    ;

arguments
    : OpenParen (argument (Comma argument)* Comma?)? CloseParen
    ;

argument
    : Ellipsis? assignmentExpression
    ;

// Identifier and literal tokens are inlined here (not via the identifier / literal rules) to keep the parse
// tree shallow.
primaryExpression
    : This
    | Identifier | Async | Await | Yield | Let | Static | Get | Set | Of
    | NullLiteral | True | False | StringLiteral | NumericLiteral | RegularExpressionLiteral
    | templateLiteral
    | arrayLiteral
    | objectLiteral
    | functionExpression
    | OpenParen expression CloseParen
    ;

functionExpression
    : isAsync=Async? Function identifier? OpenParen formalParameterList? CloseParen functionBody[$isAsync != null]
    ;

templateLiteral
    : TemplateStart templatePart* TemplateEnd
    ;

templatePart
    : TemplateChars
    | TemplateDollar
    | TemplateSubstStart expression TemplateSubstEnd
    ;

arrayLiteral
    : OpenBracket arrayElement? (Comma arrayElement?)* CloseBracket
    ;

arrayElement
    : Ellipsis? assignmentExpression
    ;

objectLiteral
    : OpenBrace (propertyDefinition (Comma propertyDefinition)* Comma?)? NL? CloseBrace
    ;

propertyDefinition
    : propertyName Colon assignmentExpression                                                   # PropertyAssignment
    | isAsync=Async? propertyName OpenParen formalParameterList? CloseParen functionBody[$isAsync != null] # MethodProperty
    | Get NL? propertyName OpenParen formalParameterList? CloseParen functionBody[false]      # GetterProperty
    | Set NL? propertyName OpenParen formalParameterList? CloseParen functionBody[false]      # SetterProperty
    | Ellipsis assignmentExpression                                                             # SpreadProperty
    | identifier                                                                                # ShorthandProperty
    ;

propertyName
    : identifierName
    | StringLiteral
    | NumericLiteral
    | OpenBracket assignmentExpression CloseBracket
    ;

identifier
    : Identifier
    | Async
    | Await
    | Yield
    | Let
    | Static
    | Get
    | Set
    | Of
    ;

identifierName
    : identifier
    | reservedWord
    ;

reservedWord
    : Break | Do | Instanceof | Typeof | Case | Else | New | Var | Catch | Finally | Return | Void
    | Continue | For | Switch | While | Debugger | Function | This | With | Default | If | Throw | Delete
    | In | Try | Class | Enum | Extends | Super | Const | Export | Import
    | NullLiteral | True | False
    ;
