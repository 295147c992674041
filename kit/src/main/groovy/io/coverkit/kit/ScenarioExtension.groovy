package io.coverkit.kit

import io.coverkit.coverage.CoverageWriter
import io.coverkit.kit.ScenarioLog.Failure
import io.coverkit.kit.ScenarioLog.Result
import io.coverkit.kit.ScenarioLog.Step
import java.nio.file.Path
import org.spockframework.runtime.AbstractRunListener
import org.spockframework.runtime.extension.IGlobalExtension
import org.spockframework.runtime.extension.IMethodInterceptor
import org.spockframework.runtime.extension.IMethodInvocation
import org.spockframework.runtime.model.BlockKind
import org.spockframework.runtime.model.ErrorInfo
import org.spockframework.runtime.model.FeatureInfo
import org.spockframework.runtime.model.SpecInfo

/**
 * Feeds the {@link ScenarioLog}: names the scenario running on each thread (so the requests it
 * decides are credited to it), keeps its given/when/then words, result and failure, and, when the
 * run ends, writes the clause coverage and scenario reports into the folder the system property
 * {@code coverkit.report.dir} names (default {@code target/} under the working folder) unless a
 * caller such as {@code coverkit test} writes them itself. The coverage names every guideline of
 * the policies folder, those no scenario is about at 0%.
 */
class ScenarioExtension implements IGlobalExtension {

    private static final Map<BlockKind, String> LABELS = [
            (BlockKind.SETUP): 'given', (BlockKind.EXPECT): 'expect', (BlockKind.WHEN): 'when',
            (BlockKind.THEN): 'then', (BlockKind.CLEANUP): 'cleanup']

    @Override
    void visitSpec(SpecInfo spec) {
        String specName = spec.bottomSpec.reflection.simpleName
        spec.allFeatures.each { FeatureInfo feature ->
            feature.addIterationInterceptor(new IMethodInterceptor() {
                @Override
                void intercept(IMethodInvocation invocation) throws Throwable {
                    ScenarioLog log = ScenarioLog.shared()
                    def instance = invocation.instance
                    String guideline = instance instanceof GuidelineSpecification ? instance.guidelineId : ''
                    log.start(specName, invocation.iteration.displayName, guideline,
                            steps(feature, invocation.iteration.dataVariables))
                    try {
                        invocation.proceed()
                    } catch (Throwable t) {
                        log.failed(outcomeOf(t), failure(t))
                        throw t
                    } finally {
                        log.finish()
                    }
                }
            })
        }
        spec.addListener(new AbstractRunListener() {
            // Spock reports a failed condition to its listeners rather than through the interceptor.
            @Override
            void error(ErrorInfo error) {
                ScenarioLog.shared().failed(outcomeOf(error.exception), failure(error.exception))
            }

            @Override
            void featureSkipped(FeatureInfo feature) {
                ScenarioLog.shared().skipped(specName, feature.name, guidelineOf(spec), steps(feature, [:]))
            }

            @Override
            void specSkipped(SpecInfo skipped) {
                skipped.allFeatures.each { ScenarioLog.shared().skipped(specName, it.name, guidelineOf(spec), steps(it, [:])) }
            }
        })
    }

    @Override
    void stop() {
        ScenarioLog log = ScenarioLog.shared()
        def library = GuidelineSpecification.loadedLibrary()
        if (library == null && log.reportsOnStop() && log.scenarios().any { it.guideline() }) {
            // Guideline scenarios ran but none decided a request (all skipped or failed early): the
            // policies are still loaded, so every guideline is reported, at 0% if need be, and a
            // threshold for every guideline cannot pass on an empty report.
            library = GuidelineSpecification.library()
        }
        if (library != null) {
            log.guidelines(library.guidelineIds().collect { library.evaluator(it).get() })
        }
        if (!log.reportsOnStop() || log.scenarios().isEmpty()) {
            return
        }
        def dir = Path.of(System.getProperty('coverkit.report.dir', 'target'))
        def coverage = KitReports.write(log, dir)
        new CoverageWriter().text(coverage).eachLine { println "[coverkit] clause coverage ${it}" }
        println "[coverkit] reports: ${dir.resolve(KitReports.SCENARIO_HTML)}, ${dir.resolve(KitReports.COVERAGE_HTML)}"
    }

    /** The labelled steps of a scenario, its {@code where:} values filled in for {@code #name} placeholders. */
    static List<Step> steps(FeatureInfo feature, Map<String, Object> data) {
        List<Step> steps = []
        feature.blocks.each { block ->
            String label = LABELS[block.kind]
            if (label == null) {
                return
            }
            block.texts.eachWithIndex { String text, int i ->
                if (text) {
                    steps << new Step(i == 0 ? label : 'and', fill(text, data))
                }
            }
        }
        steps
    }

    private static String fill(String text, Map<String, Object> data) {
        text.replaceAll(/#([A-Za-z_][A-Za-z0-9_]*)/) { all, String name -> data.containsKey(name) ? String.valueOf(data[name]) : all }
    }

    /** The guideline a spec names, for scenarios that never ran and so have no instance. */
    private static String guidelineOf(SpecInfo spec) {
        try {
            def instance = spec.bottomSpec.reflection.getDeclaredConstructor().newInstance()
            instance instanceof GuidelineSpecification ? instance.guidelineId : ''
        } catch (ReflectiveOperationException ignored) {
            ''
        }
    }

    /** An aborted assumption is a skip in JUnit's terms, not a failure. */
    private static Result outcomeOf(Throwable t) {
        t.class.simpleName.contains('Aborted') ? Result.SKIPPED : Result.FAILED
    }

    /** What failed: the condition as written and, for a comparison, its two sides; else Spock's rendering. */
    static Failure failure(Throwable t) {
        def condition = t.hasProperty('condition') ? t.condition : null
        String text = condition?.text ?: t.class.simpleName
        // Spock 2.4 raises a SpockComparisonFailure (with expected and actual) for a failed `==`.
        if (t.hasProperty('expected') && t.hasProperty('actual') && t.expected != null) {
            return new Failure(text, String.valueOf(t.expected.value), String.valueOf(t.actual?.value))
        }
        def expression = condition?.expression
        if (expression != null && expression.equalityComparison && expression.children.size() >= 2) {
            return new Failure(text, String.valueOf(expression.children[1].value), String.valueOf(expression.children[0].value))
        }
        new Failure(text, '', condition?.rendering ?: String.valueOf(t.message))
    }
}
