package pap

import static io.coverkit.diff.Change.Kind.*

import io.coverkit.diff.Snapshot
import io.coverkit.render.GuidelineRenderer
import java.time.LocalDate

/** What the revision history says changed, as the diff between the revisions in force on two dates shows it. */
class RevisionsSpec extends PapSpecification {

    def "R11 (2024-01-01) rewords the two refill paragraphs R10 printed and decides the same"() {
        when:
        def d = diff('2023-12-31', '2024-01-01')
        def refill = d.changes().findAll { it.area() == Snapshot.Area.SECTION && it.label().startsWith('REFILL REQUIREMENTS') }

        then:
        refill*.kind() == [CHANGED, CHANGED]
        refill[0].wording().contains('[-14-] {+30+} calendar days prior to the [-delivery/shipping date.-] {+expected end of the current supply.+}')
        refill[1].wording().contains('caregiver/designee {+and document an affirmative response,+} prior to dispensing')
        d.changes().every { it.area() == Snapshot.Area.SECTION || it.key() == 'unknown/Issue' }
        d.changes().findAll { it.label().startsWith('Revision History Information') }*.kind() == [ADDED]
    }

    def "R8 (2021-08-08) is the first revision whose coverage criteria are known"() {
        when:
        def d = diff('2021-08-07', '2021-08-08')

        then:
        d.changes().find { it.area() == Snapshot.Area.UNKNOWN_CONTENT }.kind() == REMOVED
        d.changes().find { it.area() == Snapshot.Area.UNKNOWN_CONTENT }.before.startsWith('revision R8 (effective 08/08/2021) rewrote')
    }

    def "the page of revision #revision shows its revision effective date and the history up to it"() {
        when:
        def page = new GuidelineRenderer().markdown(guideline.asOf(LocalDate.parse(revision)))

        then:
        page.contains("Revision Effective Date\n\nFor services performed on or after $shown")
        page.contains(newest)
        !page.contains(later)

        where:
        revision     || shown        | newest                                    | later
        '2021-09-27' || '09/27/2021' | '| 09/27/2021 | R10 |'                    | '| 01/01/2024 | R11 |'
        '2024-01-01' || '01/01/2024' | '| 01/01/2024 | R11 |'                    | 'suppliers must contact the beneficiary prior to dispensing'
    }
}
