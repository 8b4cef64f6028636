package site.builder.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Which published files a rebuild added, changed or removed, by comparing the two builds' bytes. */
record OutputDiff(List<String> added, List<String> changed, List<String> removed) {
    static OutputDiff between(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<String> added = new ArrayList<>(), changed = new ArrayList<>(), removed = new ArrayList<>();
        after.forEach((path, bytes) -> {
            byte[] old = before.get(path);
            if (old == null) added.add(path);
            else if (!Arrays.equals(old, bytes)) changed.add(path);
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(removed::add);
        return new OutputDiff(sorted(added), sorted(changed), sorted(removed));
    }

    int size() {
        return added.size() + changed.size() + removed.size();
    }

    /** "3 changed, 1 added" for the terminal; "no output changed" when the bytes are all the same. */
    String summary() {
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) parts.add(changed.size() + " changed");
        if (!added.isEmpty()) parts.add(added.size() + " added");
        if (!removed.isEmpty()) parts.add(removed.size() + " removed");
        return parts.isEmpty() ? "no output changed" : String.join(", ", parts) + " file(s)";
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }
}
