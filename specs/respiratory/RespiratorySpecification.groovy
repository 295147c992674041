package respiratory

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder

import java.time.LocalDate

/**
 * What scenarios of the Ohio UPDL 2024-01 respiratory monoclonal antibodies start from: Ohio
 * Medicaid members asking prior authorization on 2024-06-03 for a drug of the class, prescribed in
 * accordance with FDA labeling by an applicable specialist.
 */
abstract class RespiratorySpecification extends GuidelineSpecification {

    static final String DOS = '2024-06-03'

    String getGuidelineId() { 'ohio-medicaid-updl-2024-01-respiratory-antibodies' }

    /** A request for {@code drug} by a member born on {@code born}, with the two criteria every request meets. */
    RequestBuilder asking(String drug, String born = '1990-05-01') {
        request().on(DOS).lineOfBusiness('MEDICAID').bornOn(born).drug(drug)
                .fact('prescribed-per-fda-labeling', true).fact('prescribed-by-or-with-applicable-specialist', true)
    }

    /** The first day of a trial of {@code days} days that ended the day before the date of service. */
    static String startOf(int days) {
        LocalDate.parse(DOS).minusDays(days).toString()
    }

    /** The day before the date of service, the last day of such a trial. */
    static String dayBefore() {
        LocalDate.parse(DOS).minusDays(1).toString()
    }

    /** A failed trial of {@code days} days of a drug the request names with its therapy class. */
    static RequestBuilder failedTrial(RequestBuilder request, String drug, String therapyClass, int days) {
        request.therapy(drug, therapyClass, startOf(days), dayBefore(), 'FAILURE')
    }

    /** An adult with asthma (J45.50) asking for Dupixent after 30 days of a failed high dose ICS/LABA. */
    RequestBuilder dupixentForAsthma() {
        failedTrial(asking('dupixent').diagnosis('J45.50'), 'fluticasone-salmeterol-500', 'high-dose-ics-laba', 30)
    }
}
