package io.coverkit.server.profile;

import io.coverkit.server.profile.ElementTree.Group;
import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionSlicingDiscriminatorComponent;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.XhtmlType;

/**
 * One check: walks an instance alongside a profile's snapshot and collects the issues. Not
 * thread-safe and used once; {@link ProfileChecker} makes one per call.
 */
final class InstanceWalker {

    private static final String FHIRPATH_TYPES = "http://hl7.org/fhirpath/";
    private static final String EXTENSION_SD = "http://hl7.org/fhir/StructureDefinition/Extension";

    /** The resources FHIRPath's %resource and %rootResource name while walking. */
    private record Scope(Resource resource, Resource root) {}

    private final Definitions definitions;
    private final FhirPathRunner fhirPath;
    private final CoverkitRules coverkitRules;
    // a LinkedHashSet keeps the order found and drops the same finding reached twice (a type's
    // constraints are repeated on the profile's element and on the type's own root)
    private final Set<ProfileIssue> issues = new LinkedHashSet<>();

    InstanceWalker(Definitions definitions, FhirPathRunner fhirPath, CoverkitRules coverkitRules) {
        this.definitions = definitions;
        this.fhirPath = fhirPath;
        this.coverkitRules = coverkitRules;
    }

    List<ProfileIssue> issues() {
        return List.copyOf(issues);
    }

    /** Checks a resource against a profile's snapshot. */
    void resource(Resource resource, ElementTree profile) {
        element(resource, profile, profile.root(), resource.fhirType(), new Scope(resource, resource));
    }

    /** Checks an extension (on its own, outside any resource) against its definition. */
    void extension(Extension extension, ElementTree definition, String path) {
        element(extension, definition, definition.root(), path, new Scope(null, null));
    }

    private void element(Base value, ElementTree tree, ElementDefinition def, String path, Scope scope) {
        constraints(value, tree, def, path, scope);
        // an element defined by reference (Questionnaire.item.item) obeys the referenced element's rules
        ElementDefinition rules = tree.resolve(def);
        if (rules != def) {
            constraints(value, tree, rules, path, scope);
        }
        fixedAndPattern(value, rules, path);
        binding(value, rules, path);
        if (value instanceof Extension && def != tree.root() && declaredExtension(def) != null) {
            // an extension slice of a resource profile: its own definition is the authority, and
            // the profile's copy of it may or may not be expanded
            extensionByUrl((Extension) value, def, path, scope);
            return;
        }
        Map<String, Group> groups = tree.children(def);
        if (!groups.isEmpty()) {
            for (Group group : groups.values()) {
                children(value, tree, group, path, scope);
            }
            if (def == tree.root() && coverkitRules.appliesTo(tree.structure().getUrl()) && value instanceof Extension) {
                issues.addAll(coverkitRules.check((Extension) value, path, fhirPath, definitions.expansions()));
            }
        } else {
            descend(value, def, path, scope);
        }
    }

    /** An element the profile does not open up: check it against its type's (or extension's) own definition. */
    private void descend(Base value, ElementDefinition def, String path, Scope scope) {
        if (value instanceof Resource) {
            Resource nested = (Resource) value;
            ElementTree tree = profileOf(def, nested.fhirType(), path);
            if (tree != null) {
                // a contained resource's %rootResource is its container; a Bundle entry or a
                // Parameters resource is a root of its own
                boolean contained = def.getPath().endsWith(".contained") && scope.root() != null;
                element(nested, tree, tree.root(), path, new Scope(nested, contained ? scope.root() : nested));
            }
            return;
        }
        if (value instanceof Extension) {
            extensionByUrl((Extension) value, def, path, scope);
            return;
        }
        if (value.isPrimitive()) {
            if (value instanceof Element) {
                for (Extension ext : ((Element) value).getExtension()) {
                    extensionByUrl(ext, null, path + ".extension('" + ext.getUrl() + "')", scope);
                }
            }
            return;
        }
        ElementTree typeTree = definitions.typeTree(value.fhirType());
        if (typeTree != null) {
            element(value, typeTree, typeTree.root(), path, scope);
        }
    }

    private void extensionByUrl(Extension ext, ElementDefinition def, String path, Scope scope) {
        String declared = def == null ? null : declaredExtension(def);
        String url = declared != null ? declared : ext.getUrl();
        ElementTree tree = null;
        if (url != null && url.contains(":")) {
            tree = definitions.tree(url);
            if (tree == null) {
                issues.add(new ProfileIssue(
                        Severity.INFORMATION,
                        path,
                        "profile",
                        "extension " + url + " is not defined in the packages or R4 core; checked as a plain Extension"));
            }
        }
        if (tree == null) {
            tree = definitions.tree(EXTENSION_SD);
        }
        element(ext, tree, tree.root(), path, scope);
    }

    /** The extension definition an element's type names, if any (extension slices of resource profiles). */
    private static String declaredExtension(ElementDefinition def) {
        for (TypeRefComponent type : def.getType()) {
            if ("Extension".equals(type.getCode()) && type.hasProfile()) {
                return type.getProfile().get(0).getValue();
            }
        }
        return null;
    }

