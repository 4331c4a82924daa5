package org.mandate.web.site;

/**
 * What every page's frame needs: the words, the title, who is signed in (null for a visitor), the
 * one-time CSRF token for this page's forms (null for a visitor), the asset paths, and the members'
 * names this viewer may see.
 */
public record Frame(Text t, String title, String member, String csrf, String htmx, String css, java.util.function.UnaryOperator<String> scripts, String path,
        Names names) {
    public boolean signedIn() {
        return member != null;
    }

    /** The path of one of our scripts by name: a page that needs it names it (see {@link Assets}). */
    public String script(String name) {
        return scripts.apply(name);
    }

    /** What a link shows: a member's name beside their id where this viewer may see it (see {@link Names}). */
    public String label(Ref ref) {
        return names.label(ref);
    }
}
