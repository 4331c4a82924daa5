package org.mandate.web.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the templates, which jte-maven-plugin compiled to Java classes at build time: nothing is
 * compiled while the server runs, and a template that does not compile fails the build.
 */
public final class Pages {
    static final String PACKAGE = "org.mandate.web.jte";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), PACKAGE);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8 * 1024);
        engine.render(template, params, out);
        return out.toString();
    }
}
