package org.mandate.web.site;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The two files a page loads besides itself, both from this server's origin: the stylesheet and the
 * pinned htmx script (from its webjar). Each path names its version or content hash, so a browser may
 * keep it for a year and still never runs a stale one.
 */
public final class Assets {
    static final String CSS_RESOURCE = "/org/mandate/web/mandate.css";

    private final String htmxVersion;
    private final byte[] htmx;
    private final byte[] css;
    private final String cssHash;

    private Assets(String htmxVersion, byte[] htmx, byte[] css) {
        this.htmxVersion = htmxVersion;
        this.htmx = htmx;
        this.css = css;
        this.cssHash = sha256(css).substring(0, 12);
    }

    public static Assets load() {
        Properties p = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("/org/mandate/web/web.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("web.properties is missing from the build", e);
        }
        String version = p.getProperty("htmx.version");
        return new Assets(version, resource("/META-INF/resources/webjars/htmx.org/" + version + "/dist/htmx.min.js"), resource(CSS_RESOURCE));
    }

    public String htmxVersion() {
        return htmxVersion;
    }

    public String htmxPath() {
        return "/assets/htmx-" + htmxVersion + ".min.js";
    }

    public String cssPath() {
        return "/assets/mandate-" + cssHash + ".css";
    }

    public void register(JavalinConfig config) {
        config.routes.get(htmxPath(), ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "public, max-age=31536000, immutable").result(htmx));
        config.routes.get(cssPath(), ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=31536000, immutable").result(css));
    }

    private static byte[] resource(String path) {
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
