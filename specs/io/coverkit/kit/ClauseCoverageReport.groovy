package io.coverkit.kit

import org.spockframework.runtime.extension.IGlobalExtension

/**
 * After every scenario has run, reports per guideline which clauses no scenario exercised, on
 * the console and in {@code target/clause-coverage.txt}.
 */
class ClauseCoverageReport implements IGlobalExtension {

    @Override
    void stop() {
        def library = GuidelineSpecification.loadedLibrary()
        if (library == null) {
            return
        }
        def lines = library.guidelineIds().collect { id ->
            ClauseCoverage.shared().summary(library.evaluator(id).get())
        }
        def out = new File(System.getProperty('coverkit.report.dir', 'target'), 'clause-coverage.txt')
        out.parentFile.mkdirs()
        out.text = lines.join('\n') + '\n'
        lines.each { println "[coverkit] clause coverage ${it}" }
    }
}
