package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.LambdaExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;

/**
 * Walks a parsed policy file against the {@link Vocabulary} and builds a tree of {@link Call}s.
 * Only vocabulary calls with literal arguments are admitted; every other construct is reported
 * at its line and column and never evaluated.
 */
final class VocabularyReader {

    private static final Map<String, TimeSpan.Unit> UNITS = Map.of(
            "day", TimeSpan.Unit.DAYS, "days", TimeSpan.Unit.DAYS,
            "week", TimeSpan.Unit.WEEKS, "weeks", TimeSpan.Unit.WEEKS,
            "month", TimeSpan.Unit.MONTHS, "months", TimeSpan.Unit.MONTHS,
            "year", TimeSpan.Unit.YEARS, "years", TimeSpan.Unit.YEARS);

    private final Vocabulary vocabulary;
    private final String file;
    private final Diagnostics diagnostics;

    VocabularyReader(Vocabulary vocabulary, String file, Diagnostics diagnostics) {
        this.vocabulary = vocabulary;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The file's top-level calls; problems go to the diagnostics. */
    List<Call> read(ModuleNode module) {
        rejectDeclarations(module);
        return readBlock(module.getStatementBlock().getStatements(), Block.FILE, at(module.getStatementBlock()));
    }

    private void rejectDeclarations(ModuleNode module) {
        List<ImportNode> imports = new ArrayList<>(module.getImports());
        imports.addAll(module.getStarImports());
        imports.addAll(module.getStaticImports().values());
        imports.addAll(module.getStaticStarImports().values());
        for (ImportNode node : imports) {
            outside(node, "an import");
        }
        // getClasses() walks every statement with Groovy's recursive visitor, one call deeper per
        // level of the tree: the gate bounds that depth (brackets, member chains and the terms of
        // an expression), and FileBudget turns a stack overflow past those bounds into a diagnostic.
        for (ClassNode node : module.getClasses()) {
            if (!node.isScript()) {
                outside(node, "a class declaration `" + node.getNameWithoutPackage() + "`");
            }
        }
        for (MethodNode node : module.getMethods()) {
            outside(node, "a method declaration `" + node.getName() + "`");
        }
        if (module.getPackage() != null) {
            outside(module.getPackage(), "a package declaration");
        }
    }

    private List<Call> readBlock(List<Statement> statements, Block block, SourceRef blockAt) {
        List<Call> calls = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Statement statement : statements) {
            FileBudget.checkCurrent();
            keywordWritten(statement).ifPresent(written::add);
            readStatement(statement, block).ifPresent(calls::add);
        }
        checkOccurrences(calls, written, block, blockAt);
        return List.copyOf(calls);
    }

    /**
     * The keyword a statement is written with, whether or not it reads without errors; a keyword
     * that is present but wrong is reported for what is wrong, never also as missing.
     */
    private static Optional<String> keywordWritten(Statement statement) {
        if (!(statement instanceof ExpressionStatement expression)) {
            return Optional.empty();
        }
        Expression e = expression.getExpression();
        if (e instanceof MethodCallExpression call && !call.isImplicitThis()
                && call.getObjectExpression() instanceof MethodCallExpression inner) {
            e = inner;
        }
        if (e instanceof MethodCallExpression call && call.isImplicitThis()) {
            return Optional.ofNullable(call.getMethodAsString());
        }
        if (e instanceof VariableExpression bare) {
            return Optional.of(bare.getName());
        }
        return Optional.empty();
    }

