package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The terms of the expressions open at the deepest point of a text, as the gate counts them: the
 * count follows Groovy's statements (a line break ends one only where Groovy ends it), and text the
 * lexer cannot read is counted as code.
 */
class ExpressionBoundTest {

    private static long deepest(String text) {
        Lexer lexer = new Lexer(text);
        int lo = 0;
        int hi = 1_000_000;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (ExpressionBound.count(text, lexer, mid).terms() == null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x y x y                                  | 4
            x y\\nx y                                 | 2
            x y;x y                                  | 2
            f(a, b, c)                               | 3
            f(x y x y)                               | 6
            'a' + 'b' + 'c'                          | 5
            'a' +\\n'b' +\\n'c'                        | 5
            a\\n.b\\n.c                                | 5
            a\\n? b\\n: c                              | 5
            a\\nin b                                  | 3
            f(x\\ny\\nx)                               | 5
            g {\\n  x y\\n  x y x\\n}                  | 5
            List<List<String>>                       | 7
            !!!!x                                    | 5
            // x y x y x y\\nz                        | 1
            a /* x y x y */ b                        | 2
            a / b\\nc d e                             | 6
            """)
    void termsOfTheExpressionsOpenAtTheDeepestPoint(String text, long terms) {
        assertEquals(terms, deepest(text.replace("\\n", "\n")), text);
    }

    @org.junit.jupiter.api.Test
    void aStringIsOneTermWhateverItHolds() {
        assertEquals(5, deepest("f('a, b; c\\' d' x y)"));
        assertEquals(3, deepest("x '''one,\ntwo''' y"));
        assertEquals(2, deepest("x \"a, b\""));
    }
}
