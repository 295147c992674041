package io.coverkit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Requests generated as wire JSON and read back through coverkit's reader, as a service receives
 * them: strings are then never the interned literals of a hand-written rule (see
 * {@link IgrtRequests#standard()}), so no path wins by comparing references.
 */
final class WireRequests {

    private WireRequests() {}

    /** {@code count} requests' JSON texts, each built by {@code one} from the shared random stream. */
    static List<String> texts(int count, long seed, Function<SplittableRandom, ObjectNode> one) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one.apply(random).toString());
        }
        return List.copyOf(out);
    }

    /** The requests the texts read to; a text the reader refuses is a bug of the generator. */
    static List<CoverageRequest> read(List<String> texts) {
        RequestReader reader = new RequestReader();
        List<CoverageRequest> out = new ArrayList<>(texts.size());
        for (String json : texts) {
            RequestReader.Result r = reader.read(json);
            out.add(r.request().orElseThrow(() -> new IllegalStateException("unreadable: " + r.errors() + " in " + json)));
        }
        return List.copyOf(out);
    }
}