    private Optional<Call> readStatement(Statement statement, Block block) {
        if (statement.getStatementLabels() != null && !statement.getStatementLabels().isEmpty()) {
            outside(statement, "a statement label `" + statement.getStatementLabels().get(0) + "`");
            return Optional.empty();
        }
        if (statement instanceof ReturnStatement r && r.isReturningNullOrVoid() && statement.getLineNumber() < 1) {
            return Optional.empty(); // the parser's own `return null` for a file with no statements
        }
        if (!(statement instanceof ExpressionStatement expression)) {
            outside(statement, Describe.statement(statement));
            return Optional.empty();
        }
        if (expression.getExpression() instanceof VariableExpression bare
                && vocabulary.find(block, bare.getName()).isPresent()) {
            // A keyword written alone, such as `positionStatement` without its block: read it as a
            // call without arguments, so the message names what it is missing.
            MethodCallExpression call = new MethodCallExpression(
                    VariableExpression.THIS_EXPRESSION, bare.getName(), ArgumentListExpression.EMPTY_ARGUMENTS);
            call.setImplicitThis(true);
            call.setSourcePosition(bare);
            return readCall(call, block);
        }
        if (!(expression.getExpression() instanceof MethodCallExpression call)) {
            outside(expression.getExpression(), Describe.expression(expression.getExpression()));
            return Optional.empty();
        }
        return readCall(call, block);
    }

    private Optional<Call> readCall(MethodCallExpression call, Block block) {
        String name = call.getMethodAsString();
        if (name == null) {
            outside(call, "a call whose name is computed");
            return Optional.empty();
        }
        if (!call.isImplicitThis()) {
            return readChained(call, block, name);
        }
        Optional<Keyword> keyword = lookUp(call, block, name);
        if (keyword.isEmpty()) {
            return Optional.empty();
        }
        return readArguments(keyword.get(), call, null);
    }

    /** {@code requiresDocument loinc: '...' within 6.months}: an inner call with a chained word. */
    private Optional<Call> readChained(MethodCallExpression call, Block block, String name) {
        if (call.getObjectExpression() instanceof MethodCallExpression inner
                && inner.isImplicitThis()
                && inner.getMethodAsString() != null) {
            Optional<Keyword> keyword = lookUp(inner, block, inner.getMethodAsString());
            if (keyword.isEmpty()) {
                return Optional.empty();
            }
            Param chained = keyword.get().chained();
            if (chained == null || !chained.name().equals(name)) {
                diagnostics.error(DiagnosticCode.R004, at(call.getMethod()),
                        "`" + keyword.get().name() + "` cannot be followed by `" + name + "`",
                        "write it as `" + keyword.get().signature() + "`");
                return Optional.empty();
            }
            List<Expression> args = arguments(call.getArguments());
            if (args.size() != 1) {
                diagnostics.error(DiagnosticCode.R004, at(call.getMethod()),
                        "`" + name + "` takes exactly one value: " + chained.type().expected());
                return Optional.empty();
            }
            return readArguments(keyword.get(), inner, args.get(0));
        }
        outside(call, "a method call on an object (`." + name + "`)");
        return Optional.empty();
    }

    private Optional<Keyword> lookUp(ASTNode node, Block block, String name) {
        Optional<Keyword> keyword = vocabulary.find(block, name);
        if (keyword.isPresent()) {
            return keyword;
        }
        List<Block> elsewhere = vocabulary.blocksOf(name);
        if (!elsewhere.isEmpty()) {
            diagnostics.error(DiagnosticCode.R002, at(node),
                    "`" + name + "` is not allowed in " + block.description(),
                    "it belongs in " + elsewhere.get(0).description());
        } else {
            diagnostics.error(DiagnosticCode.R001, at(node), "unknown keyword `" + name + "`",
                    vocabulary.closest(block, name).map(s -> "did you mean `" + s + "`?")
                            .orElse("allowed here: " + allowedNames(block)));
        }
        return Optional.empty();
    }

    private String allowedNames(Block block) {
        return String.join(", ", vocabulary.allowedIn(block).stream().map(k -> "`" + k.name() + "`").toList());
    }

