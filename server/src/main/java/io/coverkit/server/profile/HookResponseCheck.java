package io.coverkit.server.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.server.ResponseCheck;
import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;

/**
 * Checks a CDS Hooks response: the CDS Hooks 2.0 rules for cards and actions, and every
 * coverage-information extension on an action's resource against CRD 2.0.1 (with coverkit's
 * rules). The server runs it as a log-only self-check after answering.
 */
public final class HookResponseCheck implements ResponseCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ProfileChecker> checker;

    /** A check over a loaded checker. */
    public HookResponseCheck(ProfileChecker checker) {
        Objects.requireNonNull(checker, "checker");
        this.checker = () -> checker;
    }

    /**
     * A check over a checker that may still be loading: the first check waits for it. Use with
     * {@link ProfileChecker#loadInBackground()} so the server starts without paying the load.
     */
    public HookResponseCheck(Supplier<ProfileChecker> checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** The errors in a hook response, each as {@code path: key: message}; empty when it conforms. */
    @Override
    public List<String> problems(String hookResponseJson) {
        return check(hookResponseJson).stream()
                .filter(ProfileIssue::isError)
                .map(i -> (i.path().isEmpty() ? "" : i.path() + ": ") + i.key() + ": " + i.message())
                .collect(Collectors.toList());
    }

    /** Every issue in a hook response (errors, warnings and what could not be checked). */
    public List<ProfileIssue> check(String hookResponseJson) {
        List<ProfileIssue> issues = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(hookResponseJson);
        } catch (JsonProcessingException e) {
            issues.add(new ProfileIssue(Severity.ERROR, "", "cds-response", "not JSON: " + e.getOriginalMessage()));
            return issues;
        }
        if (root == null) {
            issues.add(new ProfileIssue(Severity.ERROR, "", "cds-response", "the response is empty"));
            return issues;
        }
        new CdsHooksRules(issues, (path, resource) -> actionResource(path, resource, issues)).response(root);
        return issues;
    }

    private void actionResource(String path, JsonNode json, List<ProfileIssue> issues) {
        ProfileChecker profiles = checker.get();
        FhirJson.Parsed parsed = FhirJson.parse(profiles.fhirContext(), json.toString());
        for (ProfileIssue i : parsed.issues()) {
            issues.add(new ProfileIssue(i.severity(), path + (i.path().isEmpty() ? "" : "." + i.path()), i.key(), i.message()));
        }
        Resource resource = parsed.resource();
        if (!(resource instanceof DomainResource)) {
            return;
        }
        List<Extension> extensions = ((DomainResource) resource).getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension ext = extensions.get(i);
            if (!CoverkitRules.COVERAGE_INFORMATION.equals(ext.getUrl())) {
                continue;
            }
            String where = path + ".extension[" + i + "]";
            for (ProfileIssue issue : profiles.checkExtension(ext)) {
                String inner = issue.path().startsWith("Extension") ? issue.path().substring("Extension".length()) : "." + issue.path();
                issues.add(new ProfileIssue(issue.severity(), where + inner, issue.key(), issue.message()));
            }
        }
    }
}
