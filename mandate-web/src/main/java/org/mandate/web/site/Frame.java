package org.mandate.web.site;

/**
 * What every page's frame needs: the words, the title, who is signed in (null for a visitor), the
 * one-time CSRF token for this page's forms (null for a visitor), and the pinned asset paths.
 */
public record Frame(Text t, String title, String member, String csrf, String htmx, String css, String path) {
    public boolean signedIn() {
        return member != null;
    }
}
