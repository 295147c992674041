package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.TimeSpan;
import io.coverkit.model.TimeTest;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.model.TimeTest.Window;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.Therapy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time relations at every edge: exactly on a bound, a day either side, and unknowns. Every
 * judgement is checked against the outcome-only screen, which must give the same truth.
 */
class TimeRelationsTest {

    static final LocalDate DOS = LocalDate.of(2024, 6, 1);
    static final RevisionContext CONTEXT = new RevisionContext(List.of(), Set.of(), Map.of(), Map.of());
    static final Ref PAP_START = new Ref(Ref.Kind.EVENT, "pap-start");
    static final Ref RE_EVALUATION = new Ref(Ref.Kind.EVENT, "clinical-re-evaluation");

    static TimeSpan days(int n) {
        return new TimeSpan(n, TimeSpan.Unit.DAYS);
    }

    static TimeSpan months(int n) {
        return new TimeSpan(n, TimeSpan.Unit.MONTHS);
    }

    /** The judgement of {@code test}, after checking that the screen gives the same truth. */
    static Judgement judge(TimeTest test, Consumer<CoverageRequestBuilder> request) {
        CoverageRequestBuilder b = CoverageRequest.builder(DOS, LineOfBusiness.MEDICARE_ADVANTAGE);
        request.accept(b);
        CoverageRequest r = b.build();
        MemberJudge judge = MemberJudges.of(test, CONTEXT);
        Judgement j = judge.judge(r);
        assertEquals(j.truth(), judge.truth(r), () -> "the screen disagrees with the judge: " + j.because());
        return j;
    }

    /** The L33718 re-evaluation: day 31 to day 91 after the start, both included. */
    static final TimeTest.Occurred REEVALUATION = new TimeTest.Occurred(RE_EVALUATION, PAP_START, false,
            new Window(days(31), true, days(91), true));

    @Nested
    class Occurred {
        @ParameterizedTest(name = "re-evaluation {0} days after the start: {1}")
        @CsvSource({"30, NOT_MET", "31, MET", "45, MET", "91, MET", "92, NOT_MET", "0, NOT_MET", "-1, NOT_MET"})
        void dayThirtyOneThroughDayNinetyOne(int offset, Truth expected) {
            LocalDate start = LocalDate.of(2024, 1, 20);
            Judgement j = judge(REEVALUATION, r -> r.event("pap-start", start).event("clinical-re-evaluation", start.plusDays(offset)));
            assertEquals(expected, j.truth(), j.because());
            assertEquals("events[1]", j.evidence().field());
        }

        @Test
        void theExplanationSaysWhereTheDateFallsWithoutNegation() {
            Judgement met = judge(REEVALUATION, r -> r.event("pap-start", LocalDate.of(2024, 1, 20))
                    .event("clinical-re-evaluation", LocalDate.of(2024, 3, 5)));
            assertEquals("clinical-re-evaluation on 2024-03-05 is 45 days after pap-start on 2024-01-20, within day 31 to day 91 after",
                    met.because());
            Judgement early = judge(REEVALUATION, r -> r.event("pap-start", LocalDate.of(2024, 1, 20))
                    .event("clinical-re-evaluation", LocalDate.of(2024, 2, 10)));
            assertEquals("clinical-re-evaluation on 2024-02-10 is 21 days after pap-start on 2024-01-20, outside day 31 to day 91 after",
                    early.because());
            assertFalse(early.because().contains("must not"));
        }

        @Test
        void anyOccurrenceInTheWindowMeetsIt() {
            LocalDate start = LocalDate.of(2024, 1, 20);
            Judgement j = judge(REEVALUATION, r -> r.event("pap-start", start).event("clinical-re-evaluation", start.plusDays(10))
                    .event("clinical-re-evaluation", start.plusDays(40)).event("clinical-re-evaluation", start.plusDays(100)));
            assertEquals(Truth.MET, j.truth());
            assertEquals(start.plusDays(40), j.evidence().date());
        }

        @Test
        void anUnstatedEventOrAnchorIsUnknown() {
            Judgement noEvent = judge(REEVALUATION, r -> r.event("pap-start", LocalDate.of(2024, 1, 20)));
            assertEquals(Truth.UNKNOWN, noEvent.truth());
            assertEquals("no `clinical-re-evaluation` event on or before 2024-06-01 is stated", noEvent.because());
            Judgement noAnchor = judge(REEVALUATION, r -> r.event("clinical-re-evaluation", LocalDate.of(2024, 3, 5)));
            assertEquals(Truth.UNKNOWN, noAnchor.truth());
            assertEquals("no `pap-start` event on or before 2024-06-01 is stated", noAnchor.because());
        }

