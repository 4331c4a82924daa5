package org.mandate.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, injected into a page and run there: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA,
 * and axe's best practices. The script comes from the test class path (see the pom), never from the network.
 */
public final class Axe {
    private static final String SOURCE = load();
    private static final String RUN = """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
              return r.violations.map(v => ({ id: v.id, impact: v.impact || 'none', help: v.help,
                  nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }));
            }""";

    /** One rule broken on the page: its id, how much it matters (minor … critical), what it asks, a few of the elements. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
        public boolean serious() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    private Axe() {}

    /** Runs axe on the page as it is now. The page must allow scripts. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN);
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("nodes"))).toList();
    }

    /** Fails the test when axe finds a serious or critical violation on the page; prints the lesser ones, named after the page. */
    public static void assertNoSeriousViolation(Page page, String name) {
        List<Violation> found = check(page);
        found.stream().filter(v -> !v.serious()).forEach(v -> System.out.println("axe, " + name + ", not failing: " + v));
        org.assertj.core.api.Assertions.assertThat(found.stream().filter(Violation::serious).toList())
                .as("serious or critical violations on " + name).isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
