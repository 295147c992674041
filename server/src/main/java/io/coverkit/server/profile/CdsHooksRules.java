package io.coverkit.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The CDS Hooks 2.0 rules for a service's response: cards (summary under 140 characters,
 * indicator, source label, links, suggestions) and system actions. FHIR resources inside actions
 * are left to {@link HookResponseCheck}. Keys start with {@code cds-}.
 */
final class CdsHooksRules {

    private static final Set<String> INDICATORS = Set.of("info", "warning", "critical");
    private static final Set<String> LINK_TYPES = Set.of("absolute", "smart");
    private static final Set<String> ACTION_TYPES = Set.of("create", "update", "delete");
    private static final Set<String> SELECTION_BEHAVIOURS = Set.of("at-most-one", "any");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Where an action sits and what to do with its FHIR resource once its shape is right. */
    interface ActionResources extends BiConsumer<String, JsonNode> {}

    private final List<ProfileIssue> issues;
    private final ActionResources resources;

    CdsHooksRules(List<ProfileIssue> issues, ActionResources resources) {
        this.issues = issues;
        this.resources = resources;
    }

    void response(JsonNode root) {
        if (!root.isObject()) {
            error("", "cds-response", "a hook response is a JSON object");
            return;
        }
        JsonNode cards = root.get("cards");
        if (cards == null || !cards.isArray()) {
            error("cards", "cds-response", "`cards` must be an array (empty when there is nothing to say)");
        } else {
            for (int i = 0; i < cards.size(); i++) {
                card(cards.get(i), "cards[" + i + "]");
            }
        }
        eachItem(root, "systemActions", "", "cds-action", this::action);
    }

    // An optional array: when present it must be an array, and each item is checked at its index.
    private void eachItem(JsonNode parent, String field, String prefix, String key, BiConsumer<JsonNode, String> check) {
        JsonNode items = parent.get(field);
        if (items == null) {
            return;
        }
        String path = prefix.isEmpty() ? field : prefix + "." + field;
        if (!items.isArray()) {
            error(path, key, "`" + field + "` must be an array");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), path + "[" + i + "]");
        }
    }

    private void card(JsonNode card, String path) {
        if (!card.isObject()) {
            error(path, "cds-card", "a card is a JSON object");
            return;
        }
        uuid(card, path);
        JsonNode summary = card.get("summary");
        if (!isText(summary)) {
            error(path + ".summary", "cds-summary", "a card needs a `summary` string");
        } else if (summary.asText().codePointCount(0, summary.asText().length()) >= 140) {
            error(path + ".summary", "cds-summary", "`summary` must be under 140 characters; it has "
                    + summary.asText().codePointCount(0, summary.asText().length()));
        } else if (summary.asText().isBlank()) {
            error(path + ".summary", "cds-summary", "`summary` is blank");
        }
        JsonNode indicator = card.get("indicator");
        if (!isText(indicator) || !INDICATORS.contains(indicator.asText())) {
            error(path + ".indicator", "cds-indicator", "`indicator` must be one of info, warning, critical"
                    + (indicator == null ? "; it is missing" : "; it is " + indicator));
        }
        JsonNode source = card.get("source");
        if (source == null || !source.isObject()) {
            error(path + ".source", "cds-source", "a card needs a `source` object");
        } else if (!isText(source.get("label")) || source.get("label").asText().isBlank()) {
            error(path + ".source.label", "cds-source", "`source.label` is required");
        }
        optionalText(card, "detail", path);
        eachItem(card, "suggestions", path, "cds-suggestion", this::suggestion);
        JsonNode suggestions = card.get("suggestions");
        JsonNode behaviour = card.get("selectionBehavior");
        if (suggestions != null && suggestions.isArray() && suggestions.size() > 0
                && (!isText(behaviour) || !SELECTION_BEHAVIOURS.contains(behaviour.asText()))) {
            error(path + ".selectionBehavior", "cds-suggestion", "a card with suggestions needs `selectionBehavior` at-most-one or any");
        }
        eachItem(card, "links", path, "cds-link", this::link);
    }

    private void suggestion(JsonNode suggestion, String path) {
        if (!suggestion.isObject()) {
            error(path, "cds-suggestion", "a suggestion is a JSON object");
            return;
        }
        if (!isText(suggestion.get("label"))) {
            error(path + ".label", "cds-suggestion", "a suggestion needs a `label`");
        }
        uuid(suggestion, path);
        JsonNode recommended = suggestion.get("isRecommended");
        if (recommended != null && !recommended.isBoolean()) {
            error(path + ".isRecommended", "cds-suggestion", "`isRecommended` must be true or false");
        }
        eachItem(suggestion, "actions", path, "cds-action", this::action);
    }

    private void link(JsonNode link, String path) {
        if (!link.isObject()) {
            error(path, "cds-link", "a link is a JSON object");
            return;
        }
        if (!isText(link.get("label")) || link.get("label").asText().isBlank()) {
            error(path + ".label", "cds-link", "a link needs a `label`");
        }
        JsonNode url = link.get("url");
        if (!isText(url) || !isAbsoluteUrl(url.asText())) {
            error(path + ".url", "cds-link", "a link needs an absolute `url`");
        }
        JsonNode type = link.get("type");
        if (!isText(type) || !LINK_TYPES.contains(type.asText())) {
            error(path + ".type", "cds-link", "link `type` must be absolute or smart"
                    + (type == null ? "; it is missing" : "; it is " + type));
        } else if (link.has("appContext") && !"smart".equals(type.asText())) {
            error(path + ".appContext", "cds-link", "`appContext` is only for smart links");
        }
    }

    private void action(JsonNode action, String path) {
        if (!action.isObject()) {
            error(path, "cds-action", "an action is a JSON object");
            return;
        }
        JsonNode type = action.get("type");
        if (!isText(type) || !ACTION_TYPES.contains(type.asText())) {
            error(path + ".type", "cds-action", "action `type` must be create, update or delete"
                    + (type == null ? "; it is missing" : "; it is " + type));
            return;
        }
        optionalText(action, "description", path);
        if ("delete".equals(type.asText())) {
            JsonNode ids = action.get("resourceId");
            boolean ok = ids != null
                    && (isText(ids) || ids.isArray() && ids.size() > 0 && allText(ids));
            if (!ok) {
                error(path + ".resourceId", "cds-action", "a delete action needs `resourceId` (relative references)");
            }
            return;
        }
        JsonNode resource = action.get("resource");
        if (resource == null || !resource.isObject() || !isText(resource.get("resourceType"))) {
            error(path + ".resource", "cds-action", "a " + type.asText() + " action needs a FHIR `resource`");
            return;
        }
        resources.accept(path + ".resource", resource);
    }

    private void uuid(JsonNode node, String path) {
        JsonNode uuid = node.get("uuid");
        if (uuid != null && (!isText(uuid) || !UUID.matcher(uuid.asText()).matches())) {
            error(path + ".uuid", "cds-uuid", "`uuid` must be a UUID; it is " + uuid);
        }
    }

    private void optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value != null && !isText(value)) {
            error(path + "." + field, "cds-response", "`" + field + "` must be a string");
        }
    }

    private static boolean isText(JsonNode node) {
        return node != null && node.isTextual();
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbsoluteUrl(String s) {
        try {
            java.net.URI uri = new java.net.URI(s);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private void error(String path, String key, String message) {
        issues.add(new ProfileIssue(Severity.ERROR, path, key, message));
    }
}