        @Test
        void eventsAfterTheDateOfServiceHaveNotHappened() {
            Judgement j = judge(REEVALUATION, r -> r.event("pap-start", LocalDate.of(2024, 4, 1))
                    .event("clinical-re-evaluation", LocalDate.of(2024, 6, 2)));
            assertEquals(Truth.UNKNOWN, j.truth(), j.because());
        }

        @Test
        void theAnchorIsItsLatestOccurrence() {
            Judgement j = judge(REEVALUATION, r -> r.event("pap-start", LocalDate.of(2024, 1, 1)).event("pap-start", LocalDate.of(2024, 3, 1))
                    .event("clinical-re-evaluation", LocalDate.of(2024, 2, 15)));
            assertEquals(Truth.NOT_MET, j.truth(), "2024-02-15 is before the latest start, 2024-03-01");
            assertEquals("clinical-re-evaluation on 2024-02-15 is 15 days before pap-start on 2024-03-01, not after it", j.because());
        }

        @ParameterizedTest(name = "face-to-face {0} days before the sleep test: {1}")
        @CsvSource({"-1, NOT_MET", "0, MET", "1, MET", "400, MET"})
        void beforeWithoutASpanCountsTheAnchorsOwnDay(int daysBefore, Truth expected) {
            TimeTest.Occurred test = new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "face-to-face"),
                    new Ref(Ref.Kind.PRIOR_SERVICE, "95810"), true, Window.ANY);
            LocalDate sleepTest = LocalDate.of(2024, 3, 1);
            Judgement j = judge(test, r -> r.priorService("CPT", "95810", sleepTest, List.of())
                    .event("face-to-face", sleepTest.minusDays(daysBefore)));
            assertEquals(expected, j.truth(), j.because());
        }

        @ParameterizedTest(name = "strictly before: {0} days before: {1}")
        @CsvSource({"0, NOT_MET", "1, MET"})
        void moreThanZeroDaysIsAStrictlyEarlierDay(int daysBefore, Truth expected) {
            TimeTest.Occurred test = new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "face-to-face"), new Ref(Ref.Kind.EVENT, "sleep-test"),
                    true, new Window(days(0), false, null, true));
            LocalDate sleepTest = LocalDate.of(2024, 3, 1);
            assertEquals(expected, judge(test, r -> r.event("sleep-test", sleepTest).event("face-to-face", sleepTest.minusDays(daysBefore)))
                    .truth());
        }

        @ParameterizedTest(name = "qualifying MI {0} days before the date of service: {1}")
        @CsvSource({"40, NOT_MET", "41, MET", "39, NOT_MET"})
        void moreThanFortyDaysBeforeTheDateOfService(int daysBefore, Truth expected) {
            TimeTest.Occurred test = new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "qualifying-mi"), Ref.SERVICE, true,
                    new Window(days(40), false, null, true));
            Judgement j = judge(test, r -> r.event("qualifying-mi", DOS.minusDays(daysBefore)));
            assertEquals(expected, j.truth(), j.because());
            assertTrue(j.because().contains("the date of service, 2024-06-01"), j.because());
        }

        @ParameterizedTest(name = "oxygen test {0} days before discharge: {1}")
        @CsvSource({"0, MET", "2, MET", "3, NOT_MET", "-1, NOT_MET"})
        void withinTwoDaysPriorToDischarge(int daysBefore, Truth expected) {
            TimeTest.Occurred test = new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "oxygen-test"), new Ref(Ref.Kind.EVENT, "discharge"),
                    true, new Window(null, true, days(2), true));
            LocalDate discharge = LocalDate.of(2024, 5, 20);
            assertEquals(expected, judge(test, r -> r.event("discharge", discharge).event("oxygen-test", discharge.minusDays(daysBefore)))
                    .truth());
        }

        @ParameterizedTest(name = "visit on {0}, six months before 2024-06-01: {1}")
        @CsvSource({"2023-12-01, MET", "2023-11-30, NOT_MET", "2024-06-01, MET"})
        void withinSixMonthsPriorToOrdering(String visit, Truth expected) {
            TimeTest.Occurred test = new TimeTest.Occurred(new Ref(Ref.Kind.EVENT, "in-person-visit"), Ref.SERVICE, true,
                    new Window(null, true, months(6), true));
            assertEquals(expected, judge(test, r -> r.event("in-person-visit", LocalDate.parse(visit))).truth());
        }

        @Test
        void aTherapyStartIsAnAnchor() {
            TimeTest.Occurred test = new TimeTest.Occurred(RE_EVALUATION, new Ref(Ref.Kind.THERAPY, "pap"), false,
                    new Window(days(31), true, days(91), true));
            LocalDate start = LocalDate.of(2024, 1, 20);
            Judgement j = judge(test, r -> r.therapy("e0601", "pap", start, null, Therapy.Outcome.ONGOING)
                    .event("clinical-re-evaluation", start.plusDays(31)));
            assertEquals(Truth.MET, j.truth(), j.because());
            assertTrue(j.because().contains("the start of pap on 2024-01-20"), j.because());
        }
    }

    @Nested
    class Measured {
        final TimeTest.Measured afterThreeMonths = new TimeTest.Measured("lvef", new Ref(Ref.Kind.THERAPY, "gdmt"), false,
                new Window(months(3), true, null, true));

        @ParameterizedTest(name = "latest LVEF on {0}, therapy from 2024-01-15: {1}")
        @CsvSource({"2024-04-15, MET", "2024-04-14, NOT_MET", "2024-05-30, MET"})
        void theLatestMeasurementAfterThreeMonthsOfTherapy(String measured, Truth expected) {
            Judgement j = judge(afterThreeMonths, r -> r.therapy("carvedilol", "gdmt", LocalDate.of(2024, 1, 15), null, Therapy.Outcome.ONGOING)
                    .observation("lvef", new BigDecimal("30"), "%", LocalDate.of(2024, 2, 1))
                    .observation("lvef", new BigDecimal("33"), "%", LocalDate.parse(measured)));
            assertEquals(expected, j.truth(), j.because());
            assertTrue(j.because().startsWith("the latest lvef on " + measured), j.because());
        }

        @Test
        void anUndatedOrMissingMeasurementIsUnknown() {
            Consumer<CoverageRequestBuilder> therapy = r -> r.therapy("carvedilol", "gdmt", LocalDate.of(2024, 1, 15), null, Therapy.Outcome.ONGOING);
            assertEquals(Truth.UNKNOWN, judge(afterThreeMonths, therapy).truth());
            assertEquals(Truth.UNKNOWN, judge(afterThreeMonths, therapy.andThen(r -> r.observation("lvef", BigDecimal.TEN, "%", null))).truth());
            assertEquals(Truth.UNKNOWN, judge(afterThreeMonths, r -> r.observation("lvef", BigDecimal.TEN, "%", LocalDate.of(2024, 5, 1)))
                    .truth(), "no therapy: no anchor");
        }
    }

    @Nested
    class Lasted {
        final TimeTest.Lasted atLeastThreeMonths = new TimeTest.Lasted("cpap", months(3), true);
        final TimeTest.Lasted moreThanThreeMonths = new TimeTest.Lasted("cpap", months(3), false);

        @ParameterizedTest(name = "from 2024-01-01 through {0}: at least 3 months {1}, more than 3 months {2}")
        @CsvSource({"2024-03-30, NOT_MET, NOT_MET", "2024-03-31, MET, NOT_MET", "2024-04-01, MET, MET"})
        void threeMonthsFromJanuaryFirstIsThroughMarch31(String end, Truth atLeast, Truth moreThan) {
            Consumer<CoverageRequestBuilder> r = b -> b.therapy("cpap", "", LocalDate.of(2024, 1, 1), LocalDate.parse(end), Therapy.Outcome.COMPLETED);
            assertEquals(atLeast, judge(atLeastThreeMonths, r).truth());
            assertEquals(moreThan, judge(moreThanThreeMonths, r).truth());
        }

        @Test
        void anOngoingTherapyCountsThroughTheDateOfService() {
            Judgement j = judge(atLeastThreeMonths, r -> r.therapy("cpap", "", DOS.minusMonths(3).plusDays(1), null, Therapy.Outcome.ONGOING));
            assertEquals(Truth.MET, j.truth(), j.because());
            assertEquals("cpap from 2024-03-02 through the date of service 2024-06-01 lasted 92 days, at least 3 months", j.because());
            Judgement shorter = judge(atLeastThreeMonths, r -> r.therapy("cpap", "", DOS.minusMonths(3).plusDays(2), null, Therapy.Outcome.ONGOING));
            assertEquals(Truth.NOT_MET, shorter.truth(), shorter.because());
            assertTrue(shorter.because().endsWith("shorter than at least 3 months") || shorter.because().contains("shorter than"));
        }

        @Test
        void noSuchTherapyIsUnknown() {
            assertEquals(Truth.UNKNOWN, judge(atLeastThreeMonths, r -> r.therapy("bipap", "", LocalDate.of(2023, 1, 1), null,
                    Therapy.Outcome.ONGOING)).truth());
            assertEquals(Truth.UNKNOWN, judge(atLeastThreeMonths, r -> r.therapy("cpap", "", DOS.plusDays(1), null,
                    Therapy.Outcome.ONGOING)).truth(), "a therapy starting after the date of service has not started");
        }
    }

    @Nested
    class Count {
        final TimeTest.Count twoInTwelveMonths = new TimeTest.Count(new Ref(Ref.Kind.EVENT, "exacerbation"), 2, null, months(12), Ref.SERVICE);

        @ParameterizedTest(name = "exacerbations on 2024-01-10 and {0}: {1}")
        @CsvSource({"2023-06-01, MET", "2023-05-31, NOT_MET", "2024-06-01, MET", "2024-06-02, NOT_MET"})
        void twoOrMoreInTwelveMonthsCountsBothEnds(String other, Truth expected) {
            Judgement j = judge(twoInTwelveMonths, r -> r.event("exacerbation", LocalDate.of(2024, 1, 10)).event("exacerbation", LocalDate.parse(other)));
            assertEquals(expected, j.truth(), j.because());
        }

        @Test
        void theExplanationCountsTheWindow() {
            Judgement j = judge(twoInTwelveMonths, r -> r.event("exacerbation", LocalDate.of(2024, 1, 10)));
            assertEquals("1 occurrence of exacerbation from 2023-06-01 through 2024-06-01, the date of service (12 months), "
                    + "where the criterion requires at least 2",
                    j.because());
        }

        @Test
        void noOccurrenceAtAllIsUnknown() {
            assertEquals(Truth.UNKNOWN, judge(twoInTwelveMonths, r -> {}).truth());
        }

        @ParameterizedTest(name = "{0} refills in a month, at most 2: {1}")
        @CsvSource({"1, MET", "2, MET", "3, NOT_MET"})
        void atMostCountsPriorServices(int refills, Truth expected) {
            TimeTest.Count test = new TimeTest.Count(new Ref(Ref.Kind.PRIOR_SERVICE, "A7038"), null, 2, months(1), Ref.SERVICE);
            assertEquals(expected, judge(test, r -> {
                for (int i = 0; i < refills; i++) {
                    r.priorService("HCPCS", "A7038", DOS.minusDays(i), List.of());
                }
            }).truth());
        }
    }

    @Nested
    class Trend {
        final TimeTest.Trend poDrop = new TimeTest.Trend("arterial-po2", true, BigDecimal.TEN, false, null);
        final TimeTest.Trend bsaReduced = new TimeTest.Trend("affected-bsa", true, BigDecimal.ZERO, false,
                new Ref(Ref.Kind.THERAPY, "dupilumab"));

        @ParameterizedTest(name = "PO2 from 70 to {0}: {1}")
        @CsvSource({"60, NOT_MET", "59, MET", "59.9, MET", "75, NOT_MET"})
        void aDecreaseOfMoreThanTen(String latest, Truth expected) {
            Judgement j = judge(poDrop, r -> r.observation("arterial-po2", new BigDecimal("70"), "mm[Hg]", LocalDate.of(2024, 5, 1))
                    .observation("arterial-po2", new BigDecimal(latest), "mm[Hg]", LocalDate.of(2024, 5, 2)));
            assertEquals(expected, j.truth(), j.because());
        }

        @Test
        void theExplanationSaysHowFarItMoved() {
            Judgement j = judge(poDrop, r -> r.observation("arterial-po2", new BigDecimal("70"), "mm[Hg]", LocalDate.of(2024, 5, 1))
                    .observation("arterial-po2", new BigDecimal("58"), "mm[Hg]", LocalDate.of(2024, 5, 2)));
            assertEquals("arterial-po2 58 on 2024-05-02 is down 12 mm[Hg] from 70 on 2024-05-01, as required: lower by more than 10",
                    j.because());
            Judgement up = judge(poDrop, r -> r.observation("arterial-po2", new BigDecimal("70"), "", LocalDate.of(2024, 5, 1))
                    .observation("arterial-po2", new BigDecimal("75"), "", LocalDate.of(2024, 5, 2)));
            assertEquals("arterial-po2 75 on 2024-05-02 is up 5 from 70 on 2024-05-01; required: lower by more than 10", up.because());
        }

        @ParameterizedTest(name = "BSA 30 at the start, {0} now: {1}")
        @CsvSource({"29, MET", "30, NOT_MET", "31, NOT_MET"})
        void reducedFromTheBaselineAtTheStartOfTherapy(String now, Truth expected) {
            Judgement j = judge(bsaReduced, r -> r.therapy("dupixent", "dupilumab", LocalDate.of(2024, 1, 10), null, Therapy.Outcome.ONGOING)
                    .observation("affected-bsa", new BigDecimal("45"), "%", LocalDate.of(2023, 10, 1))
                    .observation("affected-bsa", new BigDecimal("30"), "%", LocalDate.of(2024, 1, 10))
                    .observation("affected-bsa", new BigDecimal(now), "%", LocalDate.of(2024, 5, 1)));
            assertEquals(expected, j.truth(), j.because());
        }

        @Test
        void unknowns() {
            assertEquals(Truth.UNKNOWN, judge(poDrop, r -> r.observation("arterial-po2", BigDecimal.TEN, "", LocalDate.of(2024, 5, 1))).truth(),
                    "one observation: no later one");
            assertEquals(Truth.UNKNOWN, judge(poDrop, r -> r.observation("arterial-po2", BigDecimal.TEN, "", LocalDate.of(2024, 5, 1))
                    .observation("arterial-po2", BigDecimal.ONE, "", LocalDate.of(2024, 5, 1))).truth(), "same day: no later one");
            assertEquals(Truth.UNKNOWN, judge(poDrop, r -> r.observation("arterial-po2", BigDecimal.TEN, "kPa", LocalDate.of(2024, 5, 1))
                    .observation("arterial-po2", BigDecimal.ONE, "mm[Hg]", LocalDate.of(2024, 5, 2))).truth(), "two units");
            assertEquals(Truth.UNKNOWN, judge(bsaReduced, r -> r.observation("affected-bsa", BigDecimal.TEN, "", LocalDate.of(2024, 5, 1))
                    .observation("affected-bsa", BigDecimal.ONE, "", LocalDate.of(2024, 5, 2))).truth(), "no therapy: no anchor");
            assertEquals(Truth.UNKNOWN, judge(bsaReduced, r -> r.therapy("dupixent", "dupilumab", LocalDate.of(2024, 1, 10), null,
                    Therapy.Outcome.ONGOING).observation("affected-bsa", BigDecimal.ONE, "", LocalDate.of(2024, 5, 2))).truth(),
                    "no observation on or before the start");
        }
    }

    @Test
    void everyTimeTestReadsInWords() {
        assertEquals("clinical-re-evaluation on day 31 to day 91 after pap-start", MemberCriteria.describe(REEVALUATION));
        assertEquals("face-to-face before prior service 95810", MemberCriteria.describe(new TimeTest.Occurred(
                new Ref(Ref.Kind.EVENT, "face-to-face"), new Ref(Ref.Kind.PRIOR_SERVICE, "95810"), true, Window.ANY)));
        assertEquals("qualifying-mi more than 40 days before the date of service", MemberCriteria.describe(new TimeTest.Occurred(
                new Ref(Ref.Kind.EVENT, "qualifying-mi"), Ref.SERVICE, true, new Window(days(40), false, null, true))));
        assertEquals("cpap lasted at least 3 months", MemberCriteria.describe(new TimeTest.Lasted("cpap", months(3), true)));
        assertEquals("at least 2 exacerbation within 12 months before the date of service", MemberCriteria.describe(
                new TimeTest.Count(new Ref(Ref.Kind.EVENT, "exacerbation"), 2, null, months(12), Ref.SERVICE)));
        assertEquals("latest lvef measured at least 3 months after the start of gdmt", MemberCriteria.describe(
                new TimeTest.Measured("lvef", new Ref(Ref.Kind.THERAPY, "gdmt"), false, new Window(months(3), true, null, true))));
        assertEquals("latest affected-bsa lower than the one measured on or before the start of dupilumab", MemberCriteria.describe(
                new TimeTest.Trend("affected-bsa", true, BigDecimal.ZERO, false, new Ref(Ref.Kind.THERAPY, "dupilumab"))));
        assertEquals("latest arterial-po2 lower by more than 10 than the first measured", MemberCriteria.describe(
                new TimeTest.Trend("arterial-po2", true, BigDecimal.TEN, false, null)));
    }
}
