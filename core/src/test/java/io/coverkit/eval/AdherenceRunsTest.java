package io.coverkit.eval;

import static io.coverkit.eval.TimeRelationsTest.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.TimeSpan;
import io.coverkit.model.TimeTest;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.request.CoverageRequestBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adherence at its edges: 20 and 21 good nights of 30 (70% rounds up to 21), a run that must lie
 * whole in the first three months, a day without a record, several records on one day, records out
 * of order, and unknowns; then the linear pass against a brute force over every run.
 */
class AdherenceRunsTest {

    static final LocalDate START = LocalDate.of(2024, 1, 20);
    static final Ref PAP = new Ref(Ref.Kind.EVENT, "pap-start");
    /** L33718: at least 4 hours on 70% of nights in any 30 consecutive nights within the first 3 months. */
    static final TimeTest.Adherence L33718 = new TimeTest.Adherence("pap-hours", BigDecimal.valueOf(4), 70, null, 30,
            new TimeSpan(3, TimeSpan.Unit.MONTHS), PAP, "");

    /** The start event and one record a night from {@code first} (days after the start) with these hours. */
    static Consumer<CoverageRequestBuilder> nights(int first, double... hours) {
        return r -> {
            r.event("pap-start", START);
            for (int i = 0; i < hours.length; i++) {
                r.observation("pap-hours", BigDecimal.valueOf(hours[i]), "h", START.plusDays(first + i));
            }
        };
    }

    /** {@code good} nights of 5 hours then {@code 30 - good} of 2 hours, from {@code first}. */
    static double[] run(int good) {
        double[] h = new double[30];
        for (int i = 0; i < 30; i++) {
            h[i] = i < good ? 5 : 2;
        }
        return h;
    }

    @ParameterizedTest(name = "{0} good nights of 30: {1}")
    @CsvSource({"20, NOT_MET", "21, MET", "30, MET", "0, NOT_MET"})
    void seventyPercentOfThirtyIsTwentyOneNights(int good, Truth expected) {
        Judgement j = judge(L33718, nights(0, run(good)));
        assertEquals(expected, j.truth(), j.because());
    }

    @Test
    void exactlyFourHoursCounts() {
        double[] h = new double[21];
        java.util.Arrays.fill(h, 4.0);
        assertEquals(Truth.MET, judge(L33718, nights(0, h)).truth());
        java.util.Arrays.fill(h, 3.99);
        assertEquals(Truth.NOT_MET, judge(L33718, nights(0, h)).truth());
    }

    @Test
    void theExplanationNamesTheBestRunAndTheMissingDaysRule() {
        Judgement j = judge(L33718, nights(2, run(23)));
        assertEquals(Truth.MET, j.truth());
        assertEquals("the best run of 30 days in the first 3 months from pap-start on 2024-01-20, 2024-01-22 to 2024-02-20, has 23 days "
                + "with pap-hours at least 4 (21 needed: 70% of 30); a day without a record counts as a day without use", j.because());
        assertEquals(START.plusDays(2), j.evidence().date());
    }

    @ParameterizedTest(name = "21 good nights starting {0} days after the start: {1}")
    @CsvSource({"0, MET", "69, MET", "70, MET", "71, NOT_MET", "-1, NOT_MET"})
    void theRunMustLieInTheFirstThreeMonths(int first, Truth expected) {
        // 3 months from 2024-01-20: 2024-01-20 through 2024-04-19, 91 days (day 0 to day 90).
        double[] h = new double[21];
        java.util.Arrays.fill(h, 6);
        Judgement j = judge(L33718, nights(first, h));
        assertEquals(expected, j.truth(), j.because());
    }

    @Test
    void aDayWithoutARecordIsADayWithoutUse() {
        // Every other night recorded, all good: 15 of any 30 nights.
        double[] h = new double[59];
        for (int i = 0; i < h.length; i++) {
            h[i] = i % 2 == 0 ? 8 : Double.NaN;
        }
        Judgement j = judge(L33718, r -> {
            r.event("pap-start", START);
            for (int i = 0; i < h.length; i++) {
                if (!Double.isNaN(h[i])) {
                    r.observation("pap-hours", BigDecimal.valueOf(h[i]), "", START.plusDays(i));
                }
            }
        });
        assertEquals(Truth.NOT_MET, j.truth());
        assertTrue(j.because().contains("has 15 days"), j.because());
    }

    @Test
    void recordsOfOneDayAddUp() {
        Judgement j = judge(L33718, r -> {
            r.event("pap-start", START);
            for (int i = 0; i < 21; i++) {
                r.observation("pap-hours", BigDecimal.valueOf(2), "", START.plusDays(i));
                r.observation("pap-hours", BigDecimal.valueOf(2), "", START.plusDays(i));
            }
        });
        assertEquals(Truth.MET, j.truth(), j.because());
    }