    private Optional<Call> readArguments(Keyword keyword, MethodCallExpression call, Expression chainedValue) {
        // INVARIANT: an argument written but not readable as a literal is kept as a null
        // placeholder, already reported, so that it is never also reported as missing or shifts
        // the arguments after it; a call with a placeholder is never built (ok is false).
        List<Value> positional = new ArrayList<>();
        List<Expression> positionalWritten = new ArrayList<>();
        Map<String, Value> named = new LinkedHashMap<>();
        List<Call> body = List.of();
        boolean ok = true;
        List<Expression> args = arguments(call.getArguments());
        for (int i = 0; i < args.size(); i++) {
            Expression arg = args.get(i);
            if (arg instanceof MapExpression map) {
                ok &= readNamed(keyword, map, named);
            } else if (arg instanceof LambdaExpression lambda) {
                outside(lambda, "a lambda");
                ok = false;
            } else if (arg instanceof ClosureExpression closure) {
                if (keyword.body() == null) {
                    diagnostics.error(DiagnosticCode.R004, at(closure), "`" + keyword.name() + "` takes no block",
                            "write it as `" + keyword.signature() + "`");
                    ok = false;
                } else if (i != args.size() - 1) {
                    diagnostics.error(DiagnosticCode.R004, at(closure), "the block of `" + keyword.name() + "` must come last");
                    ok = false;
                } else if (closure.isParameterSpecified()) {
                    outside(closure, "a block with parameters");
                    ok = false;
                } else {
                    List<Statement> statements = closure.getCode() instanceof BlockStatement block
                            ? block.getStatements()
                            : List.of(closure.getCode());
                    if (keyword.body() == Block.CRITERIA && statements.isEmpty()) {
                        // The call is kept, so its block is not also reported as missing.
                        diagnostics.error(DiagnosticCode.R008, at(closure), "`" + keyword.name() + "` needs at least one criterion",
                                "add `indication '...'` inside the block");
                    }
                    body = readBlock(statements, keyword.body(), at(closure));
                    if (keyword.body() == Block.CRITERIA && !statements.isEmpty() && !body.isEmpty()
                            && body.stream().allMatch(c -> c.name().equals("paragraph") || c.name().equals("heading"))) {
                        // Prose alone decides nothing: the block would silently drop out of the criteria.
                        diagnostics.error(DiagnosticCode.R008, at(closure), "`" + keyword.name() + "` needs at least one "
                                + "criterion besides its prose", "add the criteria the prose introduces inside the block");
                    }
                }
            } else {
                Optional<Value> value = literal(arg);
                ok &= value.isPresent();
                positional.add(value.orElse(null));
                positionalWritten.add(arg);
            }
        }
        if (chainedValue != null) {
            String name = keyword.chained().name();
            Optional<Value> value = literal(chainedValue);
            if (value.isPresent() && named.containsKey(name)) {
                diagnostics.error(DiagnosticCode.R004, value.get().at(), "argument `" + name + "` is given twice");
                ok = false;
            } else {
                ok &= value.isPresent();
                named.put(name, value.orElse(null));
            }
        }
        if (keyword.body() != null && !keyword.body().mayBeLeftOut() && args.stream().noneMatch(ClosureExpression.class::isInstance)) {
            // A lambda is a ClosureExpression too; it was reported above and needs no second message.
            diagnostics.error(DiagnosticCode.R006, at(call), "`" + keyword.name() + "` needs a block `{ ... }`");
            ok = false;
        }
        ok &= checkPositional(keyword, positional, positionalWritten, call);
        ok &= checkNamed(keyword, named, call);
        return ok ? Optional.of(new Call(keyword, positional, named, body, at(call))) : Optional.empty();
    }

    private boolean readNamed(Keyword keyword, MapExpression map, Map<String, Value> named) {
        boolean ok = true;
        for (MapEntryExpression entry : map.getMapEntryExpressions()) {
            if (!(entry.getKeyExpression() instanceof ConstantExpression key && key.getValue() instanceof String name)) {
                outside(entry.getKeyExpression(), "a computed argument name");
                ok = false;
                continue;
            }
            if (keyword.namedParam(name).isEmpty()) {
                List<String> known = new ArrayList<>(keyword.named().stream().map(Param::name).toList());
                if (keyword.chained() != null) {
                    known.add(keyword.chained().name());
                }
                diagnostics.error(DiagnosticCode.R005, at(key), "`" + keyword.name() + "` has no argument `" + name + "`",
                        Vocabulary.closestOf(known, name).map(s -> "did you mean `" + s + "`?")
                                .orElse(known.isEmpty() ? "it takes no named arguments" : "its named arguments: " + String.join(", ", known)));
                ok = false;
                continue;
            }
            if (named.containsKey(name)) {
                diagnostics.error(DiagnosticCode.R004, at(key), "argument `" + name + "` is given twice");
                ok = false;
                continue;
            }
            Optional<Value> value = literal(entry.getValueExpression());
            ok &= value.isPresent();
            named.put(name, value.orElse(null));
        }
        return ok;
    }

