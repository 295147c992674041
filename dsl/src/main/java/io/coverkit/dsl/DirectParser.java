package io.coverkit.dsl;

import io.coverkit.dsl.DirectLexer.GiveUp;
import io.coverkit.dsl.DirectLexer.Kind;
import io.coverkit.dsl.DirectLexer.OutOfTime;
import io.coverkit.dsl.DirectLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.NamedArgumentListExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Reads the part of Groovy's syntax that policy files are written in, by hand, into the very
 * syntax tree Groovy's own parser builds from the same text: the same node classes, values, types,
 * metadata and line and column numbers, so that everything downstream reads it unchanged.
 *
 * <p>Groovy's parser spends about a quarter of a second on a 15 KB policy even when warm; this
 * reads one in a fraction of a millisecond. It takes statements of the forms {@code name}, {@code name(args)},
 * {@code name(args) { ... }}, {@code name { ... }} and {@code name arg, key: value, ...} (with the
 * arguments free to continue on the next line after a comma), optionally followed by one chained
 * word and its value ({@code ... within 6.months}); values are strings, whole numbers,
 * {@code true}, {@code false} and {@code N.unit} spans. Anything else, and anything it is not
 * certain Groovy reads the same way, makes it give up (see {@link DirectLexer}), and the file goes
 * through Groovy's parser exactly as before, with that parser's messages and positions.
 *
 * <p>It only builds syntax tree nodes; nothing in the file is evaluated.
 */
final class DirectParser {

    // The metadata keys Groovy's AstBuilder puts on the nodes built here.
    private static final String IS_STRING = "_IS_STRING";
    private static final String IS_NUMERIC = "_IS_NUMERIC";
    private static final String INTEGER_LITERAL_TEXT = "_INTEGER_LITERAL_TEXT";
    private static final String FLOATING_POINT_LITERAL_TEXT = "_FLOATING_POINT_LITERAL_TEXT";
    private static final String IS_COMMAND_EXPRESSION = "_IS_COMMAND_EXPRESSION";
    private static final String PATH_EXPRESSION_BASE_EXPR_GENERICS_TYPES = "_PATH_EXPRESSION_BASE_EXPR_GENERICS_TYPES";

    // Blocks nested deeper than this are left to Groovy's parser, which has its own stack guard; the
    // gate allows 40 brackets, so only text that did not pass the gate comes near it.
    private static final int MAX_DEPTH = 64;

    // How many statements are read between two looks at the time budget.
    private static final int CHECK_EVERY = 64;

    private final List<Token> tokens;
    private final BooleanSupplier outOfTime;
    private int next;
    private int depth;
    private int statementsRead;

    private DirectParser(List<Token> tokens, BooleanSupplier outOfTime) {
        this.tokens = tokens;
        this.outOfTime = outOfTime;
    }

    /**
     * The syntax tree of {@code text} as Groovy's parser would build it for {@code unit}, or empty
     * when the text is outside what this parser reads (then Groovy's parser must read it).
     */
    static Optional<ModuleNode> parse(SourceUnit unit, String text) {
        return parse(unit, text, () -> false);
    }

    /**
     * As {@link #parse(SourceUnit, String)}, looking at {@code outOfTime} as it goes (every few
     * thousand characters and every few dozen statements) and throwing
     * {@link DirectLexer.OutOfTime} once it says the file's processor time has run out.
     */
    static Optional<ModuleNode> parse(SourceUnit unit, String text, BooleanSupplier outOfTime) {
        try {
            DirectParser parser = new DirectParser(DirectLexer.tokens(text, outOfTime), outOfTime);
            return Optional.of(parser.module(unit));
        } catch (GiveUp e) {
            return Optional.empty();
        } catch (OutOfTime e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Not expected; but a doubt all the same, and Groovy's parser can always read the file.
            return Optional.empty();
        }
    }

