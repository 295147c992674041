package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.coverkit.server.Reply;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pages cards link to: every clause link of a response lands on an anchor of the page it names. */
class RenderedGuidelinesTest {

    private final RenderedGuidelines pages = new RenderedGuidelines(Crd::library);

    @Test
    void everyClauseLinkOfTheIgrtExamplesHasItsAnchor() {
        int links = 0;
        for (String example : new String[] {"igrt-commercial-all-documents", "igrt-missing-document", "igrt-deleted-code-77014"}) {
            JsonNode response = Requests.call("coverkit-order-sign", Requests.example(example));
            for (JsonNode card : response.get("cards")) {
                for (JsonNode link : card.path("links")) {
                    URI url = URI.create(link.get("url").asText());
                    assertTrue(url.getPath().startsWith("/guidelines/") && url.getPath().endsWith(".html"), url.toString());
                    String id = url.getPath().substring("/guidelines/".length(), url.getPath().length() - ".html".length());
                    LocalDate asOf = url.getQuery() == null ? null : LocalDate.parse(url.getQuery().substring("asOf=".length()));
                    Reply page = pages.page(id, asOf);
                    assertEquals(200, page.status());
                    if (url.getFragment() != null) {
                        assertTrue(page.text().contains("id=\"" + url.getFragment() + "\""), "no anchor " + url.getFragment() + " on " + url);
                        links++;
                    }
                }
            }
        }
        assertTrue(links >= 5, "clause links checked: " + links);
    }

    @Test
    void anUnknownGuidelineIs404() {
        Reply reply = pages.page("no-such-guideline", null);
        assertEquals(404, reply.status());
        assertFalse(reply.text().contains("Exception"));
    }
}
