package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.assertExactly;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.read;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.TimeSpan;
import io.coverkit.model.TimeTest;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.model.TimeTest.Window;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The time keywords ({@code occurred}, {@code lasted}, {@code adherence}, {@code count},
 * {@code measured}) as a policy writes them: the model they build, and every misuse reported at the
 * argument that causes it.
 */
class TimeCriteriaTest {

    /** Line 6 of the minimal policy, where its indication is, holds {@code criterion}. */
    private static String policy(String criterion) {
        return replacing(6, "            " + criterion);
    }

    /** The 1-based column of {@code token} on line 6 as {@link #policy} writes it. */
    private static int col(String criterion, String token) {
        int i = criterion.indexOf(token);
        assertTrue(i >= 0, token);
        return 12 + i + 1;
    }

    private static MemberCriterion only(String criterion) {
        Guideline g = Snippets.validated(policy(criterion));
        return g.positionStatement().memberCriteria().get(0);
    }

    private static void rejected(String criterion, DiagnosticCode code, String token) {
        assertExactly(read(policy(criterion)), at(code, 6, token == null ? 13 : col(criterion, token)));
    }

    static TimeSpan days(int n) {
        return new TimeSpan(n, TimeSpan.Unit.DAYS);
    }

    @Nested
    class Occurred {
        @Test
        void betweenDay31AndDay91AfterTheStart() {
            MemberCriterion m = only("occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days, atMost: 91.days");
            assertEquals(new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "clinical-re-evaluation"), new Ref(Ref.Kind.THERAPY, "pap"),
                    false, new Window(days(31), true, days(91), true)), m.test());
            assertEquals("clinical-re-evaluation-after-therapy-pap", m.id());
        }

        @Test
        void beforeAPriorServiceWithNoSpan() {
            MemberCriterion m = only("occurred 'face-to-face-evaluation', before: 'prior:95810'");
            assertEquals(new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "face-to-face-evaluation"),
                    new Ref(Ref.Kind.PRIOR_SERVICE, "95810"), true, Window.ANY), m.test());
            assertEquals("face-to-face-evaluation-before-prior-95810", m.id());
        }

        @Test
        void moreThanFortyDaysBeforeTheDateOfService() {
            MemberCriterion m = only("occurred 'qualifying-mi', before: 'service', moreThan: 40.days");
            assertEquals(new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "qualifying-mi"), Ref.SERVICE, true,
                    new Window(days(40), false, null, true)), m.test());
        }

        @Test
        void anAnchorOrBothAnchorsMissing() {
            rejected("occurred 'qualifying-mi', moreThan: 40.days", DiagnosticCode.R006, null);
            rejected("occurred 'qualifying-mi', before: 'service', after: 'pap-start'", DiagnosticCode.R006, null);
        }

        @Test
        void bothLowerOrBothUpperBounds() {
            String s = "occurred 'qualifying-mi', before: 'service', atLeast: 40.days, moreThan: 40.days";
            assertExactly(read(policy(s)), at(DiagnosticCode.R006, 6, col(s, "moreThan: ") + "moreThan: ".length()));
            String u = "occurred 'qualifying-mi', before: 'service', atMost: 40.days, lessThan: 41.days";
            rejected(u, DiagnosticCode.R006, "41.days");
        }

        @Test
        void contradictoryBoundsAreReportedAtTheUpperBound() {
            String s = "occurred 'clinical-re-evaluation', after: 'pap-start', atLeast: 91.days, atMost: 31.days";
            rejected(s, DiagnosticCode.C044, "31.days");
            String equal = "occurred 'x', after: 'pap-start', moreThan: 30.days, atMost: 30.days";
            assertExactly(read(policy(equal)), at(DiagnosticCode.C044, 6, col(equal, "atMost: ") + "atMost: ".length()));
            rejected("occurred 'x', after: 'pap-start', atLeast: 2.months, atMost: 55.days", DiagnosticCode.C044, "55.days");
            rejected("occurred 'x', after: 'pap-start', lessThan: 0.days", DiagnosticCode.C044, "0.days");
        }

        @Test
        void boundsThatOnlyMayMeetAreAccepted() {
            // A month of 28 to 31 days: 30 days may be less than a month, or not, depending on the anchor.
            only("occurred 'x', after: 'pap-start', atLeast: 1.months, atMost: 30.days");
            only("occurred 'x', after: 'pap-start', atLeast: 30.days, atMost: 30.days");
        }

        @Test
        void serviceIsAnAnchorNotAnEvent() {
            rejected("occurred 'service', before: 'pap-start'", DiagnosticCode.V005, "'service'");
        }

        @Test
        void anEventRelativeToItself() {
            String s = "occurred 'pap-start', after: 'pap-start', atLeast: 1.days";
            rejected(s, DiagnosticCode.C044, "'pap-start', atLeast");
        }

        @Test
        void nothingIsAfterTheDateOfServiceByADayOrMore() {
            String s = "occurred 'x', after: 'service', atLeast: 1.days";
            rejected(s, DiagnosticCode.C044, "1.days");
            only("occurred 'x', after: 'service'");
        }

        @Test
        void aMalformedReference() {
            rejected("occurred 'x', before: 'prior:9581'", DiagnosticCode.V003, "'prior:9581'");
            rejected("occurred 'x', before: 'therapy:Cpap'", DiagnosticCode.V003, "'therapy:Cpap'");
            rejected("occurred 'Pap Start', before: 'service'", DiagnosticCode.V003, "'Pap Start'");
        }

        @Test
        void aSpanIsRequiredForTheBounds() {
            rejected("occurred 'x', before: 'service', atMost: 30", DiagnosticCode.R004, "30");
        }
    }

    @Nested
    class Measured {
        @Test
        void afterAtLeastThreeMonthsOfTherapy() {
            MemberCriterion m = only("measured 'lvef', after: 'therapy:gdmt', atLeast: 3.months");
            assertEquals(new TimeTest.Measured("lvef", new Ref(Ref.Kind.THERAPY, "gdmt"), false,
                    new Window(new TimeSpan(3, TimeSpan.Unit.MONTHS), true, null, true)), m.test());
            assertEquals("lvef-measured-after-therapy-gdmt", m.id());
        }

        @Test
        void misuse() {
            rejected("measured 'lvef', atLeast: 3.months", DiagnosticCode.R006, null);
            rejected("measured 'lvef', after: 'therapy:gdmt', atLeast: 3.months, atMost: 2.months", DiagnosticCode.C044, "2.months");
        }
    }

    @Nested
    class Lasted {
        @Test
        void moreThanThreeMonths() {
            MemberCriterion m = only("lasted 'e0601', moreThan: 3.months");
            assertEquals(new TimeTest.Lasted("e0601", new TimeSpan(3, TimeSpan.Unit.MONTHS), false), m.test());
            assertEquals("e0601-lasted-3-months", m.id());
        }

        @Test
        void misuse() {
            rejected("lasted 'cpap'", DiagnosticCode.R006, null);
            rejected("lasted 'cpap', atLeast: 3.months, moreThan: 2.months", DiagnosticCode.R006, "2.months");
            rejected("lasted 'cpap', atLeast: 0.days", DiagnosticCode.C018, "0.days");
        }
    }

    @Nested
    class Adherence {
        static final String L33718 = "adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, "
                + "within: 3.months, after: 'therapy:pap'";

        @Test
        void fourHoursOnSeventyPercentOfThirtyNightsInTheFirstThreeMonths() {
            MemberCriterion m = only(L33718);
            TimeTest.Adherence a = new TimeTest.Adherence("pap-usage-hours", BigDecimal.valueOf(4), 70, null, 30,
                    new TimeSpan(3, TimeSpan.Unit.MONTHS), new Ref(Ref.Kind.THERAPY, "pap"), "");
            assertEquals(a, m.test());
            assertEquals(21, a.daysNeeded());
            assertEquals("pap-usage-hours-adherence", m.id());
        }

        @Test
        void aRunInWeeks() {
            TimeTest.Adherence a = (TimeTest.Adherence) only("adherence 'use', atLeast: 4, onDays: 10, inAny: 2.weeks, within: 90.days, "
                    + "after: 'pap-start'").test();
            assertEquals(14, a.windowDays());
            assertEquals(10, a.daysNeeded());
        }

        @Test
        void exactlyOneOfPercentOrDays() {
            rejected("adherence 'use', atLeast: 4, inAny: 30.days, within: 90.days, after: 'pap-start'", DiagnosticCode.R006, null);
            String both = "adherence 'use', atLeast: 4, onPercentOfDays: 70, onDays: 21, inAny: 30.days, within: 90.days, after: 'pap-start'";
            rejected(both, DiagnosticCode.R006, "21");
        }

        @Test
        void aRunNeedsADayCount() {
            String s = "adherence 'use', atLeast: 4, onDays: 21, inAny: 1.months, within: 90.days, after: 'pap-start'";
            rejected(s, DiagnosticCode.V005, "1.months");
            rejected("adherence 'use', atLeast: 4, onDays: 21, inAny: 0.days, within: 90.days, after: 'pap-start'",
                    DiagnosticCode.C018, "0.days");
        }

        @Test
        void theRunMustFitThePeriod() {
            String s = "adherence 'use', atLeast: 4, onDays: 21, inAny: 30.days, within: 29.days, after: 'pap-start'";
            rejected(s, DiagnosticCode.C044, "29.days");
            only("adherence 'use', atLeast: 4, onDays: 21, inAny: 30.days, within: 30.days, after: 'pap-start'");
        }

        @Test
        void aShareOrCountOutOfRange() {
            rejected("adherence 'use', atLeast: 4, onPercentOfDays: 101, inAny: 30.days, within: 90.days, after: 'pap-start'",
                    DiagnosticCode.V005, "101");
            rejected("adherence 'use', atLeast: 4, onPercentOfDays: 0, inAny: 30.days, within: 90.days, after: 'pap-start'",
                    DiagnosticCode.V005, "0, inAny");
            rejected("adherence 'use', atLeast: 4, onDays: 31, inAny: 30.days, within: 90.days, after: 'pap-start'",
                    DiagnosticCode.C044, "31");
        }

        @Test
        void requiredArguments() {
            rejected("adherence 'use', atLeast: 4, onDays: 21, inAny: 30.days, within: 90.days", DiagnosticCode.R006, null);
        }
    }

    @Nested
    class Count {
        @Test
        void twoOrMoreInTwelveMonths() {
            MemberCriterion m = only("count 'copd-exacerbation', atLeast: 2, within: 12.months");
            assertEquals(new TimeTest.Count(new Ref(Ref.Kind.EVENT, "copd-exacerbation"), 2, null,
                    new TimeSpan(12, TimeSpan.Unit.MONTHS), Ref.SERVICE), m.test());
            assertEquals("copd-exacerbation-count-within-12-months", m.id());
        }

        @Test
        void beforeAnAnchor() {
            TimeTest.Count c = (TimeTest.Count) only("count 'prior:A7038', atMost: 2, within: 1.months, before: 'pap-start'").test();
            assertEquals(new Ref(Ref.Kind.EVENT, "pap-start"), c.anchor());
            assertEquals(new Ref(Ref.Kind.PRIOR_SERVICE, "A7038"), c.event());
        }

        @Test
        void misuse() {
            rejected("count 'x', within: 12.months", DiagnosticCode.R006, null);
            rejected("count 'x', atLeast: 3, atMost: 2, within: 12.months", DiagnosticCode.C044, "2, within");
            rejected("count 'x', atLeast: 2, within: 0.months", DiagnosticCode.C018, "0.months");
            rejected("count 'service', atLeast: 2, within: 12.months", DiagnosticCode.V005, "'service'");
            rejected("count 'x', atLeast: 2", DiagnosticCode.R006, null);
            rejected("count 'pap-start', atLeast: 2, within: 12.months, before: 'pap-start'", DiagnosticCode.C044, "'pap-start'");
        }
    }

    @Nested
    class Trend {
        @Test
        void aDecreaseOfMoreThanTenFromTheFirst() {
            MemberCriterion m = only("trend 'arterial-po2', falling: true, moreThan: 10");
            assertEquals(new TimeTest.Trend("arterial-po2", true, BigDecimal.TEN, false, null), m.test());
            assertEquals("arterial-po2-falling", m.id());
        }

        @Test
        void reducedFromTheBaselineAtTheStartOfTherapy() {
            MemberCriterion m = only("trend 'affected-bsa', falling: true, baseline: 'therapy:dupilumab'");
            assertEquals(new TimeTest.Trend("affected-bsa", true, BigDecimal.ZERO, false, new Ref(Ref.Kind.THERAPY, "dupilumab")), m.test());
            TimeTest.Trend rising = (TimeTest.Trend) only("trend 'fev1', falling: false, atLeast: 5").test();
            assertEquals(new TimeTest.Trend("fev1", false, BigDecimal.valueOf(5), true, null), rising);
        }

        @Test
        void misuse() {
            rejected("trend 'fev1'", DiagnosticCode.R006, null);
            rejected("trend 'fev1', falling: 'yes'", DiagnosticCode.R004, "'yes'");
            rejected("trend 'fev1', falling: true, atLeast: 5, moreThan: 4", DiagnosticCode.R006, "4");
            rejected("trend 'fev1', falling: true, atLeast: 0", DiagnosticCode.C040, "0");
            rejected("trend 'fev1', falling: true, baseline: 'prior:1'", DiagnosticCode.V003, "'prior:1'");
        }
    }
}
