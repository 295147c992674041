package io.coverkit.server.http;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.Reply;
import io.coverkit.server.StandardEndpoints;
import io.coverkit.server.security.AuthFailure;
import io.coverkit.server.security.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's routes and what each does before its endpoint sees the request: the content type,
 * the bearer token, the body's JSON shape, then the endpoint's own work under the deadline. Every
 * reply, the server's own errors included, is written by {@link #send}.
 */
final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final String HOOK_ATTRIBUTE = "coverkit.hook";

    private final Supplier<StandardEndpoints> endpoints;
    private final Supplier<GuidelineLibrary> library;
    private final Authenticator authenticator;
    private final Supplier<String> baseUrl;
    private final DeadlineRunner runner;
    private final SelfCheck selfCheck;
    private final byte[] baseline;
    private final String version;

    Routes(Supplier<StandardEndpoints> endpoints, Supplier<GuidelineLibrary> library, Authenticator authenticator, Supplier<String> baseUrl,
            DeadlineRunner runner, SelfCheck selfCheck, byte[] baseline, String version) {
        this.endpoints = endpoints;
        this.library = library;
        this.authenticator = authenticator;
        this.baseUrl = baseUrl;
        this.runner = runner;
        this.selfCheck = selfCheck;
        this.baseline = baseline;
        this.version = version;
    }

    void register(RoutesConfig routes) {
        routes.get("/cds-services", ctx -> answer(ctx, () -> endpoints().cds().discovery()));
        routes.post("/cds-services/{id}", ctx -> {
            String id = ctx.pathParam("id");
            ctx.attribute(HOOK_ATTRIBUTE, id);
            protectedJson(ctx, body -> endpoints().cds().call(id, body));
        });
        routes.post("/fhir/Questionnaire/$questionnaire-package", ctx -> protectedJson(ctx, body -> endpoints().dtr().questionnairePackage(body)));
        routes.post("/fhir/QuestionnaireResponse/$coverkit-decide", ctx -> protectedJson(ctx, body -> endpoints().dtr().decide(body)));
        routes.get("/guidelines/{page}", this::page);
        routes.get("/health", ctx -> send(ctx, Health.of(library.get(), version, selfCheck)));
        if (baseline != null) {
            // The load test's yardstick: the same server, parsing, auth and limits, with no decision made.
            routes.post("/baseline/cds-services/{id}", ctx -> protectedJson(ctx, body -> new Reply(200, Reply.JSON, baseline)));
        }
    }

    private StandardEndpoints endpoints() {
        StandardEndpoints e = endpoints.get();
        if (e == null) {
            throw new NotReady();
        }
        return e;
    }

    /** The endpoints are made once the server knows its port; a request that comes sooner is told to retry. */
    static final class NotReady extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReady() {
            super("the server is starting", null, false, false);
        }
    }

    private interface Work {
        Reply apply(byte[] body);
    }

    private void protectedJson(Context ctx, Work work) throws InterruptedException {
        String path = ctx.path();
        Optional<AuthFailure> refused = authenticator.check(ctx.header("Authorization"), baseUrl.get() + path);
        if (refused.isPresent()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            send(ctx, ErrorReplies.forPath(path, 401, refused.get().describe()));
            return;
        }
        if (!isJson(ctx.contentType(), ErrorReplies.isFhir(path))) {
            send(ctx, ErrorReplies.forPath(path, 415, "the request body must be "
                    + (ErrorReplies.isFhir(path) ? "application/fhir+json or application/json" : "application/json")
                    + (ctx.contentType() == null ? "; the request names no Content-Type" : ", not `" + ctx.contentType() + "`")));
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        Optional<String> malformed = JsonCheck.problem(body);
        if (malformed.isPresent()) {
            send(ctx, ErrorReplies.forPath(path, 400, malformed.get()));
            return;
        }
        answer(ctx, () -> work.apply(body));
    }

    private void page(Context ctx) throws InterruptedException {
        String page = ctx.pathParam("page");
        if (!page.endsWith(".html") || page.length() == ".html".length()) {
            send(ctx, ErrorReplies.cdsHooks(404, "no such page; guideline pages are /guidelines/ID.html"));
            return;
        }
        String id = page.substring(0, page.length() - ".html".length());
        String asOfText = ctx.queryParam("asOf");
        LocalDate asOf;
        try {
            asOf = asOfText == null ? null : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            send(ctx, ErrorReplies.cdsHooks(400, "asOf: `" + asOfText + "` is not a date in the form yyyy-MM-dd"));
            return;
        }
        answer(ctx, () -> endpoints().pages().page(id, asOf));
    }

    private void answer(Context ctx, Supplier<Reply> work) throws InterruptedException {
        Reply reply;
        try {
            reply = runner.run(work);
        } catch (DeadlineRunner.DeadlineExceeded e) {
            LOG.warn("{} {}: the endpoint exceeded the request deadline; answered 503", ctx.method(), ctx.path());
            reply = ErrorReplies.forPath(ctx.path(), 503, "the request took longer than the server allows; try again");
        } catch (DeadlineRunner.Busy e) {
            reply = ErrorReplies.forPath(ctx.path(), 503, "the server is busy; try again");
        } catch (NotReady e) {
            reply = ErrorReplies.forPath(ctx.path(), 503, "the server is starting; try again");
        }
        send(ctx, reply);
        String hook = ctx.attribute(HOOK_ATTRIBUTE);
        if (hook != null && reply.status() == 200) {
            selfCheck.offer("POST /cds-services/" + hook, reply.body());
        }
    }

    /** Writes a reply; marks the exchange answered so the error mappers leave its body alone. */
    static void send(Context ctx, Reply reply) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(reply.status());
        ctx.contentType(reply.contentType());
        ctx.result(reply.body());
    }

    /** Set on an exchange whose body this server wrote. */
    static final String ANSWERED = "coverkit.answered";

    static boolean isJson(String contentType, boolean fhirAllowed) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (fhirAllowed && type.equals("application/fhir+json"));
    }
}
