package io.coverkit.server.profile;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The conformance resources the checker knows: the StructureDefinitions, ValueSets and
 * CodeSystems of the CRD and DTR 2.0.1 packages (read from the class path) over R4 core (from
 * HAPI's bundled definitions). Immutable after construction; package resources win over core
 * ones with the same url.
 */
final class ConformanceIndex {

    /** The packages the checker reads, as class-path resources beside this class. */
    static final List<String> PACKAGES =
            List.of("hl7.fhir.us.davinci-crd-2.0.1.tgz", "hl7.fhir.us.davinci-dtr-2.0.1.tgz");

    private final FhirContext fhir;
    private final DefaultProfileValidationSupport core;
    private final Map<String, StructureDefinition> structures;
    private final Map<String, ValueSet> valueSets;
    private final Map<String, CodeSystem> codeSystems;
    private final List<IBaseResource> packageResources;

    private ConformanceIndex(
            FhirContext fhir,
            DefaultProfileValidationSupport core,
            Map<String, StructureDefinition> structures,
            Map<String, ValueSet> valueSets,
            Map<String, CodeSystem> codeSystems,
            List<IBaseResource> packageResources) {
        this.fhir = fhir;
        this.core = core;
        this.structures = structures;
        this.valueSets = valueSets;
        this.codeSystems = codeSystems;
        this.packageResources = packageResources;
    }

    /** Reads R4 core and both packages; the slow part of {@link ProfileChecker#load()}. */
    static ConformanceIndex load(FhirContext fhir) {
        DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(fhir);
        Map<String, StructureDefinition> structures = new HashMap<>();
        for (IBaseResource r : core.<IBaseResource>fetchAllStructureDefinitions()) {
            StructureDefinition sd = (StructureDefinition) r;
            structures.put(sd.getUrl(), sd);
        }
        Map<String, ValueSet> valueSets = new HashMap<>();
        Map<String, CodeSystem> codeSystems = new HashMap<>();
        List<IBaseResource> fromPackages = new ArrayList<>();
        IParser parser = fhir.newJsonParser();
        for (String name : PACKAGES) {
            try (InputStream in = ConformanceIndex.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the FHIR package " + name + " is missing from the class path");
                }
                NpmPackage pkg = NpmPackage.fromPackage(in, name, false);
                for (String file : pkg.listResources("StructureDefinition", "ValueSet", "CodeSystem")) {
                    try (InputStream res = pkg.loadResource(file)) {
                        IBaseResource parsed = parser.parseResource(res);
                        fromPackages.add(parsed);
                        if (parsed instanceof StructureDefinition) {
                            StructureDefinition sd = (StructureDefinition) parsed;
                            structures.put(sd.getUrl(), sd);
                        } else if (parsed instanceof ValueSet) {
                            ValueSet vs = (ValueSet) parsed;
                            valueSets.put(vs.getUrl(), vs);
                        } else if (parsed instanceof CodeSystem) {
                            CodeSystem cs = (CodeSystem) parsed;
                            codeSystems.put(cs.getUrl(), cs);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the FHIR package " + name, e);
            }
        }
        return new ConformanceIndex(
                fhir,
                core,
                Collections.unmodifiableMap(structures),
                Collections.unmodifiableMap(valueSets),
                Collections.unmodifiableMap(codeSystems),
                List.copyOf(fromPackages));
    }

    FhirContext fhir() {
        return fhir;
    }

    /** The StructureDefinition with this canonical (a {@code |version} suffix ignored), or null. */
    StructureDefinition structure(String url) {
        return url == null ? null : structures.get(unversioned(url));
    }

    /** The base definition of an R4 type or resource by its name, or null. */
    StructureDefinition type(String typeName) {
        return structure("http://hl7.org/fhir/StructureDefinition/" + typeName);
    }

    /** The ValueSet with this canonical from the packages or R4 core, or null. */
    ValueSet valueSet(String url) {
        String key = unversioned(url);
        ValueSet vs = valueSets.get(key);
        if (vs == null) {
            // the core value sets are parsed by HAPI on first use and cached there
            vs = (ValueSet) core.fetchValueSet(key);
        }
        return vs;
    }

    /** The CodeSystem with this canonical from the packages or R4 core, or null. */
    CodeSystem codeSystem(String url) {
        String key = unversioned(url);
        CodeSystem cs = codeSystems.get(key);
        if (cs == null) {
            cs = (CodeSystem) core.fetchCodeSystem(key);
        }
        return cs;
    }

    Map<String, StructureDefinition> structures() {
        return structures;
    }

    List<IBaseResource> packageResources() {
        return packageResources;
    }

    DefaultProfileValidationSupport core() {
        return core;
    }

    static String unversioned(String url) {
        int bar = url.indexOf('|');
        return bar < 0 ? url : url.substring(0, bar);
    }
}