    private ModuleNode module(SourceUnit unit) {
        skipNewlines();
        if (peek().kind() == Kind.EOF) {
            throw GiveUp.INSTANCE; // Groovy gives an empty script a `return null` of its own
        }
        List<Statement> statements = new ArrayList<>();
        statements(Kind.EOF, statements);
        ModuleNode module = new ModuleNode(unit);
        for (Statement statement : statements) {
            module.addStatement(statement);
        }
        // As AstBuilder.configureScriptClassNode, then SourceUnit.buildAST, leave the module.
        ClassNode script = module.getScriptClassDummy();
        Statement first = statements.get(0);
        Statement last = statements.get(statements.size() - 1);
        script.setSourcePosition(first);
        script.setLastColumnNumber(last.getLastColumnNumber());
        script.setLastLineNumber(last.getLastLineNumber());
        module.setDescription(unit.getName());
        return module;
    }

    /**
     * Reads statements separated by newlines up to {@code end} (not consumed) into {@code into};
     * returns the last token read, trailing newlines included, where Groovy ends the block.
     */
    private Token statements(Kind end, List<Statement> into) {
        while (true) {
            Token stop = statement(into);
            if (peek().kind() == Kind.NL) {
                stop = skipNewlines();
            }
            if (peek().kind() == end) {
                return stop;
            }
            if (stop.kind() != Kind.NL) {
                throw GiveUp.INSTANCE; // two statements on one line, or more after one
            }
        }
    }

    /** Reads one statement into {@code into}; returns its last token. */
    private Token statement(List<Statement> into) {
        if (++statementsRead % CHECK_EVERY == 0 && outOfTime.getAsBoolean()) {
            throw OutOfTime.INSTANCE;
        }
        Token name = expect(Kind.IDENT);
        VariableExpression base = at(new VariableExpression(name.text()), name, name);
        Token after = peek();
        Expression expression;
        Token stop;
        if (endsStatement(after)) {
            expression = base;
            stop = name;
        } else if (after.kind() == Kind.LPAREN) {
            if (!after.touches(name)) {
                throw GiveUp.INSTANCE; // `name (x)`: a parenthesised argument or a call, to Groovy
            }
            Arguments arguments = parenthesised();
            MethodCallExpression call = call(base, arguments.expression());
            stop = arguments.close();
            if (peek().kind() == Kind.LBRACE) {
                ClosureExpression closure = closure();
                stop = previous();
                call.setArguments(withClosure(arguments.expression(), closure));
            }
            expression = at(call, name, stop);
        } else if (after.kind() == Kind.LBRACE) {
            ClosureExpression closure = closure();
            stop = previous();
            expression = at(call(base, copy(new ArgumentListExpression(closure), closure)), name, stop);
        } else {
            Command command = command(name, base);
            expression = command.expression();
            stop = command.stop();
        }
        if (!endsStatement(peek())) {
            throw GiveUp.INSTANCE;
        }
        into.add(at(new ExpressionStatement(expression), name, stop));
        return stop;
    }

    private static boolean endsStatement(Token token) {
        return token.kind() == Kind.NL || token.kind() == Kind.RBRACE || token.kind() == Kind.EOF;
    }

    /** A call's arguments as Groovy builds them, and the token that closes them. */
    private record Arguments(Expression expression, Token close) {}