    /** The profile a nested resource is held to: the element's declared profile if known, else its base type. */
    private ElementTree profileOf(ElementDefinition def, String resourceType, String path) {
        for (TypeRefComponent type : def.getType()) {
            for (CanonicalType profile : type.getProfile()) {
                ElementTree tree = definitions.tree(profile.getValue());
                if (tree != null && resourceType.equals(tree.structure().getType())) {
                    return tree;
                }
                if (tree == null) {
                    issues.add(new ProfileIssue(
                            Severity.INFORMATION,
                            path,
                            "profile",
                            "profile " + profile.getValue() + " is not in the packages; checked against the base "
                                    + resourceType));
                }
            }
        }
        return definitions.typeTree(resourceType);
    }

    private void children(Base parent, ElementTree tree, Group group, String path, Scope scope) {
        ElementDefinition base = group.base();
        if (base == null) {
            return;
        }
        List<Base> values = valuesOf(parent, group.name());
        cardinality(base, values.size(), path + "." + plainName(group.name()));
        boolean byUrl = slicedByUrl(base);
        if (!group.slices().isEmpty() && byUrl) {
            urlSlices(tree, group, values, path, scope);
            return;
        }
        if (!group.slices().isEmpty()) {
            for (ElementDefinition slice : group.slices()) {
                if (slice.getMin() > 0) {
                    issues.add(new ProfileIssue(
                            Severity.INFORMATION,
                            path + "." + plainName(group.name()),
                            "slicing",
                            "slice " + slice.getSliceName() + " (min " + slice.getMin()
                                    + ") is discriminated by something other than url; not checked"));
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            Base value = values.get(i);
            String childPath = childPath(path, group.name(), value, i, values.size());
            if (typeAllowed(base, value, childPath)) {
                element(value, tree, base, childPath, scope);
            }
        }
    }

    private void urlSlices(ElementTree tree, Group group, List<Base> values, String path, Scope scope) {
        ElementDefinition base = group.base();
        Map<String, ElementDefinition> byUrl = new HashMap<>();
        for (ElementDefinition slice : group.slices()) {
            String url = sliceUrl(tree, slice);
            if (url != null) {
                byUrl.put(url, slice);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (Base value : values) {
            totals.merge(urlOf(value), 1, Integer::sum);
        }
        boolean inExtensionDefinition = isExtensionDefinition(tree.structure());
        for (Base value : values) {
            String url = urlOf(value);
            int occurrence = counts.merge(url, 1, Integer::sum) - 1;
            String childPath = path + "." + plainName(group.name()) + "('" + url + "')"
                    + (totals.get(url) > 1 ? "[" + occurrence + "]" : "");
            ElementDefinition slice = byUrl.get(url);
            if (slice != null) {
                element(value, tree, slice, childPath, scope);
                continue;
            }
            if (base.getSlicing().getRules() == ElementDefinition.SlicingRules.CLOSED) {
                issues.add(new ProfileIssue(
                        Severity.ERROR, childPath, "slicing", "no slice of a closed slicing allows url `" + url + "`"));
                continue;
            }
            if (inExtensionDefinition && url != null && !url.contains(":")) {
                issues.add(new ProfileIssue(
                        Severity.ERROR,
                        childPath,
                        "sub-extension",
                        "sub-extension url `" + url + "` is not defined by " + tree.structure().getUrl()));
                continue;
            }
            element(value, tree, base, childPath, scope);
        }
        for (ElementDefinition slice : group.slices()) {
            String url = sliceUrl(tree, slice);
            int count = url == null ? 0 : totals.getOrDefault(url, 0);
            cardinality(slice, count, path + "." + plainName(group.name()) + "('" + url + "')");
        }
    }

    private static boolean isExtensionDefinition(StructureDefinition sd) {
        return "Extension".equals(sd.getType()) && sd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT;
    }

    private static boolean slicedByUrl(ElementDefinition base) {
        if (!base.hasSlicing() || base.getSlicing().getDiscriminator().size() != 1) {
            return false;
        }
        ElementDefinitionSlicingDiscriminatorComponent d = base.getSlicing().getDiscriminator().get(0);
        return "url".equals(d.getPath());
    }

    /** The url a slice stands for: its fixed url child (sub-extensions) or its extension profile. */
    private static String sliceUrl(ElementTree tree, ElementDefinition slice) {
        Group urlGroup = tree.children(slice).get("url");
        if (urlGroup != null && urlGroup.base() != null && urlGroup.base().hasFixed()) {
            return urlGroup.base().getFixed().primitiveValue();
        }
        for (TypeRefComponent type : slice.getType()) {
            if (type.hasProfile()) {
                return type.getProfile().get(0).getValue();
            }
        }
        return null;
    }

    private static String urlOf(Base value) {
        return value instanceof Extension ? ((Extension) value).getUrl() : null;
    }

    private void cardinality(ElementDefinition def, int count, String path) {
        String max = def.getMax();
        boolean tooMany = max != null && !"*".equals(max) && count > Integer.parseInt(max);
        if (count < def.getMin() || tooMany) {
            issues.add(new ProfileIssue(
                    Severity.ERROR,
                    path,
                    "cardinality",
                    "found " + count + ", allowed " + def.getMin() + ".." + max
                            + (def.hasSliceName() ? " (slice " + def.getSliceName() + ")" : "")));
        }
    }

    private boolean typeAllowed(ElementDefinition def, Base value, String path) {
        if (def.getType().size() <= 1 && !def.getPath().endsWith("[x]")) {
            return true;
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (TypeRefComponent type : def.getType()) {
            if (type.getCode() == null || type.getCode().startsWith(FHIRPATH_TYPES)) {
                return true;
            }
            allowed.add(type.getCode());
        }
        if (allowed.contains(value.fhirType())
                || value instanceof Resource && (allowed.contains("Resource") || allowed.contains("DomainResource"))) {
            return true;
        }
        issues.add(new ProfileIssue(
                Severity.ERROR,
                path,
                "type",
                "type " + value.fhirType() + " is not allowed here; allowed: " + String.join(", ", allowed)));
        return false;
    }

    private void constraints(Base value, ElementTree tree, ElementDefinition def, String path, Scope scope) {
        for (ElementDefinitionConstraintComponent c : def.getConstraint()) {
            if (!c.hasExpression()) {
                continue;
            }
            try {
                boolean holds = CoreConstraints.isNative(c.getKey())
                        ? CoreConstraints.holds(c.getKey(), value, scope.root())
                        : fhirPath.holds(scope.resource(), scope.root(), value, c.getExpression());
                if (!holds) {
                    String erratum = coverkitRules.erratum(c.getKey(), value, tree.structure().getUrl(), fhirPath);
                    Severity severity = erratum != null
                            ? Severity.WARNING
                            : c.getSeverity() == ElementDefinition.ConstraintSeverity.WARNING
                                    ? Severity.WARNING
                                    : Severity.ERROR;
                    issues.add(new ProfileIssue(
                            severity, path, c.getKey(), erratum != null ? c.getHuman() + " " + erratum : c.getHuman()));
                }
            } catch (RuntimeException e) {
                // HAPI's engine throws on expressions it cannot type (a multi-item collection where a
                // boolean is wanted) and, for some values, on its own nulls; either way the constraint is
                // unchecked, which is reported rather than passed over or called a failure
                issues.add(new ProfileIssue(
                        Severity.INFORMATION,
                        path,
                        c.getKey(),
                        "constraint could not be evaluated: " + e.getMessage()));
            }
        }
    }

    private void fixedAndPattern(Base value, ElementDefinition def, String path) {
        if (def.hasFixed() && !Patterns.sameValue(def.getFixed(), value)) {
            issues.add(new ProfileIssue(
                    Severity.ERROR, path, "fixed", "value must be exactly " + Patterns.describe(def.getFixed())));
        }
        if (def.hasPattern() && !Patterns.matches(def.getPattern(), value)) {
            issues.add(new ProfileIssue(
                    Severity.ERROR, path, "pattern", "value must match the pattern " + Patterns.describe(def.getPattern())));
        }
    }

    private void binding(Base value, ElementDefinition def, String path) {
        if (!def.hasBinding() || !def.getBinding().hasValueSet()) {
            return;
        }
        BindingStrength strength = def.getBinding().getStrength();
        if (strength != BindingStrength.REQUIRED && strength != BindingStrength.EXTENSIBLE) {
            return;
        }
        issues.addAll(Bindings.check(
                value, def.getBinding().getValueSet(), strength == BindingStrength.REQUIRED, path, definitions.expansions()));
    }

    private static List<Base> valuesOf(Base parent, String name) {
        if ("div".equals(name) && parent instanceof Narrative) {
            // the R4 model keeps the div outside its property list; FHIRPath's htmlChecks() wants it typed
            Narrative narrative = (Narrative) parent;
            return narrative.hasDiv() ? List.of(new XhtmlType(narrative)) : List.of();
        }
        try {
            Property property = parent.getNamedProperty(name);
            if (property == null) {
                return List.of();
            }
            // HAPI's getters create empty elements on access; like the JSON form, they are absent
            List<Base> present = new ArrayList<>();
            for (Base v : property.getValues()) {
                if (v != null && !v.isEmpty()) {
                    present.add(v);
                }
            }
            return present;
        } catch (FHIRException e) {
            return List.of();
        }
    }

    private static String plainName(String name) {
        return name.endsWith("[x]") ? name.substring(0, name.length() - 3) : name;
    }

    private static String childPath(String path, String name, Base value, int index, int count) {
        String shown = name.endsWith("[x]") ? plainName(name) + capitalised(value.fhirType()) : name;
        return path + "." + shown + (count > 1 ? "[" + index + "]" : "");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