    private boolean checkPositional(
            Keyword keyword, List<Value> values, List<Expression> written, MethodCallExpression call) {
        List<Param> params = keyword.positional();
        if (values.size() > params.size()) {
            diagnostics.error(DiagnosticCode.R004, at(written.get(params.size())),
                    "`" + keyword.name() + "` takes " + (params.isEmpty() ? "no" : "at most " + params.size())
                            + " unnamed argument" + (params.size() == 1 ? "" : "s"),
                    "write it as `" + keyword.signature() + "`");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < params.size(); i++) {
            Param param = params.get(i);
            if (i >= values.size()) {
                if (param.required()) {
                    diagnostics.error(DiagnosticCode.R006, at(call), "`" + keyword.name() + "` needs its " + param.name()
                            + ": " + param.type().expected(), "write it as `" + keyword.signature() + "`");
                    ok = false;
                }
            } else if (values.get(i) != null) {
                ok &= checkValue(keyword, param, values.get(i));
            }
        }
        return ok;
    }

    private boolean checkNamed(Keyword keyword, Map<String, Value> named, MethodCallExpression call) {
        boolean ok = true;
        List<Param> params = new ArrayList<>(keyword.named());
        if (keyword.chained() != null) {
            params.add(keyword.chained());
        }
        for (Param param : params) {
            Value value = named.get(param.name());
            if (!named.containsKey(param.name())) {
                if (param.required()) {
                    diagnostics.error(DiagnosticCode.R006, at(call), "`" + keyword.name() + "` needs `" + param.name()
                            + "`: " + param.type().expected(), "write it as `" + keyword.signature() + "`");
                    ok = false;
                }
            } else if (value != null) {
                ok &= checkValue(keyword, param, value);
            }
        }
        return ok;
    }

    private boolean checkValue(Keyword keyword, Param param, Value value) {
        if (!param.type().acceptsShape(value)) {
            diagnostics.error(DiagnosticCode.R004, value.at(),
                    "`" + param.name() + "` of `" + keyword.name() + "` must be " + param.type().expected());
            return false;
        }
        Optional<ArgType.Problem> problem = param.type().check(value);
        // A fraction where a whole number belongs is a number written wrong, as `050` is.
        String help = value instanceof Value.Decimal && param.type() == ArgType.WHOLE ? NumberLiteral.HELP : param.help();
        problem.ifPresent(p -> diagnostics.error(p.code(), value.at(), p.message(), help));
        return problem.isEmpty();
    }

    private Optional<Value> literal(Expression expression) {
        SourceRef where = at(expression);
        if (expression instanceof ConstantExpression constant) {
            Object v = constant.getValue();
            if (v instanceof String s) {
                return Optional.of(new Value.Text(s, where));
            }
            if (v instanceof Boolean b) {
                return Optional.of(new Value.Bool(b, where));
            }
            if (v instanceof java.math.BigDecimal decimal
                    && NumberLiteral.written(constant).filter(NumberLiteral::isPlainFraction).isPresent()) {
                return Optional.of(new Value.Decimal(decimal, where));
            }
            if (v instanceof Number) {
                return wholeNumber(constant, where).map(n -> new Value.Whole(n, where));
            }
        }
        if (expression instanceof PropertyExpression property
                && property.getObjectExpression() instanceof ConstantExpression amount
                && amount.getValue() instanceof Number
                && property.getProperty() instanceof ConstantExpression unit
                && UNITS.containsKey(String.valueOf(unit.getValue()))) {
            return span(amount, UNITS.get(String.valueOf(unit.getValue())), String.valueOf(unit.getValue()), where);
        }
        outside(expression, Describe.expression(expression));
        return Optional.empty();
    }

