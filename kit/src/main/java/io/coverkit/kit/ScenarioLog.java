package io.coverkit.kit;

import io.coverkit.coverage.Observation;
import io.coverkit.determination.Determination;
import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a test run of scenarios did: each scenario's words, result and failure, and every request
 * it decided. The scenario kit records into {@link #shared()}; the Spock extension names the
 * scenario running on each thread, and the reports are made from the log when the run ends.
 * Thread-safe, since engines may run scenarios in parallel.
 */
public final class ScenarioLog {

    /** How a scenario ended. */
    public enum Result {
        /** Every condition held. */
        PASSED,
        /** A condition failed or the scenario threw. */
        FAILED,
        /** The scenario was not run (ignored, or its spec was skipped). */
        SKIPPED
    }

    /** One labelled step of a scenario: {@code given}, {@code when}, {@code then}, {@code and}, {@code expect}, {@code where}. */
    public record Step(String label, String text) {}

    /**
     * Why a scenario failed.
     *
     * @param condition the condition as written, or the exception's type
     * @param expected the value the condition wanted, or empty when it is not a comparison
     * @param actual the value the scenario got, or the full rendering of the failed condition
     */
    public record Failure(String condition, String expected, String actual) {}

    /**
     * One scenario as run.
     *
     * @param spec the spec class's simple name
     * @param name the scenario's name, with its {@code where:} values filled in
     * @param guideline the guideline the spec names, or empty
     * @param failure why it failed, or null
     * @param observations the requests it decided, in order
     */
    public record Scenario(String spec, String name, String guideline, List<Step> steps, Result result, Failure failure,
            long millis, List<Observation> observations) {
        public Scenario {
            steps = List.copyOf(steps);
            observations = List.copyOf(observations);
        }

        /** {@code Spec > scenario name}, how coverage names the scenario. */
        public String title() {
            return spec + " > " + name;
        }
    }

    private static volatile ScenarioLog shared = new ScenarioLog(true);

    private final boolean reportsOnStop;
    private final ThreadLocal<Running> current = new ThreadLocal<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<Evaluator> guidelines = new ArrayList<>();

    /**
     * An empty log.
     *
     * @param reportsOnStop whether the test engine writes the reports itself when the run ends
     *     (under Maven); false when a caller such as {@code coverkit test} writes them
     */
    public ScenarioLog(boolean reportsOnStop) {
        this.reportsOnStop = reportsOnStop;
    }

    /** The log scenarios record into now. */
    public static ScenarioLog shared() {
        return shared;
    }

    /** Makes {@code next} the shared log and returns the previous one, so a nested run can be kept apart. */
    public static ScenarioLog swap(ScenarioLog next) {
        ScenarioLog previous = shared;
        shared = Objects.requireNonNull(next);
        return previous;
    }

    /** Whether the engine should write the reports when the run ends. */
    public boolean reportsOnStop() {
        return reportsOnStop;
    }

    /** Marks the start of a scenario on this thread. */
    public void start(String spec, String name, String guideline, List<Step> steps) {
        current.set(new Running(spec, name, guideline == null ? "" : guideline, steps, System.nanoTime()));
    }

    /** Records a request the scenario running on this thread decided. */
    public void decided(CoverageRequest request, Determination determination) {
        Running running = current.get();
        Observation o = new Observation(running == null ? "(outside a scenario)" : running.spec + " > " + running.name,
                request, determination);
        if (running != null) {
            running.observations.add(o);
        }
        synchronized (this) {
            observations.add(o);
        }
    }

    /**
     * Marks the scenario running on this thread as failed (or skipped, for an aborted assumption).
     * The engine reports errors apart from the scenario's own end, so they are kept until then;
     * the first one is the one shown.
     */
    public void failed(Result result, Failure failure) {
        Running r = current.get();
        if (r != null && r.result == Result.PASSED) {
            r.result = result;
            r.failure = failure;
        }
    }

    /** Ends the scenario running on this thread: passed unless {@link #failed} said otherwise. */
    public void finish() {
        Running r = current.get();
        if (r == null) {
            return;
        }
        current.remove();
        add(new Scenario(r.spec, r.name, r.guideline, r.steps, r.result, r.failure, (System.nanoTime() - r.started) / 1_000_000,
                r.observations));
    }

    /** Records a scenario that was not run. */
    public void skipped(String spec, String name, String guideline, List<Step> steps) {
        add(new Scenario(spec, name, guideline == null ? "" : guideline, steps, Result.SKIPPED, null, 0, List.of()));
    }

    /** Names the guidelines the scenarios were decided under, for coverage; later calls add to them. */
    public synchronized void guidelines(List<Evaluator> evaluators) {
        for (Evaluator e : evaluators) {
            if (guidelines.stream().noneMatch(g -> g.guideline().id().equals(e.guideline().id()))) {
                guidelines.add(e);
            }
        }
    }

    /** The guidelines named so far. */
    public synchronized List<Evaluator> guidelines() {
        return List.copyOf(guidelines);
    }

    /** Every scenario ended so far, in the order they ended. */
    public synchronized List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /** Every request decided so far. */
    public synchronized List<Observation> observations() {
        return List.copyOf(observations);
    }

    private synchronized void add(Scenario scenario) {
        scenarios.add(scenario);
    }

    /** A scenario under way on one thread. */
    private static final class Running {
        final String spec;
        final String name;
        final String guideline;
        final List<Step> steps;
        final long started;
        final List<Observation> observations = new ArrayList<>();
        Result result = Result.PASSED;
        Failure failure;

        Running(String spec, String name, String guideline, List<Step> steps, long started) {
            this.spec = spec;
            this.name = name;
            this.guideline = guideline;
            this.steps = List.copyOf(steps);
            this.started = started;
        }
    }
}
