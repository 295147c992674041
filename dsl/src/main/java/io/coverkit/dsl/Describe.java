package io.coverkit.dsl;

import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.LambdaExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.RangeExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.AssertStatement;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SwitchStatement;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.ast.stmt.ThrowStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.ast.stmt.WhileStatement;

/** Names syntax an analyst might write, in plain words, for "not part of the vocabulary" messages. */
final class Describe {
    private Describe() {}

    static String statement(Statement statement) {
        if (statement instanceof ForStatement || statement instanceof WhileStatement || statement instanceof DoWhileStatement) {
            return "a loop";
        }
        if (statement instanceof IfStatement || statement instanceof SwitchStatement) {
            return "a condition";
        }
        if (statement instanceof TryCatchStatement) {
            return "a try/catch";
        }
        if (statement instanceof ReturnStatement) {
            return "a return";
        }
        if (statement instanceof ThrowStatement) {
            return "a throw";
        }
        if (statement instanceof AssertStatement) {
            return "an assertion";
        }
        if (statement instanceof SynchronizedStatement) {
            return "a synchronized block";
        }
        if (statement instanceof BlockStatement) {
            return "a nested block";
        }
        return "a statement";
    }

    static String expression(Expression e) {
        if (e instanceof DeclarationExpression d) {
            return "a variable declaration `" + d.getLeftExpression().getText() + "`";
        }
        if (e instanceof BinaryExpression b) {
            return "=".equals(b.getOperation().getText()) ? "an assignment" : "an expression with `" + b.getOperation().getText() + "`";
        }
        if (e instanceof VariableExpression v) {
            return "a name `" + v.getName() + "`";
        }
        if (e instanceof GStringExpression) {
            return "a string with `${...}` inside";
        }
        if (e instanceof ClosureExpression || e instanceof LambdaExpression) {
            return "a block in this place";
        }
        if (e instanceof MethodPointerExpression) {
            return "a method reference";
        }
        if (e instanceof ConstructorCallExpression) {
            return "creating an object with `new`";
        }
        if (e instanceof StaticMethodCallExpression || e instanceof MethodCallExpression) {
            return "a call in this place";
        }
        if (e instanceof ClassExpression c) {
            return "a class name `" + c.getType().getNameWithoutPackage() + "`";
        }
        if (e instanceof AttributeExpression || e instanceof PropertyExpression) {
            return "a property access `" + e.getText() + "`";
        }
        if (e instanceof CastExpression) {
            return "a type conversion";
        }
        if (e instanceof TernaryExpression) {
            return "a conditional expression";
        }
        if (e instanceof ListExpression) {
            return "a list";
        }
        if (e instanceof MapExpression) {
            return "a map in this place";
        }
        if (e instanceof RangeExpression) {
            return "a range";
        }
        if (e instanceof ConstantExpression c) {
            return c.getValue() == null ? "`null`" : "the value `" + c.getText() + "` in this place";
        }
        return "this expression";
    }
}
