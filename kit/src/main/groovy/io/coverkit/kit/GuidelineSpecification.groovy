package io.coverkit.kit

import io.coverkit.api.Decision
import io.coverkit.api.GuidelineLibrary
import io.coverkit.determination.Determination
import io.coverkit.diff.GuidelineDiff
import io.coverkit.diff.RevisionDiff
import io.coverkit.model.Guideline
import io.coverkit.request.CoverageRequest
import io.coverkit.request.RequestError
import java.nio.file.Path
import java.time.LocalDate
import spock.lang.Specification

/**
 * Base class for guideline scenarios. A spec names its guideline once; each scenario builds a
 * request with {@link #request()} and decides it with {@link #decide}. The policies load once per
 * test run, through the same reader, validator and compiler services use.
 */
abstract class GuidelineSpecification extends Specification {

    private static GuidelineLibrary shared

    /** The guideline this spec's scenarios are decided under, such as {@code 04-77260-19}. */
    abstract String getGuidelineId()

    /**
     * Every policy in the folder the system property {@code coverkit.policies} names (default
     * {@code policies/} under the working folder, which under Surefire is the project's), loaded
     * once; a policy with errors fails the scenarios that use it.
     */
    static synchronized GuidelineLibrary library() {
        if (shared == null) {
            shared = GuidelineLibrary.load(Path.of(System.getProperty('coverkit.policies', 'policies')))
        }
        shared
    }

    /** The library if some scenario loaded it, else null; for reports run after the scenarios. */
    static synchronized GuidelineLibrary loadedLibrary() {
        shared
    }

    /** The guideline under test, as loaded. */
    Guideline getGuideline() {
        def evaluator = library().evaluator(guidelineId)
        if (!evaluator.present) {
            throw new AssertionError("guideline " + guidelineId + " did not load: " + library().diagnostics()*.format())
        }
        evaluator.get().guideline()
    }

    /** A request for the guideline under test. */
    RequestBuilder request() {
        RequestBuilder.requestFor(guideline)
    }

    /**
     * A request for the guideline under test, described in a block that reads like the builder's
     * own words: {@code request { cpt '77387'; on '2026-06-01'; indication 'internal-motion' }}.
     * The block delegates only to the {@link RequestBuilder}, so IDEs complete its methods.
     */
    RequestBuilder request(@DelegatesTo(value = RequestBuilder, strategy = Closure.DELEGATE_ONLY) Closure<?> description) {
        RequestBuilder builder = request()
        Closure<?> body = description.rehydrate(builder, this, this)
        body.resolveStrategy = Closure.DELEGATE_ONLY
        body.call()
        builder
    }

    /** Decides a request; fails the scenario if the request is rejected. */
    Determination decide(RequestBuilder request) {
        CoverageRequest built = request.build()
        Decision decision = library().decide(guidelineId, built)
        if (decision instanceof Decision.Rejected) {
            throw new AssertionError("the request was rejected: " + decision.errors()*.format())
        }
        Determination determination = (decision as Decision.Decided).determination()
        // Every scenario also proves the bulk-screening path agrees with the full determination.
        def outcomeOnly = library().evaluator(guidelineId).orElseThrow().outcome(built)
        if (outcomeOnly != determination.outcome()) {
            throw new AssertionError("the outcome-only path decided " + outcomeOnly + ", the determination " + determination.outcome())
        }
        ScenarioLog.shared().decided(built, determination)
        determination
    }

    /**
     * Decides a request under the revision in force on {@code asOf} (yyyy-MM-dd) rather than on its
     * date of service, as a prior-authorization review would.
     */
    Determination decideAsOf(RequestBuilder request, String asOf) {
        CoverageRequest built = request.build()
        Decision decision = library().decide(guidelineId, built, LocalDate.parse(asOf))
        if (decision instanceof Decision.Rejected) {
            throw new AssertionError("the request was rejected: " + decision.errors()*.format())
        }
        Determination determination = (decision as Decision.Decided).determination()
        ScenarioLog.shared().decided(built, determination)
        determination
    }

    /** The effective dates of every revision of the guideline, oldest first, for {@code where:} tables. */
    List<String> getRevisions() {
        guideline.revisions()*.effective()*.toString()
    }

    /** What changed between the revisions in force on two dates (yyyy-MM-dd). */
    RevisionDiff diff(String from, String to) {
        new GuidelineDiff().between(guideline, LocalDate.parse(from), LocalDate.parse(to))
    }

    /** Decides a request that must be rejected; returns why. */
    List<RequestError> rejectionOf(RequestBuilder request) {
        Decision decision = library().decide(guidelineId, request.build())
        if (decision instanceof Decision.Decided) {
            throw new AssertionError("the request was decided, not rejected: " + decision.determination().outcome())
        }
        (decision as Decision.Rejected).errors()
    }
}
