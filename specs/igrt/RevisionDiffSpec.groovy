package igrt

import static io.coverkit.diff.Change.Kind.*
import static io.coverkit.diff.RevisionDiff.PositionStatementStatus.*
import static io.coverkit.diff.Snapshot.Area.*

import io.coverkit.kit.GuidelineSpecification
import java.time.LocalDate

/** What each revision of GUIDELINE UPDATE INFORMATION changed, as the semantic diff reports it. */
class RevisionDiffSpec extends GuidelineSpecification {

    String getGuidelineId() { '04-77260-19' }

    def "the 2026-01-01 coding update removed exactly 77014, G6001, G6002 and G6017"() {
        when: 'the 2025-05-15 revision is compared with the 2026-01-01 revision'
        def d = diff('2025-05-15', '2026-01-01')

        then: 'the four deleted codes are removed and nothing is added'
        d.fromRevision() == LocalDate.parse('2025-05-15')
        d.toRevision() == LocalDate.parse('2026-01-01')
        d.codesRemoved() as Set == ['77014', 'G6001', 'G6002', 'G6017'] as Set
        d.codesRemoved().size() == 4
        d.codesAdded().empty

        and: 'the position statement is unchanged, and nothing but codes changed'
        d.positionStatement() == UNCHANGED
        d.changes()*.kind() as Set == [REMOVED] as Set
        d.changes()*.area() as Set == [CODE] as Set
    }

    def "the 2015-01-01 coding update added 77387, G6001, G6002 and G6017 and removed 0197T, 76050 and 77421"() {
        when: 'the 2014-05-15 revision is compared with the 2015-01-01 revision'
        def d = diff('2014-05-15', '2015-01-01')

        then: 'the codes match the update entry'
        d.codesAdded() as Set == ['77387', 'G6001', 'G6002', 'G6017'] as Set
        d.codesAdded().size() == 4
        d.codesRemoved() as Set == ['0197T', '76050', '77421'] as Set
        d.codesRemoved().size() == 3

        and: 'the position statement on both sides is not published'
        d.positionStatement() == UNKNOWN
    }

    def "the 2016-05-01 revision removed 32553, 49411 and 55876 and added the three LOINC documents"() {
        when: 'the 2015-05-15 revision is compared with the 2016-05-01 revision'
        def d = diff('2015-05-15', '2016-05-01')

        then: 'the three deleted codes are removed and no code is added'
        d.codesRemoved() as Set == ['32553', '49411', '55876'] as Set
        d.codesRemoved().size() == 3
        d.codesAdded().empty

        and: 'the documentation table gains one required document per LOINC code'
        def documents = d.changes(ADDED, DOCUMENTATION).findAll { it.key().startsWith('document/') }
        documents.size() == 3
        documents*.label() as Set == ['document 28626-0', 'document 18741-9', 'document 18776-5'] as Set
        documents.every { it.before() == null && it.after().contains('within 6 months') }
    }

    def "from #from to #to the position statement is #status"() {
        when: 'the revisions in force on #from and #to are compared'
        def d = diff(from, to)

        then: 'the position statement is reported as #status'
        d.positionStatement() == status

        where:
        from         | to           || status
        '2024-05-15' | '2026-05-15' || UNCHANGED   // "no change in position statement" twice, and the coding update
        '2023-05-15' | '2026-05-15' || UNCHANGED   // the published statement took effect 05/15/23
        '2025-05-15' | '2026-01-01' || UNCHANGED   // coding update only
        '2021-03-15' | '2023-05-15' || UNKNOWN     // the statement before 05/15/23 is not published
        '2016-05-01' | '2023-05-15' || UNKNOWN
        '2014-05-15' | '2015-01-01' || UNKNOWN     // unknown on both sides
    }

    def "from 2024-05-15 to 2026-05-15 no indication or position statement text changed"() {
        when: 'the 2024-05-15 and 2026-05-15 revisions are compared'
        def d = diff('2024-05-15', '2026-05-15')

        then: 'the only changes are the codes deleted on 2026-01-01'
        d.positionStatement() == UNCHANGED
        d.changes().findAll { it.area() in [POSITION_STATEMENT, INDICATION] }.empty
        d.codesRemoved() as Set == ['77014', 'G6001', 'G6002', 'G6017'] as Set
    }

    def "the history of a diff from #from to #to lists the update entries #dates"() {
        when: 'the revisions in force on #from and #to are compared'
        def d = diff(from, to)

        then: 'the history holds the update entries after the first revision, up to and including the second'
        d.history()*.effective()*.toString() == dates

        where:
        from         | to           || dates
        '2024-05-15' | '2026-05-15' || ['2025-05-15', '2026-01-01', '2026-05-15']
        '2025-05-15' | '2026-01-01' || ['2026-01-01']
        '2025-12-31' | '2026-01-01' || ['2026-01-01']
        '2021-03-15' | '2023-05-15' || ['2023-05-15']
        '2014-05-15' | '2016-05-01' || ['2015-01-01', '2015-05-15', '2016-05-01']
        '2026-05-15' | '2026-06-01' || []
    }

    def "the history carries the update text as published"() {
        when: 'the 2025-05-15 and 2026-01-01 revisions are compared'
        def d = diff('2025-05-15', '2026-01-01')

        then: 'the one entry is the coding update, word for word'
        d.history()*.text() == ['Annual CPT/HCPCS coding update. Deleted code 77014, G6001, G6002 and G6017.']
    }

    def "two dates under the same revision have no changes"() {
        when: 'two dates within the 2026-05-15 revision are compared'
        def d = diff('2026-05-15', '2026-06-01')

        then: 'nothing changed'
        d.fromRevision() == d.toRevision()
        d.changes().empty
        d.history().empty
        d.positionStatement() == UNCHANGED
    }
}
