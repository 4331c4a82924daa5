package org.mandate.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.credit.Invoice;
import org.mandate.web.Axe;
import org.mandate.web.Browsing;
import org.mandate.web.Chromium;
import org.mandate.web.TestFederation;

/**
 * The credit pages in Chromium on the market of {@link TestFederation#credit}: the bakery's treasurer
 * accepts the invoice awaiting the bakery and sees it accepted; axe-core finds no serious or critical
 * violation on the account with its payment form, the invoices with their forms, a refusal shown
 * beside its form, the council's accounts and the clearing report with its drawn cycles.
 */
class CreditBrowserTest {
    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static TestFederation fed;
    private static BrowserContext treasurer;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        fed = TestFederation.credit(dir);
        treasurer = chromium.browser.newContext();
        Browsing.logIn(treasurer.newPage(), fed, "ana");
    }

    @AfterAll
    static void stop() {
        Browsing.close(treasurer, fed, chromium);
    }

    @Test
    void the_treasurer_accepts_the_invoice_awaiting_the_bakery_and_sees_it_accepted() {
        try (Page page = treasurer.newPage()) {
            page.navigate(fed.url("/bodies/bakery/invoices"));
            PlaywrightAssertions.assertThat(heading(page, "Awaiting this body's answer (1)")).isVisible();
            Axe.assertNoSeriousViolation(page, "the invoices with an answer to give");

            Browsing.press(page, "Accept dairy-004");

            PlaywrightAssertions.assertThat(heading(page, "Awaiting this body's answer (0)")).isVisible();
            Locator row = page.locator("#inv-dairy-004");
            PlaywrightAssertions.assertThat(row.locator(".tag")).hasText("accepted");
            PlaywrightAssertions.assertThat(row).containsText("Dairy co-operative");
            Invoice.Status status = fed.read(s -> s.credit().invoice("dairy-004").status());
            assertThat(status).isEqualTo(Invoice.Status.ACCEPTED);
            Axe.assertNoSeriousViolation(page, "the invoices after accepting");
        }
    }

    @Test
    void the_credit_pages_and_a_refused_payment_have_no_serious_or_critical_violation() {
        try (Page page = treasurer.newPage()) {
            for (String path : List.of("/councils/market/accounts/bakery", "/councils/market/credit", "/councils/market/clearings/market-clearing-1",
                    "/credit", "/bodies/mill/invoices")) {
                page.navigate(fed.url(path));
                Axe.assertNoSeriousViolation(page, path);
            }
            page.navigate(fed.url("/councils/market/clearings/market-clearing-1"));
            PlaywrightAssertions.assertThat(page.locator("svg.ring circle")).hasCount(3);
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Cycle 1: 3 bodies, 70 hours off each invoice, 210 hours cancelled in all.")))
                    .isVisible();

            page.navigate(fed.url("/councils/market/accounts/bakery"));
            page.getByLabel("Amount, in hours").fill("10");
            Browsing.press(page, "Pay");
            PlaywrightAssertions.assertThat(page.locator("#pay-refusal")).containsText("below its credit limit of -50 that the council set");
            Axe.assertNoSeriousViolation(page, "a payment refused by the limit");
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }
}
