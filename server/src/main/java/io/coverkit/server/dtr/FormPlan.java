package io.coverkit.server.dtr;

import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one guideline revision: its items in order, with every item findable by linkId.
 *
 * @param unsupported the criteria the form shows as text only, each {@code criterion/ID: what it tests}
 */
record FormPlan(Guideline guideline, Revision revision, List<FormItem> items, List<String> unsupported) {

    FormPlan {
        items = List.copyOf(items);
        unsupported = List.copyOf(unsupported);
    }

    /** Every item, groups' children included, by linkId, in form order. */
    Map<String, FormItem> byLinkId() {
        Map<String, FormItem> all = new LinkedHashMap<>();
        collect(items, all);
        return Collections.unmodifiableMap(all);
    }

    /** The linkId of each item's enclosing group, for items inside one. */
    Map<String, String> parents() {
        Map<String, String> parents = new LinkedHashMap<>();
        parents(items, null, parents);
        return parents;
    }

    private static void collect(List<FormItem> items, Map<String, FormItem> into) {
        for (FormItem item : items) {
            into.put(item.linkId(), item);
            collect(item.children(), into);
        }
    }

    private static void parents(List<FormItem> items, String parent, Map<String, String> into) {
        for (FormItem item : items) {
            if (parent != null) {
                into.put(item.linkId(), parent);
            }
            parents(item.children(), item.linkId(), into);
        }
    }
}
