package io.coverkit.server;

/**
 * The DTR side of the server: questionnaires generated from a guideline's criteria, and decisions
 * made from their completed responses. Bad input is a 400 reply carrying a FHIR OperationOutcome
 * that names the element at fault; nothing throws.
 */
public interface DtrOperations {

    /** {@code POST /fhir/Questionnaire/$questionnaire-package}: DTR 2.0.1 input and output Parameters. */
    Reply questionnairePackage(byte[] body);

    /**
     * {@code POST /fhir/QuestionnaireResponse/$coverkit-decide}: decides the coverage request a
     * completed QuestionnaireResponse states (its answers become request indications, facts and
     * documents) and replies with the determination in coverkit's wire format.
     */
    Reply decide(byte[] body);
}
