package io.coverkit.server;

import io.coverkit.api.GuidelineLibrary;
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
        // Each line below is replaced by its helper's real implementation as it lands.
        CdsServices cds = new CdsServices() {
            @Override
            public Reply discovery() {
                return unbuilt();
            }

            @Override
            public Reply call(String serviceId, byte[] body) {
                return unbuilt();
            }
        };
        DtrOperations dtr = new DtrOperations() {
            @Override
            public Reply questionnairePackage(byte[] body) {
                return unbuilt();
            }

            @Override
            public Reply decide(byte[] body) {
                return unbuilt();
            }
        };
        GuidelinePages pages = (id, asOf) -> unbuilt();
        // loads in the background so the server starts at once; the first check waits for it
        ResponseCheck check = new HookResponseCheck(ProfileChecker.sharedInBackground());
        return new StandardEndpoints(cds, dtr, pages, check);
    }

    private static Reply unbuilt() {
        return Reply.json(503, "{\"error\":\"this endpoint is not built yet\"}");
    }
}
