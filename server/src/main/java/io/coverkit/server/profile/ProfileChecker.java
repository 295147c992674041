package io.coverkit.server.profile;

import ca.uhn.fhir.context.FhirContext;
import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.context.IWorkerContext;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A FHIR R4 profile checker over the Da Vinci CRD and DTR 2.0.1 packages and R4 core, built from
 * HAPI's structures and FHIRPath engine because the full validator is not available. It walks a
 * profile's snapshot beside the instance and reports cardinality (extension slices by url),
 * choice types, fixed and pattern values, required and extensible bindings (value sets expanded
 * locally) and every constraint's FHIRPath, plus coverkit's own rules on the CRD
 * coverage-information extension ({@link CoverkitRules}). See docs/profile-checker.md for what it
 * does not check.
 *
 * <p>Loading takes a few seconds (callers warm it in the background); a loaded checker is
 * thread-safe: each thread gets its own FHIRPath engine.
 */
public final class ProfileChecker {

    private final FhirContext fhir;
    private final Definitions definitions;
    private final CoverkitRules coverkitRules = new CoverkitRules();
    private final ThreadLocal<FhirPathRunner> fhirPath;

    private ProfileChecker(FhirContext fhir, Definitions definitions, IWorkerContext worker) {
        this.fhir = fhir;
        this.definitions = definitions;
        this.fhirPath = ThreadLocal.withInitial(() -> new FhirPathRunner(worker));
    }

    /** Reads the packages and R4 core and indexes their definitions (about 2.5 s). */
    public static ProfileChecker load() {
        // HAPI's bundled valuesets.xml has three elements its own parser warns about on every load;
        // they are HAPI's, not the user's, so the warning is kept out of the server log unless the
        // deployment configured that logger itself
        System.getProperties()
                .putIfAbsent("org.slf4j.simpleLogger.log.ca.uhn.fhir.parser.LenientErrorHandler", "error");
        FhirContext fhir = FhirContext.forR4();
        // HAPI's bundled core value sets carry elements its own parser does not know; that is not ours to report
        fhir.setParserErrorHandler(new ca.uhn.fhir.parser.LenientErrorHandler(false));
        ConformanceIndex index = ConformanceIndex.load(fhir);
        Definitions definitions = new Definitions(index);
        IWorkerContext worker = new HapiWorkerContext(fhir, new IndexedValidationSupport(index));
        ProfileChecker checker = new ProfileChecker(fhir, definitions, worker);
        checker.warm();
        return checker;
    }

    private static final Object SHARED_LOCK = new Object();
    private static Supplier<ProfileChecker> shared;

    /**
     * The process's one background-loaded checker, started on first call: servers and tests that
     * build their endpoints many times share one load (a few seconds, about 130 MB).
     */
    public static Supplier<ProfileChecker> sharedInBackground() {
        synchronized (SHARED_LOCK) {
            if (shared == null) {
                shared = loadInBackground();
            }
            return shared;
        }
    }

    /**
     * Starts loading a checker on a daemon thread and returns at once; {@code get()} on the result
     * waits for the load. Lets a server start without paying the few seconds of loading.
     */
    public static Supplier<ProfileChecker> loadInBackground() {
        CompletableFuture<ProfileChecker> loading = new CompletableFuture<>();
        Thread loader = new Thread(
                () -> {
                    try {
                        loading.complete(load());
                    } catch (RuntimeException | Error e) {
                        loading.completeExceptionally(e);
                    }
                },
                "coverkit-profile-checker-load");
        loader.setDaemon(true);
        loader.start();
        return loading::join;
    }

    /**
     * Checks a Questionnaire against DTR 2.0.1's {@code dtr-std-questionnaire}.
     *
     * @param questionnaire the form
     * @return the issues; no error means the form conforms as far as this checker can tell
     */
    public List<ProfileIssue> checkQuestionnaire(Questionnaire questionnaire) {
        return check(questionnaire, DtrProfiles.STD_QUESTIONNAIRE);
    }

    /**
     * Checks {@code $questionnaire-package} output against DTR 2.0.1's
     * {@code dtr-qpackage-output-parameters}; the Bundles in it are checked against the profiles the
     * parameters declare, and their Questionnaires against their own {@code meta.profile} (if any).
     */
    public List<ProfileIssue> checkQuestionnairePackage(Parameters output) {
        List<ProfileIssue> issues = new ArrayList<>(check(output, DtrProfiles.QPACKAGE_OUTPUT));
        for (Parameters.ParametersParameterComponent p : output.getParameter()) {
            if (p.getResource() instanceof Bundle) {
                for (Bundle.BundleEntryComponent entry : ((Bundle) p.getResource()).getEntry()) {
                    if (entry.getResource() instanceof Questionnaire) {
                        for (ProfileIssue i : checkQuestionnaire((Questionnaire) entry.getResource())) {
                            issues.add(new ProfileIssue(
                                    i.severity(),
                                    "Parameters.parameter('" + p.getName() + "').resource.entry('"
                                            + entry.getResource().getIdElement().getIdPart() + "')."
                                            + i.path(),
                                    i.key(),
                                    i.message()));
                        }
                    }
                }
            }
        }
        return issues;
    }

