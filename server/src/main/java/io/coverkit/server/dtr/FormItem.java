package io.coverkit.server.dtr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item of a generated form, before it is written as FHIR: what it asks, which clause it comes
 * from and how its answer maps back into a coverage request. {@link FormPlanner} builds these from a
 * guideline revision; {@link QuestionnaireGenerator} writes them as a Questionnaire and
 * {@link QuestionnaireAnswers} reads a response's answers through them, so the form and the reading
 * of its answers cannot drift apart.
 *
 * @param linkId the item's stable linkId (see docs/dtr.md: it is the clause's anchor, or names what is asked)
 * @param kind what is asked, which fixes the FHIR item type and the mapping of the answer
 * @param text the question, in the guideline's published words where it asks about a clause
 * @param clause the anchor of the clause on the rendered guideline page ({@code indication/ID},
 *     {@code criterion/ID}, {@code document/ID}), or empty when the item is structure only
 * @param key what the answer fills: a fact name, an observation or event code, a diagnosis list, a LOINC code
 * @param unit the UCUM unit of a quantity, or empty
 * @param options the answer options of a choice, in order
 * @param gates the conditions that enable the item, all of which must hold; empty when always enabled
 * @param children the items of a group
 * @param required whether an enabled item must be answered
 * @param repeats whether it takes more than one answer
 */
record FormItem(
        String linkId,
        Kind kind,
        String text,
        String clause,
        String key,
        String unit,
        List<Option> options,
        List<Gate> gates,
        List<FormItem> children,
        boolean required,
        boolean repeats) {

    /** The code of the choice option that says no indication of the list applies. */
    static final String NONE_OF_THESE = "none-of-these";

    FormItem {
        Objects.requireNonNull(linkId, "an item has a linkId");
        Objects.requireNonNull(kind, "an item has a kind");
        text = text == null ? "" : text;
        clause = clause == null ? "" : clause;
        key = key == null ? "" : key;
        unit = unit == null ? "" : unit;
        options = List.copyOf(options);
        gates = List.copyOf(gates);
        children = List.copyOf(children);
    }

    /** A question or display item without children or options. */
    static FormItem of(String linkId, Kind kind, String text, String clause, String key) {
        return new FormItem(linkId, kind, text, clause, key, "", List.of(), List.of(), List.of(), false, false);
    }

    /** A group of items. */
    static FormItem group(String linkId, String text, List<FormItem> children) {
        return new FormItem(linkId, Kind.GROUP, text, "", "", "", List.of(), List.of(), children, false, false);
    }

    /** This item, also enabled only when {@code gate} holds. */
    FormItem gatedBy(Gate gate) {
        List<Gate> more = new ArrayList<>(gates);
        more.add(gate);
        return new FormItem(linkId, kind, text, clause, key, unit, options, more, children, required, repeats);
    }

    /** This item with a unit. */
    FormItem withUnit(String newUnit) {
        return new FormItem(linkId, kind, text, clause, key, newUnit, options, gates, children, required, repeats);
    }

    /** This item with answer options, one answer or several. */
    FormItem withOptions(List<Option> newOptions, boolean isRequired, boolean isRepeating) {
        return new FormItem(linkId, kind, text, clause, key, unit, newOptions, gates, children, isRequired, isRepeating);
    }

    /** This item, required when enabled. */
    FormItem asRequired() {
        return new FormItem(linkId, kind, text, clause, key, unit, options, gates, children, true, repeats);
    }

    /** True for items that take an answer (not groups or displays). */
    boolean isQuestion() {
        return kind != Kind.GROUP && kind != Kind.DISPLAY;
    }

    /** What an item asks; each kind has one FHIR item type and one mapping back into a request. */
    enum Kind {
        /** A group of items; no answer. */
        GROUP("group"),
        /** Text only: a criterion the form does not ask about, said so in words. */
        DISPLAY("display"),
        /** Does this indication apply? (boolean) -> {@code indications}. */
        INDICATION("boolean"),
        /** Which of these indications apply? (choice, several answers) -> {@code indications}. */
        INDICATION_CHOICE("choice"),
        /** Is this clinical status true? (boolean) -> {@code facts}. */
        FACT("boolean"),
        /** The member's date of birth (date) -> {@code member.birthDate}. */
        BIRTH_DATE("date"),
        /** The member's sex (choice F or M) -> {@code member.sex}. */
        SEX("choice"),
        /** The latest value of a quantity (decimal, in the criterion's unit) -> {@code observations}. */
        OBSERVATION("decimal"),
        /** The date of a clinical event (date) -> {@code events}. */
        EVENT_DATE("date"),
        /** Has the member had an earlier service of the guideline's codes? (boolean) -> initial or subsequent. */
        EARLIER_SERVICE("boolean"),
        /** The date of the most recent earlier service (date) -> {@code priorServices}. */
        EARLIER_SERVICE_DATE("date"),
        /** An ICD-10-CM code of the member's diagnosis (string) -> {@code diagnoses}. */
        DIAGNOSIS("string"),
        /** The date of the most recent document of a LOINC code (date) -> {@code documents}. */
        DOCUMENT_DATE("date");

        private final String fhirType;

        Kind(String fhirType) {
            this.fhirType = fhirType;
        }

        /** The Questionnaire.item.type code. */
        String fhirType() {
            return fhirType;
        }
    }

    /** An answer option of a choice item: a code and what the form shows for it. */
    record Option(String code, String display) {}

    /**
     * A condition on another item's answer: equal to a boolean, or simply answered.
     *
     * @param linkId the item whose answer is tested
     * @param exists true for "is answered", false for "equals {@code value}"
     * @param value the boolean the answer must equal, when {@code exists} is false
     */
    record Gate(String linkId, boolean exists, boolean value) {
        static Gate isTrue(String linkId) {
            return new Gate(linkId, false, true);
        }

        static Gate is(String linkId, boolean value) {
            return new Gate(linkId, false, value);
        }

        static Gate answered(String linkId) {
            return new Gate(linkId, true, true);
        }
    }
}
