package io.coverkit.server.http;

import io.coverkit.server.CdsServices;
import io.coverkit.server.DtrOperations;
import io.coverkit.server.GuidelinePages;
import io.coverkit.server.Reply;
import io.coverkit.server.ResponseCheck;
import io.coverkit.server.StandardEndpoints;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Endpoints that record what they were asked and answer what a test sets; the server under test cannot tell them from real ones. */
final class FakeEndpoints implements CdsServices, DtrOperations, GuidelinePages {

    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile Reply discovery = Reply.json(200, "{\"services\":[]}");
    volatile Reply hook = Reply.json(200, "{\"cards\":[],\"systemActions\":[]}");
    volatile long delayMillis;
    volatile RuntimeException failure;
    volatile ResponseCheck check = json -> List.of();

    StandardEndpoints endpoints() {
        return new StandardEndpoints(this, this, this, json -> check.problems(json));
    }

    private Reply answer(String call, Reply reply) {
        calls.add(call);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                calls.add("interrupted " + call);
                return Reply.json(500, "{\"error\":\"interrupted\"}");
            }
        }
        if (failure != null) {
            throw failure;
        }
        return reply;
    }

    @Override
    public Reply discovery() {
        return answer("discovery", discovery);
    }

    @Override
    public Reply call(String serviceId, byte[] body) {
        return answer("call " + serviceId + " " + new String(body, StandardCharsets.UTF_8), hook);
    }

    @Override
    public Reply questionnairePackage(byte[] body) {
        return answer("package " + new String(body, StandardCharsets.UTF_8), Reply.fhir(200, "{\"resourceType\":\"Parameters\"}"));
    }

    @Override
    public Reply decide(byte[] body) {
        return answer("decide " + new String(body, StandardCharsets.UTF_8), Reply.json(200, "{\"outcome\":\"MEETS_MEDICAL_NECESSITY\"}"));
    }

    @Override
    public Reply page(String guidelineId, LocalDate asOf) {
        return answer("page " + guidelineId + " " + asOf, new Reply(200, "text/html; charset=utf-8", "<p>page</p>".getBytes(StandardCharsets.UTF_8)));
    }
}