    @Test
    void recordsInAnyOrder() {
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            days.add(i);
        }
        Collections.shuffle(days, new Random(17));
        Judgement j = judge(L33718, r -> {
            r.event("pap-start", START);
            days.forEach(d -> r.observation("pap-hours", BigDecimal.valueOf(5), "", START.plusDays(d)));
        });
        assertEquals(Truth.MET, j.truth(), j.because());
    }

    @Test
    void recordsAfterTheDateOfServiceHaveNotHappened() {
        // The date of service is 2024-06-01: of 40 good nights from 2024-05-10, the 23 through 06-01 count.
        Judgement j = judge(L33718, r -> {
            r.event("pap-start", LocalDate.of(2024, 5, 10));
            for (int i = 0; i < 40; i++) {
                r.observation("pap-hours", BigDecimal.valueOf(6), "", LocalDate.of(2024, 5, 10).plusDays(i));
            }
        });
        assertEquals(Truth.MET, j.truth(), j.because());
        assertTrue(j.because().contains("has 23 days"), j.because());
        // From 2024-05-20 only 13 nights are on or before the date of service.
        Judgement later = judge(L33718, r -> {
            r.event("pap-start", LocalDate.of(2024, 5, 20));
            for (int i = 0; i < 40; i++) {
                r.observation("pap-hours", BigDecimal.valueOf(6), "", LocalDate.of(2024, 5, 20).plusDays(i));
            }
        });
        assertEquals(Truth.NOT_MET, later.truth(), later.because());
        assertTrue(later.because().contains("has 13 days"), later.because());
    }

    @Test
    void unknowns() {
        assertEquals(Truth.UNKNOWN, judge(L33718, r -> r.event("pap-start", START)).truth(), "no record at all");
        assertEquals(Truth.UNKNOWN, judge(L33718, r -> r.observation("pap-hours", BigDecimal.TEN, "", START)).truth(), "no anchor");
        TimeTest.Adherence hours = new TimeTest.Adherence("pap-hours", BigDecimal.valueOf(4), 70, null, 30,
                new TimeSpan(3, TimeSpan.Unit.MONTHS), PAP, "h");
        Judgement other = judge(hours, r -> r.event("pap-start", START).observation("pap-hours", BigDecimal.TEN, "min", START));
        assertEquals(Truth.UNKNOWN, other.truth());
        assertTrue(other.because().contains("another unit than h"), other.because());
        assertEquals(Truth.NOT_MET, judge(L33718, nights(100, 8, 8, 8)).truth(), "records stated, none in the period: no use");
    }

    @Test
    void theLinearPassFindsWhatEveryRunHolds() {
        Random random = new Random(2024);
        for (int trial = 0; trial < 300; trial++) {
            int needed = 1 + random.nextInt(30);
            TimeTest.Adherence test = new TimeTest.Adherence("pap-hours", BigDecimal.valueOf(4), null, needed, 30,
                    new TimeSpan(45 + random.nextInt(60), TimeSpan.Unit.DAYS), PAP, "");
            int periodDays = test.period().amount();
            boolean[] good = new boolean[periodDays + 20];
            List<Integer> order = new ArrayList<>();
            for (int d = -5; d < periodDays + 10; d++) {
                if (random.nextInt(3) > 0) {
                    order.add(d);
                }
            }
            if (random.nextBoolean()) {
                Collections.shuffle(order, random);
            }
            double[] hours = new double[order.size()];
            for (int i = 0; i < hours.length; i++) {
                hours[i] = random.nextInt(9);
                int d = order.get(i);
                if (d >= 0 && d < periodDays && hours[i] >= 4) {
                    good[d] = true;
                }
            }
            int best = 0;
            for (int s = 0; s + 30 <= periodDays; s++) {
                int c = 0;
                for (int d = s; d < s + 30; d++) {
                    c += good[d] ? 1 : 0;
                }
                best = Math.max(best, c);
            }
            Truth expected = best >= needed ? Truth.MET : Truth.NOT_MET;
            Judgement j = judge(test, r -> {
                r.event("pap-start", LocalDate.of(2023, 1, 1));
                for (int i = 0; i < hours.length; i++) {
                    r.observation("pap-hours", BigDecimal.valueOf(hours[i]), "", LocalDate.of(2023, 1, 1).plusDays(order.get(i)));
                }
            });
            assertEquals(expected, j.truth(), j.because());
            assertTrue(j.because().contains("has " + best + " day"), "best run " + best + ": " + j.because());
        }
    }
}
