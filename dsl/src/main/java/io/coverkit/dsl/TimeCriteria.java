package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.TimeSpan;
import io.coverkit.model.TimeTest;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.model.TimeTest.Window;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Builds the time criteria ({@code occurred}, {@code lasted}, {@code adherence}, {@code count},
 * {@code measured}, {@code trend}) and reports their misuse at the argument that causes it: a missing or doubled
 * anchor or bound, bounds no date can meet, a run that needs a day count, a period too short for its
 * run.
 */
final class TimeCriteria {
    private final Diagnostics diagnostics;

    TimeCriteria(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A built test and the id it gets when the policy gives none. */
    record Built(MemberCriterion.Test test, String id) {}

    Optional<Built> build(Call call) {
        return switch (call.name()) {
            case "occurred" -> occurred(call);
            case "measured" -> measured(call);
            case "lasted" -> lasted(call);
            case "adherence" -> adherence(call);
            case "count" -> count(call);
            case "trend" -> trend(call);
            default -> throw new IllegalStateException("not a time criterion: " + call.name());
        };
    }

    private Optional<Built> occurred(Call call) {
        // INVARIANT: the reader refused `service` as the event (ArgType.OCCURRENCE).
        Ref event = ref(call, 0);
        Optional<String> side = side(call, "occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days");
        Optional<Window> window = window(call);
        if (side.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        Ref anchor = TimeRefs.parse(call.text(side.get())).orElseThrow();
        Value anchorValue = call.named().get(side.get());
        if (anchor.equals(event)) {
            diagnostics.error(DiagnosticCode.C044, anchorValue.at(), "`" + event.written() + "` is placed relative to itself",
                    "name another anchor");
            return Optional.empty();
        }
        boolean before = side.get().equals("before");
        if (!afterService(call, anchor, before, window.get())) {
            return Optional.empty();
        }
        return Optional.of(new Built(new TimeTest.Occurred(event, anchor, before, window.get()),
                idOf(event) + "-" + side.get() + "-" + idOf(anchor)));
    }

    private Optional<Built> measured(Call call) {
        Optional<String> side = side(call, "measured 'lvef', after: 'therapy:gdmt', atLeast: 3.months");
        Optional<Window> window = window(call);
        if (side.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        Ref anchor = TimeRefs.parse(call.text(side.get())).orElseThrow();
        boolean before = side.get().equals("before");
        if (!afterService(call, anchor, before, window.get())) {
            return Optional.empty();
        }
        return Optional.of(new Built(new TimeTest.Measured(call.text(0), anchor, before, window.get()),
                call.text(0) + "-measured-" + side.get() + "-" + idOf(anchor)));
    }

    /**
     * Nothing after the date of service counts, so a window that starts after it holds nothing a
     * request can state; false (reported) for such a window.
     */
    private boolean afterService(Call call, Ref anchor, boolean before, Window w) {
        if (!before && anchor.kind() == Ref.Kind.SERVICE && w.lower() != null && (w.lower().amount() > 0 || !w.lowerInclusive())) {
            Value lower = call.named().getOrDefault("atLeast", call.named().get("moreThan"));
            diagnostics.error(DiagnosticCode.C044, lower.at(), "only what happened on or before the date of service counts, "
                    + "so nothing is " + w.describe() + " after it", "relate it to another anchor, or write `before: 'service'`");
            return false;
        }
        return true;
    }

    /** The side of the anchor, {@code before} or {@code after}: exactly one must be given. */
    private Optional<String> side(Call call, String example) {
        boolean before = call.named().containsKey("before");
        boolean after = call.named().containsKey("after");
        if (before == after) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`" + call.name() + "` needs exactly one of `before:` or `after:`"
                    + (before ? ", not both" : ""), "write it as `" + example + "`");
            return Optional.empty();
        }
        return Optional.of(before ? "before" : "after");
    }

    /** The window of {@code atLeast:}/{@code moreThan:} and {@code atMost:}/{@code lessThan:}, checked. */
    private Optional<Window> window(Call call) {
        if (both(call, "atLeast", "moreThan") || both(call, "atMost", "lessThan")) {
            return Optional.empty();
        }
        TimeSpan lower = call.span("atLeast").or(() -> call.span("moreThan")).orElse(null);
        TimeSpan upper = call.span("atMost").or(() -> call.span("lessThan")).orElse(null);
        boolean lowerInclusive = !call.named().containsKey("moreThan");
        boolean upperInclusive = !call.named().containsKey("lessThan");
        Window w = new Window(lower, lowerInclusive, upper, upperInclusive);
        if (upper != null) {
            Value at = call.named().getOrDefault("atMost", call.named().get("lessThan"));
            if (!upperInclusive && upper.amount() == 0) {
                diagnostics.error(DiagnosticCode.C044, at.at(), "nothing is less than " + upper.describe() + " from its anchor",
                        "write `atMost: 0.days` for the anchor's own day");
                return Optional.empty();
            }
            if (lower != null && empty(lower, lowerInclusive, upper, upperInclusive)) {
                diagnostics.error(DiagnosticCode.C044, at.at(), "no date is " + w.describe() + " from its anchor",
                        "the lower bound must not exceed the upper one");
                return Optional.empty();
            }
        }
        return Optional.of(w);
    }

    private boolean both(Call call, String one, String other) {
        if (call.named().containsKey(one) && call.named().containsKey(other)) {
            diagnostics.error(DiagnosticCode.R006, call.named().get(other).at(), "`" + call.name() + "` takes `" + one
                    + ":` or `" + other + ":`, not both", "keep the one the published text means");
            return true;
        }
        return false;
    }

    /**
     * True when no distance is both past the lower bound and within the upper one, whatever the
     * anchor's date (a month holds 28 to 31 days, a year 365 or 366).
     */
    static boolean empty(TimeSpan lower, boolean lowerInclusive, TimeSpan upper, boolean upperInclusive) {
        if (lower.unit() == upper.unit()) {
            int c = Integer.compare(lower.amount(), upper.amount());
            return c > 0 || (c == 0 && !(lowerInclusive && upperInclusive));
        }
        return minDays(lower) > maxDays(upper);
    }

    static long minDays(TimeSpan s) {
        return switch (s.unit()) {
            case DAYS -> s.amount();
            case WEEKS -> 7L * s.amount();
            case MONTHS -> 28L * s.amount();
            case YEARS -> 365L * s.amount();
        };
    }

    static long maxDays(TimeSpan s) {
        return switch (s.unit()) {
            case DAYS -> s.amount();
            case WEEKS -> 7L * s.amount();
            case MONTHS -> 31L * s.amount();
            case YEARS -> 366L * s.amount();
        };
    }

    private Optional<Built> lasted(Call call) {
        if (both(call, "atLeast", "moreThan")) {
            return Optional.empty();
        }
        Optional<TimeSpan> atLeast = call.span("atLeast");
        Optional<TimeSpan> span = atLeast.or(() -> call.span("moreThan"));
        if (span.isEmpty()) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`lasted` needs `atLeast:` or `moreThan:`",
                    "write it as `lasted 'cpap', atLeast: 3.months`");
            return Optional.empty();
        }
        if (atLeast.isPresent() && span.get().amount() == 0) {
            diagnostics.error(DiagnosticCode.C018, call.named().get("atLeast").at(), "every therapy lasts at least "
                    + span.get().describe(), "give a positive length, such as `3.months`");
            return Optional.empty();
        }
        return Optional.of(new Built(new TimeTest.Lasted(call.text(0), span.get(), atLeast.isPresent()),
                call.text(0) + "-lasted-" + words(span.get())));
    }

    private Optional<Built> adherence(Call call) {
        boolean percent = call.named().containsKey("onPercentOfDays");
        boolean days = call.named().containsKey("onDays");
        if (percent == days) {
            diagnostics.error(DiagnosticCode.R006, percent ? call.named().get("onDays").at() : call.at(),
                    "`adherence` needs exactly one of `onPercentOfDays:` or `onDays:`",
                    "write it as `adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, "
                            + "within: 3.months, after: 'therapy:pap'`");
            return Optional.empty();
        }
        Value runValue = call.named().get("inAny");
        TimeSpan run = call.span("inAny").orElseThrow();
        if (run.unit() != TimeSpan.Unit.DAYS && run.unit() != TimeSpan.Unit.WEEKS) {
            diagnostics.error(DiagnosticCode.V005, runValue.at(), "a run of consecutive days needs a day count, not "
                    + run.describe(), "write it in days, such as `30.days`");
            return Optional.empty();
        }
        int runDays = (int) minDays(run);
        if (runDays == 0) {
            diagnostics.error(DiagnosticCode.C018, runValue.at(), "a run of " + run.describe() + " holds no day",
                    "give a positive length, such as `30.days`");
            return Optional.empty();
        }
        TimeSpan period = call.span("within").orElseThrow();
        if (runDays > maxDays(period)) {
            diagnostics.error(DiagnosticCode.C044, call.named().get("within").at(), "a run of " + run.describe()
                    + " does not fit in " + period.describe(), "the period must be at least as long as the run");
            return Optional.empty();
        }
        Integer share = percent ? whole(call, "onPercentOfDays") : null;
        Integer count = days ? whole(call, "onDays") : null;
        if (share != null && (share < 1 || share > 100)) {
            diagnostics.error(DiagnosticCode.V005, call.named().get("onPercentOfDays").at(), "a percent of days is 1 to 100, got "
                    + share);
            return Optional.empty();
        }
        if (count != null && (count < 1 || count > runDays)) {
            diagnostics.error(DiagnosticCode.C044, call.named().get("onDays").at(), "a run of " + runDays + " days holds 1 to "
                    + runDays + " days, not " + count);
            return Optional.empty();
        }
        Ref anchor = TimeRefs.parse(call.text("after")).orElseThrow();
        return Optional.of(new Built(new TimeTest.Adherence(call.text(0), BigDecimal.valueOf(whole(call, "atLeast")), share, count,
                runDays, period, anchor, call.text("unit")), call.text(0) + "-adherence"));
    }

    private Optional<Built> count(Call call) {
        Integer atLeast = call.named().containsKey("atLeast") ? whole(call, "atLeast") : null;
        Integer atMost = call.named().containsKey("atMost") ? whole(call, "atMost") : null;
        if (atLeast == null && atMost == null) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`count` needs `atLeast:`, `atMost:` or both",
                    "write it as `count 'copd-exacerbation', atLeast: 2, within: 12.months`");
            return Optional.empty();
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            diagnostics.error(DiagnosticCode.C044, call.named().get("atMost").at(), "no count is at least " + atLeast
                    + " and at most " + atMost, "swap the bounds");
            return Optional.empty();
        }
        TimeSpan within = call.span("within").orElseThrow();
        if (within.amount() == 0) {
            diagnostics.error(DiagnosticCode.C018, call.named().get("within").at(), "the window of `within:` is "
                    + within.describe() + ", which holds no day", "give a positive length, such as `12.months`");
            return Optional.empty();
        }
        Ref event = ref(call, 0);
        Ref anchor = call.named().containsKey("before") ? TimeRefs.parse(call.text("before")).orElseThrow() : Ref.SERVICE;
        if (event.equals(anchor)) {
            diagnostics.error(DiagnosticCode.C044, call.positional().get(0).at(), "`count` counts occurrences before an anchor; `"
                    + event.written() + "` is the anchor itself", "name what is counted, such as `count 'copd-exacerbation'`");
            return Optional.empty();
        }
        return Optional.of(new Built(new TimeTest.Count(event, atLeast, atMost, within, anchor),
                idOf(event) + "-count-within-" + words(within)));
    }

    private Optional<Built> trend(Call call) {
        if (both(call, "atLeast", "moreThan")) {
            return Optional.empty();
        }
        boolean falling = call.bool("falling").orElseThrow();
        boolean inclusive = call.named().containsKey("atLeast");
        int by = inclusive ? whole(call, "atLeast") : call.named().containsKey("moreThan") ? whole(call, "moreThan") : 0;
        if (inclusive && by == 0) {
            diagnostics.error(DiagnosticCode.C040, call.named().get("atLeast").at(), "a change of at least 0 is no change at all",
                    "leave the bound out for any change in the direction, or give a positive one");
            return Optional.empty();
        }
        Ref baseline = call.named().containsKey("baseline") ? TimeRefs.parse(call.text("baseline")).orElseThrow() : null;
        return Optional.of(new Built(new TimeTest.Trend(call.text(0), falling, BigDecimal.valueOf(by), inclusive, baseline),
                call.text(0) + (falling ? "-falling" : "-rising")));
    }

    private static Ref ref(Call call, int index) {
        return TimeRefs.parse(call.text(index)).orElseThrow();
    }

    private static int whole(Call call, String key) {
        return (int) ((Value.Whole) call.named().get(key)).value();
    }

    private static String idOf(Ref ref) {
        return ref.written().toLowerCase(java.util.Locale.ROOT).replace(':', '-');
    }

    private static String words(TimeSpan span) {
        return span.describe().replace(' ', '-');
    }
}
