/*
 * Parser for the minijs JavaScript subset (ES2020-style scripts and modules).
 *
 * ASI: statements end at ';' or at the virtual NL token that JavaScriptLexerBase inserts where a line break
 * (or a following '}' / EOF) may end a statement; NL is also accepted in the few places where a line break
 * may sit between a token that ends an expression and one that cannot continue it (before a function body,
 * before 'else' / 'while' of do-while, before the '}' of an object literal or pattern, between statements and
 * class elements, after 'get' / 'set' / 'static' in class and object bodies).
 *
 * Statement starts: JavaScriptParserBase.markStatementStart retypes '{', 'function' and 'class' at the start
 * of a statement (BlockOpenBrace, FunctionDecl, ClassDecl), so expression statements never need to look past
 * them. 'export default' does the same for what follows it.
 *
 * Cover grammars: destructuring assignment targets are parsed as array / object literals (object literals
 * accept the CoverInitializedName form `{a = 1}`); the AST builder checks that they are valid patterns, and
 * rejects `{a = 1}` anywhere else. Binding patterns (declarations, parameters, for-in/of heads) have their own
 * rules because their position is known from the previous token.
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
      | classDeclaration
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
      | switchStatement
      | debuggerStatement
      | importDeclaration
      | exportDeclaration
      | labelledStatement
      | expressionStatement
      )
    ;

// OpenBrace / Function / Class are accepted too so that prediction lookahead over statements that the parser
// has not yet reached (and so not yet retyped) still works.
block
    : (BlockOpenBrace | OpenBrace) statementList {this.blockEnd();} CloseBrace
    ;

braceBlock
    : OpenBrace statementList {this.blockEnd();} CloseBrace
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
    : bindingTarget (Assign assignmentExpression)?
    ;

// Binding patterns -------------------------------------------------------------------------------------

bindingTarget
    : identifier
    | objectBindingPattern
    | arrayBindingPattern
    ;

// A rest element (`...r`) may only come last; the AST builder checks its position.
objectBindingPattern
    : OpenBrace (bindingProperty (Comma bindingProperty)* Comma?)? NL? CloseBrace
    ;

bindingProperty
    : propertyName Colon bindingElement      # KeyedBindingProperty
    | identifier (Assign assignmentExpression)? # ShorthandBindingProperty
    | Ellipsis bindingTarget                 # RestBindingProperty
    ;

arrayBindingPattern
    : OpenBracket arrayBindingItem? (Comma arrayBindingItem?)* CloseBracket
    ;

arrayBindingItem
    : Ellipsis bindingTarget
    | bindingElement
    ;

bindingElement
    : bindingTarget (Assign assignmentExpression)?
    ;

// Statements --------------------------------------------------------------------------------------------

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

// The two forms are told apart by the token after the head's first binding or left-hand side: '=' / ',' /
// ';' versus 'in' / 'of'. The for-in/of left side is parsed as a unary expression and checked by the builder.
forStatement
    : For OpenParen forInit? SemiColon forTest=expression? SemiColon forUpdate=expression? CloseParen NL? statement # ForLoop
    | For Await? OpenParen forInOfLeft (In expression | Of assignmentExpression) CloseParen NL? statement      # ForInOf
    ;

forInit
    : variableDeclarationList
    | expression
    ;

forInOfLeft
    : varModifier bindingTarget
    | unaryExpression
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
    : Catch (OpenParen bindingTarget CloseParen NL?)? braceBlock
    ;

finallyClause
    : Finally braceBlock
    ;

switchStatement
    : Switch OpenParen expression CloseParen NL? OpenBrace caseClause* {this.blockEnd();} CloseBrace
    ;

caseClause
    : (Case expression | Default) Colon statementList
    ;

debuggerStatement
    : Debugger eos
    ;

labelledStatement
    : identifier Colon statement
    ;

// The name is optional only after 'export default'; the builder reports a missing name elsewhere.
functionDeclaration
    : isAsync=Async? (FunctionDecl | Function) isGen=Multiply? identifier? OpenParen formalParameterList? CloseParen
      functionBody[$isAsync != null, $isGen != null]
    ;

formalParameterList
    : formalParameter (Comma formalParameter)* (Comma restParameter?)?
    | restParameter
    ;

formalParameter
    : bindingTarget (Assign assignmentExpression)?
    ;

restParameter
    : Ellipsis bindingTarget
    ;

functionBody[boolean isAsync, boolean isGenerator]
@init {this.enterFunction($isAsync, $isGenerator);}
@after {this.exitFunction();}
    : NL? OpenBrace statementList {this.functionBodyEnd();} CloseBrace
    ;

// Classes -----------------------------------------------------------------------------------------------

classDeclaration
    : (ClassDecl | Class) identifier? classTail
    ;

classExpression
    : Class identifier? classTail
    ;

classTail
    : (Extends unaryExpression)? NL? OpenBrace classElement* {this.classBodyEnd();} CloseBrace
    ;

classElement
    : (Static NL?)? methodDefinition           # ClassMethod
    | (Static NL?)? fieldDefinition eos        # ClassField
    | Static NL? staticBlock                   # ClassStaticBlock
    | SemiColon                                # ClassEmpty
    | NL                                       # ClassEmpty
    ;

methodDefinition
    : isAsync=Async? isGen=Multiply? classElementName OpenParen formalParameterList? CloseParen
      functionBody[$isAsync != null, $isGen != null]                                                  # ClassPlainMethod
    | Get NL? classElementName OpenParen formalParameterList? CloseParen functionBody[false, false]   # ClassGetter
    | Set NL? classElementName OpenParen formalParameterList? CloseParen functionBody[false, false]   # ClassSetter
    ;

fieldDefinition
    : classElementName fieldInitializer?
    ;

// A field initializer is its own function-like context: neither await nor yield expressions apply in it.
fieldInitializer
@init {this.enterFunction(false, false);}
@after {this.exitFunction();}
    : Assign assignmentExpression
    ;

staticBlock
@init {this.enterFunction(false, false);}
@after {this.exitFunction();}
    : OpenBrace statementList CloseBrace
    ;

classElementName
    : propertyName
    | PrivateName
    ;

// Modules -----------------------------------------------------------------------------------------------
// 'as' and 'from' are plain identifiers; the builder checks their spelling.

importDeclaration
    : Import StringLiteral eos
    | Import importClause fromClause eos
    ;

importClause
    : identifier (Comma (namespaceImport | namedImports))?
    | namespaceImport
    | namedImports
    ;

namespaceImport
    : Multiply identifier identifier
    ;

namedImports
    : OpenBrace (importSpecifier (Comma importSpecifier)* Comma?)? NL? CloseBrace
    ;

importSpecifier
    : moduleExportName (identifier identifier)?
    ;

fromClause
    : identifier StringLiteral
    ;

moduleExportName
    : identifierName
    | StringLiteral
    ;

exportDeclaration
    : Export Multiply (identifier moduleExportName)? fromClause eos                          # ExportAllDeclaration
    | Export namedExports fromClause? eos                                                    # ExportNamedDeclaration
    | Export (variableStatement | functionDeclaration | classDeclaration)                   # ExportDeclarationStatement
    | Export Default {this.markExportDefault();}
      (functionDeclaration | classDeclaration | assignmentExpression eos)                   # ExportDefaultDeclaration
    ;

namedExports
    : OpenBrace (exportSpecifier (Comma exportSpecifier)* Comma?)? NL? CloseBrace
    ;

exportSpecifier
    : moduleExportName (identifier moduleExportName)?
    ;

// Expressions ------------------------------------------------------------------------------------------

expression
    : assignmentExpression (Comma assignmentExpression)*
    ;

// Conditional and assignment share one rule (keeps the parse tree shallow); the AST builder checks targets.
// 'yield' is an operator only inside generators and an identifier elsewhere (in sloppy code).
assignmentExpression
    : arrowFunction
    | {this.inGenerator()}? yieldExpression
    | binaryExpression
      ( QuestionMark assignmentExpression Colon assignmentExpression
      | assignmentOperator assignmentExpression
      )?
    ;

// A line break after 'yield' before an operand that can start a statement yields NL (see the lexer), which
// ends the yield expression there: the restricted production.
yieldExpression
    : Yield (Multiply? assignmentExpression)?
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
@init {this.enterFunction($isAsync, false);}
@after {this.exitFunction();}
    : {this.markArrowBody();}
      ( (BlockOpenBrace | OpenBrace) statementList {this.blockEnd();} CloseBrace
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
    : Dot (identifierName | PrivateName)
    | QuestionDot (identifierName | PrivateName)
    | QuestionDot OpenBracket expression CloseBracket
    | QuestionDot arguments
    | OpenBracket expression CloseBracket
    | arguments
    | templateLiteral
    ;

arguments
    : OpenParen (argument (Comma argument)* Comma?)? CloseParen
    ;

argument
    : Ellipsis? assignmentExpression
    ;

// Identifier and literal tokens are inlined here (not via the identifier / literal rules) to keep the parse
// tree shallow. 'super' and a private name are only valid in some positions; the builder checks them.
primaryExpression
    : This
    | Identifier | Async | Await | Yield | Let | Static | Get | Set | Of
    | NullLiteral | True | False | StringLiteral | NumericLiteral | RegularExpressionLiteral
    | Super
    | PrivateName
    | New Dot identifierName
    | templateLiteral
    | arrayLiteral
    | objectLiteral
    | functionExpression
    | classExpression
    | OpenParen expression CloseParen
    ;

functionExpression
    : isAsync=Async? Function isGen=Multiply? identifier? OpenParen formalParameterList? CloseParen
      functionBody[$isAsync != null, $isGen != null]
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
    | isAsync=Async? isGen=Multiply? propertyName OpenParen formalParameterList? CloseParen
      functionBody[$isAsync != null, $isGen != null]                                            # MethodProperty
    | Get NL? propertyName OpenParen formalParameterList? CloseParen functionBody[false, false] # GetterProperty
    | Set NL? propertyName OpenParen formalParameterList? CloseParen functionBody[false, false] # SetterProperty
    | Ellipsis assignmentExpression                                                             # SpreadProperty
    | identifier Assign assignmentExpression                                                    # CoverInitializedName
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
