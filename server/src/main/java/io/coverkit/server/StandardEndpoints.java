package io.coverkit.server;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.crd.CrdService;
import io.coverkit.server.crd.CrdSettings;
import io.coverkit.server.crd.RenderedGuidelines;
import io.coverkit.server.dtr.DtrService;
import io.coverkit.server.fhir.FhirMapping;
import io.coverkit.server.profile.HookResponseCheck;
import io.coverkit.server.profile.ProfileChecker;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The endpoints {@code coverkit serve} puts behind its HTTP server: CRD, DTR, the rendered
 * guidelines and the log-only response self-check, all over one reloadable library.
 *
 * @param cds the CDS Hooks services (Da Vinci CRD)
 * @param dtr the DTR operations
 * @param pages the rendered guidelines cards link to
 * @param check the self-check run on each hook response after it is sent
 */
public record StandardEndpoints(CdsServices cds, DtrOperations dtr, GuidelinePages pages, ResponseCheck check) {

    /**
     * The standard endpoints over a library.
     *
     * @param library the current library (the server swaps it on reload)
     * @param baseUrl the server's public base URL, which links and questionnaire canonicals use
     * @param clock today's date for the CRD assertion date
     */
    public static StandardEndpoints create(Supplier<GuidelineLibrary> library, String baseUrl, Clock clock) {
        return create(library, baseUrl, clock, FhirMapping.defaults());
    }

    /**
     * The standard endpoints over a library, reading FHIR into coverage requests with a mapping of
     * the deployment's own (a {@code coverkit serve --fhir-mapping} file): CRD and DTR read alike.
     */
    public static StandardEndpoints create(Supplier<GuidelineLibrary> library, String baseUrl, Clock clock, FhirMapping mapping) {
        CdsServices cds = new CrdService(library, new CrdSettings(baseUrl, mapping), clock);
        DtrOperations dtr = new DtrService(library, baseUrl, clock, mapping);
        GuidelinePages pages = new RenderedGuidelines(library);
        // The checker (a few seconds, about 130 MB) loads on the first check, on the self-check's
        // thread, so a server that checks nothing (--self-check-every 0) never pays for it.
        ResponseCheck check = new HookResponseCheck(() -> ProfileChecker.sharedInBackground().get());
        return new StandardEndpoints(cds, dtr, pages, check);
    }
}
