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
        ext.addExtension("covered", new org.hl7.fhir.r4.model.CodeType("covered"));
        checkExtension(ext);
        check(new org.hl7.fhir.r4.model.Questionnaire(), DtrProfiles.STD_QUESTIONNAIRE);
    }
}
