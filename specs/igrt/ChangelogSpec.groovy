package igrt

import static io.coverkit.diagnostic.DiagnosticCode.*

import io.coverkit.api.GuidelineLibrary
import io.coverkit.kit.GuidelineSpecification
import java.nio.file.Path

/** GUIDELINE UPDATE INFORMATION: every entry agrees with the content modeled through time. */
class ChangelogSpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "the published update history agrees with the modeled code lists and position statement"() {
        expect: 'no changelog or dating problem in the real policy'
        library().diagnostics().findAll { it.code() in [C011, C012] }.empty
        library().evaluator(guidelineId).present
    }

    def "a wrong update history entry is reported at its line: #problem"() {
        given: 'a copy of the guideline whose update history has deliberate mistakes'
        // beside the specs, with a name the spec compiler passes over; specs run from the folder holding specs/
        def fixture = GuidelineLibrary.load(Path.of('specs/igrt/fixtures/04-77260-19-changelog-mistakes.policy'))

        when: 'it is checked'
        def found = fixture.diagnostics().collect { "${it.code()} ${it.at().line()}: ${it.message()}".toString() }

        then: 'the mistake is reported where it was made, and the guideline does not load'
        found.any { it.startsWith("${code} ${line}:") && it.contains(words) }
        !fixture.evaluator(guidelineId).present

        where:
        problem                                              | code | line | words
        'an entry forgets a deleted code'                    | C012 | 49   | '`G6017` is deleted on 2026-01-01 but that update history entry does not say so'
        'an entry deletes a code the list still has'         | C012 | 126  | 'says `77387` was deleted then'
        '"no change in position statement" with a change'    | C012 | 125  | 'says the position statement did not change'
        'a code deleted on a day that is not a revision'     | C011 | 48   | 'changes on 2025-12-31, which is not a date of the update history'
        'the entry and the code list disagree on the date'   | C012 | 127  | 'the code list has it deleted on 2025-12-31'
    }
}