    /** {@code (...)} after a name: literal and named arguments, an optional trailing comma. */
    private Arguments parenthesised() {
        Token open = expect(Kind.LPAREN);
        List<Expression> elements = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            elements.add(element());
            while (peek().kind() == Kind.COMMA) {
                next++;
                if (peek().kind() == Kind.RPAREN) {
                    break;
                }
                elements.add(element());
            }
        }
        Token close = expect(Kind.RPAREN);
        Expression list = elements.isEmpty() ? new ArgumentListExpression() : argumentList(elements);
        return new Arguments(at(list, open, close), close);
    }

    /**
     * Adds a trailing block to a call's arguments, as AstBuilder does: named arguments alone become
     * a map followed by the block.
     */
    private static Expression withClosure(Expression arguments, ClosureExpression closure) {
        if (arguments instanceof ArgumentListExpression list) {
            list.addExpression(closure);
            return list;
        }
        TupleExpression tuple = (TupleExpression) arguments;
        NamedArgumentListExpression named = (NamedArgumentListExpression) tuple.getExpression(0);
        MapExpression map = copy(new MapExpression(named.getMapEntryExpressions()), named);
        return copy(new ArgumentListExpression(map, closure), tuple);
    }

    /** A command expression after its name: its arguments, and one chained word and value. */
    private record Command(Expression expression, Token stop) {}

    private Command command(Token name, VariableExpression base) {
        Token first = peek();
        if (first.kind() == Kind.IDENT && peek(1).kind() != Kind.COLON) {
            throw GiveUp.INSTANCE; // `name other ...`: a declaration or a chain of words to Groovy
        }
        List<Expression> elements = new ArrayList<>();
        elements.add(element());
        while (peek().kind() == Kind.COMMA) {
            next++;
            skipNewlines();
            elements.add(element());
        }
        Token stop = previous();
        Expression arguments = at(argumentList(elements), first, stop);
        MethodCallExpression call = at(call(base, arguments), name, stop);
        call.putNodeMetaData(IS_COMMAND_EXPRESSION, Boolean.TRUE);
        if (peek().kind() != Kind.IDENT) {
            return new Command(call, stop);
        }
        Token word = expect(Kind.IDENT);
        Token valueStart = peek();
        if (valueStart.kind() == Kind.IDENT) {
            throw GiveUp.INSTANCE;
        }
        Expression value = value();
        stop = previous();
        ConstantExpression method = at(new ConstantExpression(word.text()), word, word);
        MethodCallExpression chained =
                new MethodCallExpression(call, method, at(new ArgumentListExpression(value), valueStart, stop));
        chained.setImplicitThis(false);
        return new Command(at(chained, name, stop), stop);
    }

    /**
     * The argument list AstBuilder.visitEnhancedArgumentListInPar builds: plain arguments alone,
     * named ones alone, or named ones gathered into one map placed first. Groovy rejects a name
     * given twice, so this gives up on one.
     */
    private static Expression argumentList(List<Expression> elements) {
        List<Expression> plain = new ArrayList<>();
        List<MapEntryExpression> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Expression e : elements) {
            if (e instanceof MapEntryExpression entry) {
                if (!names.add(entry.getKeyExpression().getText())) {
                    throw GiveUp.INSTANCE;
                }
                named.add(entry);
            } else {
                plain.add(e);
            }
        }
        ASTNode first = elements.get(0);
        ASTNode last = elements.get(elements.size() - 1);
        if (named.isEmpty()) {
            return span(new ArgumentListExpression(plain), first, last);
        }
        if (plain.isEmpty()) {
            return span(new TupleExpression(span(new NamedArgumentListExpression(named), first, last)), first, last);
        }
        ArgumentListExpression list = new ArgumentListExpression(plain);
        list.getExpressions().add(0, span(new MapExpression(named), first, last));
        return span(list, first, last);
    }

    /** One argument: {@code key: value} or a value. */
    private Expression element() {
        Token first = peek();
        if (first.kind() == Kind.IDENT) {
            next++;
            expect(Kind.COLON);
            if (peek().kind() == Kind.NL) {
                throw GiveUp.INSTANCE;
            }
            ConstantExpression key = at(new ConstantExpression(first.text()), first, first);
            Expression value = value();
            return at(new MapEntryExpression(key, value), first, previous());
        }
        return value();
    }

    /** A literal: a string, a whole or decimal number, {@code true} or {@code false}, or a span {@code N.unit}. */
    private Expression value() {
        Token token = peek();
        next++;
        switch (token.kind()) {
            case STRING -> {
                ConstantExpression string = new ConstantExpression(DirectLexer.stringValue(token.text()));
                string.putNodeMetaData(IS_STRING, Boolean.TRUE);
                return at(string, token, token);
            }
            case TRUE, FALSE -> {
                return at(new ConstantExpression(token.kind() == Kind.TRUE, true), token, token);
            }
            case DECIMAL -> {
                // As Groovy's AstBuilder reads a floating point literal without a suffix: a BigDecimal.
                ConstantExpression decimal = new ConstantExpression(new java.math.BigDecimal(token.text()), true);
                // In the order Groovy's AstBuilder puts them, which the cross-check compares.
                decimal.putNodeMetaData(FLOATING_POINT_LITERAL_TEXT, token.text());
                decimal.putNodeMetaData(IS_NUMERIC, Boolean.TRUE);
                return at(decimal, token, token);
            }
            case INT -> {
                ConstantExpression number = number(token);
                if (peek().kind() != Kind.DOT) {
                    return number;
                }
                Token dot = expect(Kind.DOT);
                Token unit = expect(Kind.IDENT);
                if (!dot.touches(token) || !unit.touches(dot)) {
                    throw GiveUp.INSTANCE;
                }
                PropertyExpression span =
                        new PropertyExpression(number, at(new ConstantExpression(unit.text()), unit, unit), false);
                span.putNodeMetaData(PATH_EXPRESSION_BASE_EXPR_GENERICS_TYPES, null);
                return at(span, token, unit);
            }
            default -> throw GiveUp.INSTANCE;
        }
    }

    /** A whole number as Groovy's Numbers.parseInteger reads one without a suffix: int, else long. */
    private static ConstantExpression number(Token token) {
        long value;
        try {
            value = Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw GiveUp.INSTANCE; // Groovy makes a BigInteger of it
        }
        Object boxed = value == (int) value ? (Object) (int) value : (Object) value;
        ConstantExpression number = new ConstantExpression(boxed, true);
        number.putNodeMetaData(IS_NUMERIC, Boolean.TRUE);
        number.putNodeMetaData(INTEGER_LITERAL_TEXT, token.text());
        return at(number, token, token);
    }

    /** A block without parameters: statements on their own lines between braces. */
    private ClosureExpression closure() {
        if (++depth > MAX_DEPTH) {
            throw GiveUp.INSTANCE;
        }
        Token open = expect(Kind.LBRACE);
        skipNewlines();
        BlockStatement block = new BlockStatement();
        if (peek().kind() == Kind.RBRACE) {
            Token close = expect(Kind.RBRACE);
            depth--;
            at(block, open, close);
            return at(new ClosureExpression(Parameter.EMPTY_ARRAY, block), open, close);
        }
        Token firstToken = peek();
        List<Statement> statements = new ArrayList<>();
        Token stop = statements(Kind.RBRACE, statements);
        for (Statement statement : statements) {
            block.addStatement(statement);
        }
        at(block, firstToken, stop);
        Token close = expect(Kind.RBRACE);
        depth--;
        return at(new ClosureExpression(Parameter.EMPTY_ARRAY, block), open, close);
    }

    /** A call with an implicit {@code this}, as AstBuilder.createMethodCallExpression makes one. */
    private static MethodCallExpression call(VariableExpression base, Expression arguments) {
        VariableExpression self = new VariableExpression("this");
        self.setColumnNumber(base.getColumnNumber());
        self.setLineNumber(base.getLineNumber());
        return new MethodCallExpression(self, copy(new ConstantExpression(base.getText()), base), arguments);
    }

    private Token skipNewlines() {
        Token last = next > 0 ? previous() : null;
        while (peek().kind() == Kind.NL) {
            last = tokens.get(next++);
        }
        return last;
    }

    private Token expect(Kind kind) {
        Token token = peek();
        if (token.kind() != kind) {
            throw GiveUp.INSTANCE;
        }
        next++;
        return token;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(next - 1);
    }

    /** Gives {@code node} the positions of the text from {@code first} to {@code last}. */
    private static <T extends ASTNode> T at(T node, Token first, Token last) {
        node.setLineNumber(first.line());
        node.setColumnNumber(first.column());
        node.setLastLineNumber(last.lastLine());
        node.setLastColumnNumber(last.lastColumn());
        return node;
    }

    private static <T extends ASTNode> T span(T node, ASTNode first, ASTNode last) {
        node.setLineNumber(first.getLineNumber());
        node.setColumnNumber(first.getColumnNumber());
        node.setLastLineNumber(last.getLastLineNumber());
        node.setLastColumnNumber(last.getLastColumnNumber());
        return node;
    }

    private static <T extends ASTNode> T copy(T node, ASTNode from) {
        return span(node, from, from);
    }
}
