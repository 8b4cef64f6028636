package site.builder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import site.testsupport.HugoSite;

/** Collects the differences between Hugo's build of a fixture site and ours, field by field. */
final class SiteDiff {
    private final List<String> diffs = new ArrayList<>();

    /** Paths Hugo wrote twice (in a race) are left out of both sides. */
    void pageSets(HugoSite hugo, HugoSite ours) {
        Set<String> our = new TreeSet<>(ours.pages().keySet());
        our.removeAll(hugo.duplicateTargets());
        sets("page paths", hugo.pages().keySet(), our);
    }

    void fields(HugoSite hugo, HugoSite ours, List<String> fields) {
        for (String path : hugo.pages().keySet()) {
            JsonNode ourPage = ours.pages().get(path);
            if (ourPage == null) continue;
            JsonNode hugoPage = hugo.pages().get(path);
            for (String field : fields) {
                JsonNode h = hugoPage.path(field);
                JsonNode o = ourPage.path(field);
                if (!same(h, o)) {
                    diffs.add(path + " ." + field + ": hugo " + h + " but ours " + o);
                }
            }
        }
    }

    void sets(String what, Set<String> hugo, Set<String> ours) {
        Set<String> missing = new TreeSet<>(hugo);
        missing.removeAll(ours);
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(hugo);
        if (!missing.isEmpty()) diffs.add(what + " missing in ours: " + missing);
        if (!extra.isEmpty()) diffs.add(what + " only in ours: " + extra);
    }

    void equal(String what, Object hugo, Object ours) {
        if (!hugo.equals(ours)) diffs.add(what + ": hugo " + hugo + "\n   but ours " + ours);
    }

    List<String> diffs() {
        return diffs;
    }

    /** Missing and null are the same; objects compare regardless of key order. */
    private static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isMissingNode() || a.isNull();
        boolean bNull = b == null || b.isMissingNode() || b.isNull();
        return aNull || bNull ? aNull == bNull : a.equals(b);
    }
}