    /**
     * The value of a number literal written in plain decimal digits; anything else Groovy reads as a
     * number (octal, hexadecimal, binary, underscores, suffixes, fractions) is reported where written.
     */
    private Optional<Long> wholeNumber(ConstantExpression constant, SourceRef where) {
        Optional<String> problem = NumberLiteral.written(constant).flatMap(NumberLiteral::problem);
        if (problem.isPresent()) {
            diagnostics.error(DiagnosticCode.V005, where, problem.get(), NumberLiteral.HELP);
            return Optional.empty();
        }
        if (!(constant.getValue() instanceof Integer || constant.getValue() instanceof Long)) {
            diagnostics.error(DiagnosticCode.V005, where, "`" + constant.getValue() + "` is too large a number");
            return Optional.empty();
        }
        return Optional.of(((Number) constant.getValue()).longValue());
    }

    /** A span {@code N.unit}: N plain decimal, not negative, and at most the unit's maximum. */
    private Optional<Value> span(ConstantExpression amount, TimeSpan.Unit unit, String unitWritten, SourceRef where) {
        Optional<Long> n = wholeNumber(amount, where);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() < 0) {
            diagnostics.error(DiagnosticCode.V005, where, "a time span cannot be negative, got `" + n.get() + "."
                    + unitWritten + "`", "write a positive span such as `6.months`");
            return Optional.empty();
        }
        if (n.get() > unit.maximum()) {
            diagnostics.error(DiagnosticCode.V005, where, "`" + n.get() + "." + unitWritten + "` is longer than a span may be: at most "
                    + unit.maximum() + " " + unit.written() + (unit == TimeSpan.Unit.YEARS ? "" : " (" + TimeSpan.MAX_YEARS + " years)"),
                    "spans run up to " + TimeSpan.MAX_YEARS + " years, " + TimeSpan.Unit.MONTHS.maximum() + " months, "
                            + TimeSpan.Unit.WEEKS.maximum() + " weeks or " + TimeSpan.Unit.DAYS.maximum() + " days");
            return Optional.empty();
        }
        return Optional.of(new Value.Span(new TimeSpan(n.get().intValue(), unit), where));
    }

    private void checkOccurrences(List<Call> calls, Set<String> written, Block block, SourceRef blockAt) {
        Map<String, Integer> seen = new HashMap<>();
        for (Call call : calls) {
            int count = seen.merge(call.name(), 1, Integer::sum);
            if (count == 2 && call.keyword().occurs() != Keyword.Occurs.MANY) {
                diagnostics.error(DiagnosticCode.R007, call.at(),
                        "`" + call.name() + "` may appear only once in " + block.description());
            }
        }
        for (Keyword keyword : vocabulary.allowedIn(block)) {
            if (keyword.occurs() == Keyword.Occurs.ONCE && !written.contains(keyword.name())) {
                diagnostics.error(DiagnosticCode.R008, blockAt,
                        block.description() + " needs `" + keyword.name() + "`", "add `" + keyword.signature() + "`");
            }
        }
    }

    private static List<Expression> arguments(Expression arguments) {
        if (arguments instanceof TupleExpression tuple) {
            List<Expression> flat = new ArrayList<>();
            for (Expression e : tuple.getExpressions()) {
                flat.add(e);
            }
            return flat;
        }
        return List.of(arguments);
    }

    private void outside(ASTNode node, String what) {
        diagnostics.error(DiagnosticCode.R003, at(node), what + " is not part of the policy vocabulary",
                "a policy file holds only vocabulary keywords with quoted text, dates, codes and spans");
    }

    private SourceRef at(ASTNode node) {
        return new SourceRef(file, Math.max(1, node.getLineNumber()), Math.max(1, node.getColumnNumber()));
    }
}
