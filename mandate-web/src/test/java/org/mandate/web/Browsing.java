package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;

/** What the browser tests do again and again: log in by the form, press a button by its name, move by the keyboard. */
public final class Browsing {
    private Browsing() {}

    /** Closes each that was opened, in the order given (a browser context before its browser, a server last). */
    public static void close(AutoCloseable... opened) {
        for (AutoCloseable c : opened) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Logs in by the login form and waits for "My federation". */
    public static void logIn(Page page, TestFederation fed, String member) {
        page.navigate(fed.url("/login"));
        page.getByLabel("Member id").fill(member);
        page.getByLabel("Password").fill(TestFederation.PASSWORD);
        press(page, "Log in");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
    }

    /**
     * Logs in with the keyboard alone from the first page: Tab to the "Log in" link, Enter, the member id typed
     * into the field that has the focus, Tab, the password, Enter; the focus visible at every stop.
     */
    static void logInByKeyboard(Page page, TestFederation fed, String member) {
        page.navigate(fed.url("/"));
        tabTo(page, "nav a[href='/login']", false, 20);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByLabel("Member id")).isFocused();
        assertFocusVisible(page);
        page.keyboard().type(member);
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.getByLabel("Password")).isFocused();
        assertFocusVisible(page);
        page.keyboard().type(TestFederation.PASSWORD);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
    }

    public static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** The labelled field whose label is exactly {@code label}, within {@code scope}. */
    static Locator field(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /**
     * Presses Tab (or Shift+Tab when {@code back}) until the focused element matches the CSS selector, at most
     * {@code max} times, and checks at every stop that the browser shows where the focus is.
     */
    static void tabTo(Page page, String selector, boolean back, int max) {
        for (int i = 0; i < max; i++) {
            page.keyboard().press(back ? "Shift+Tab" : "Tab");
            assertFocusVisible(page);
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("no element matching " + selector + " took the focus after " + max + " presses of "
                + (back ? "Shift+Tab" : "Tab"));
    }

    /**
     * The focused element draws a focus indicator: an outline (or a box shadow) at least 2 CSS pixels wide, not
     * hidden. Read from the computed style, as the browser paints it, so a rule that removes outlines fails here.
     */
    @SuppressWarnings("unchecked")
    static void assertFocusVisible(Page page) {
        Map<String, Object> s = (Map<String, Object>) page.evaluate("""
                () => { const e = document.activeElement, c = getComputedStyle(e);
                  return { tag: e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || e.name || '').trim().slice(0, 30),
                           style: c.outlineStyle, width: parseFloat(c.outlineWidth) || 0, shadow: c.boxShadow,
                           body: e === document.body }; }""");
        assertThat(s.get("body")).as("the focus is on an element, not lost to the page").isEqualTo(false);
        boolean outline = !"none".equals(s.get("style")) && ((Number) s.get("width")).doubleValue() >= 2;
        boolean shadow = s.get("shadow") != null && !"none".equals(s.get("shadow"));
        assertThat(outline || shadow).as("a visible focus indicator on " + s.get("tag") + " (outline " + s.get("style") + " "
                + s.get("width") + "px, shadow " + s.get("shadow") + ")").isTrue();
    }
}
