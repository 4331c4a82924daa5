package org.mandate.server.ops;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.mandate.server.engine.Engine;
import org.mandate.server.engine.Writer;

/**
 * One server's figures. Each is read when scraped from what the engine already keeps (the writer's
 * count of applied commands, the durable size, the read model's position), so measuring costs the
 * writer nothing but one summary update per batch.
 */
public final class Metrics implements AutoCloseable {
    /** The Prometheus text exposition format, as {@link #scrape()} writes it. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics(Engine engine) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);

        Writer writer = engine.writer();
        FunctionCounter.builder("mandate.writer.commands", writer, Writer::applied)
                .description("Commands the writer has applied since the server started, accepted or refused")
                .register(registry);
        Gauge.builder("mandate.record.events", writer, Writer::durableSize).strongReference(true)
                .description("Events durable in the record")
                .register(registry);
        Gauge.builder("mandate.record.checkpoint.events", engine, e -> e.record().coveredSize()).strongReference(true)
                .description("Events covered by the latest durable signed checkpoint")
                .register(registry);
        Gauge.builder("mandate.read.model.lag", engine, e -> Math.max(0, e.writer().durableSize() - e.reads().position()))
                .strongReference(true).baseUnit("events")
                .description("Durable events the read model has not folded yet: how far queries trail the writer")
                .register(registry);
        DistributionSummary batches = DistributionSummary.builder("mandate.writer.batch.commands")
                .description("Commands per writer batch (one store transaction each)")
                .register(registry);
        writer.observeBatches(batches::record);
    }

    /** Counts one HTTP request by its route template (never its concrete path), method and status. */
    public void request(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template, method and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Every figure, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