    /** The FHIR context the checker parses with, for callers that parse resources to check. */
    public FhirContext fhirContext() {
        return fhir;
    }

    /**
     * Parses FHIR JSON and checks the resource against its {@code meta.profile} (or its base
     * definition); what the parser objects to is reported with key {@code format}.
     */
    public List<ProfileIssue> checkJson(String json) {
        FhirJson.Parsed parsed = FhirJson.parse(fhir, json);
        List<ProfileIssue> issues = new ArrayList<>(parsed.issues());
        if (parsed.resource() != null) {
            issues.addAll(check(parsed.resource()));
        }
        return issues;
    }

    /** Parses FHIR JSON and checks the resource against the given profile. */
    public List<ProfileIssue> checkJson(String json, String profileUrl) {
        FhirJson.Parsed parsed = FhirJson.parse(fhir, json);
        List<ProfileIssue> issues = new ArrayList<>(parsed.issues());
        if (parsed.resource() != null) {
            issues.addAll(check(parsed.resource(), profileUrl));
        }
        return issues;
    }

    /**
     * Checks a resource against a profile.
     *
     * @param resource the instance
     * @param profileUrl the profile's canonical (a {@code |version} suffix is ignored)
     * @return the issues found; no {@link Severity#ERROR} means the resource conforms as far as this
     *     checker can tell
     */
    public List<ProfileIssue> check(Resource resource, String profileUrl) {
        Objects.requireNonNull(resource, "resource");
        ElementTree tree = definitions.tree(profileUrl);
        if (tree == null) {
            return List.of(new ProfileIssue(
                    Severity.INFORMATION,
                    resource.fhirType(),
                    "profile",
                    "profile " + profileUrl + " is not in the packages or R4 core; nothing checked"));
        }
        if (!resource.fhirType().equals(tree.structure().getType())) {
            return List.of(new ProfileIssue(
                    Severity.ERROR,
                    resource.fhirType(),
                    "profile",
                    "profile " + profileUrl + " is for " + tree.structure().getType() + ", not "
                            + resource.fhirType()));
        }
        InstanceWalker walker = walker();
        walker.resource(resource, tree);
        return walker.issues();
    }

    /** Checks a resource against each profile in its {@code meta.profile}, or its base definition when there is none. */
    public List<ProfileIssue> check(Resource resource) {
        Objects.requireNonNull(resource, "resource");
        List<String> profiles = new ArrayList<>();
        if (resource.hasMeta()) {
            for (CanonicalType p : resource.getMeta().getProfile()) {
                profiles.add(p.getValue());
            }
        }
        if (profiles.isEmpty()) {
            profiles.add("http://hl7.org/fhir/StructureDefinition/" + resource.fhirType());
        }
        List<ProfileIssue> issues = new ArrayList<>();
        for (String profile : profiles) {
            issues.addAll(check(resource, profile));
        }
        return issues;
    }

    /** Checks an extension on its own against the definition its url names (e.g. CRD's coverage-information). */
    public List<ProfileIssue> checkExtension(Extension extension) {
        Objects.requireNonNull(extension, "extension");
        String url = extension.getUrl();
        ElementTree tree = url == null ? null : definitions.tree(url);
        if (tree == null || !"Extension".equals(tree.structure().getType())) {
            return List.of(new ProfileIssue(
                    Severity.INFORMATION,
                    "Extension",
                    "profile",
                    "extension " + url + " is not defined in the packages or R4 core; nothing checked"));
        }
        InstanceWalker walker = walker();
        walker.extension(extension, tree, "Extension");
        return walker.issues();
    }

    private InstanceWalker walker() {
        return new InstanceWalker(definitions, fhirPath.get(), coverkitRules);
    }

    /**
     * Runs one check of each kind once, so the element trees, value-set expansions and the
     * engine's first-use costs are paid at load time rather than by the first request.
     */
    private void warm() {
        Extension ext = new Extension(CoverkitRules.COVERAGE_INFORMATION);
        ext.addExtension("coverage", new org.hl7.fhir.r4.model.Reference("Coverage/warm-up"));
        ext.addExtension("covered", new org.hl7.fhir.r4.model.CodeType("conditional"));
        ext.addExtension("info-needed", new org.hl7.fhir.r4.model.CodeType("performer"));
        ext.addExtension("date", new org.hl7.fhir.r4.model.DateType("2026-01-01"));
        ext.addExtension("coverage-assertion-id", new org.hl7.fhir.r4.model.StringType("warm-up"));
        checkExtension(ext);
        Questionnaire form = new Questionnaire();
        form.setUrl("http://example.org/Questionnaire/warm-up");
        form.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
        form.addSubjectType("Patient");
        form.getText().setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED).setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">warm-up</div>");
        Questionnaire.QuestionnaireItemComponent item = form.addItem().setLinkId("q").setType(Questionnaire.QuestionnaireItemType.CHOICE);
        item.addAnswerOption().setValue(new org.hl7.fhir.r4.model.Coding("http://example.org", "a", null));
        item.addEnableWhen().setQuestion("q").setOperator(Questionnaire.QuestionnaireItemOperator.EXISTS).setAnswer(new org.hl7.fhir.r4.model.BooleanType(true));
        checkQuestionnaire(form);
    }
}
