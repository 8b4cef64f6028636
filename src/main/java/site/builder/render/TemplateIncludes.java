package site.builder.render;

import gg.jte.CodeResolver;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which templates a template renders, itself included: its {@code @template.a.b(...)} calls, followed through the
 * templates they name ("a/b.jte"). Read from the sources the theme was compiled from, so a preview knows which
 * outputs a template edit can change.
 */
final class TemplateIncludes {
    private static final Pattern CALL = Pattern.compile("@template\\.([A-Za-z0-9_$.]+)\\s*\\(");

    private final CodeResolver sources;
    private final Map<String, Set<String>> direct = new ConcurrentHashMap<>();

    TemplateIncludes(CodeResolver sources) {
        this.sources = sources;
    }

    /** {@code template} and every template it renders, directly or not. */
    Set<String> closure(String template) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(template));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) todo.addAll(direct(name));
        }
        return seen;
    }

    private Set<String> direct(String name) {
        return direct.computeIfAbsent(name, n -> {
            String source = sources.exists(n) ? sources.resolve(n) : null;
            Set<String> out = new HashSet<>();
            if (source == null) return out;
            Matcher m = CALL.matcher(source);
            while (m.find()) out.add(m.group(1).replace('.', '/') + ".jte");
            return out;
        });
    }
}
