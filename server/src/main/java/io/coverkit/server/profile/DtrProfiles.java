package io.coverkit.server.profile;

/** The canonicals of the DTR 2.0.1 profiles coverkit's output is held to. */
public final class DtrProfiles {

    /** The standard (non-adaptive) DTR questionnaire. */
    public static final String STD_QUESTIONNAIRE =
            "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-std-questionnaire";

    /** The output Parameters of {@code $questionnaire-package}. */
    public static final String QPACKAGE_OUTPUT =
            "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-qpackage-output-parameters";

    /** The input Parameters of {@code $questionnaire-package}. */
    public static final String QPACKAGE_INPUT =
            "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-qpackage-input-parameters";

    /** The questionnaire response DTR returns. */
    public static final String QUESTIONNAIRE_RESPONSE =
            "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaireresponse";

    private DtrProfiles() {}
}
