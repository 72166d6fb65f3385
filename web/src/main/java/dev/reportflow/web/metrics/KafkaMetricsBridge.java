package dev.reportflow.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka {@link MetricsReporter} that publishes a client's metrics to Micrometer's global
 * registry, named as Micrometer's own Kafka binders name them ({@code kafka.producer.record.send.total}).
 * Kafka instantiates reporters itself from {@code metric.reporters}, which is how the metrics of a
 * client built inside other code (the submission client's producer) become visible without
 * access to the client object.
 */
public final class KafkaMetricsBridge implements MetricsReporter {

    /** Add to a client's {@code metric.reporters} (keeping JMX). */
    public static final String REPORTERS = "org.apache.kafka.common.metrics.JmxReporter," + KafkaMetricsBridge.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(KafkaMetricsBridge.class);
    /** Kafka's count of its own metrics: noise on a dashboard (Micrometer's binders skip it too). */
    private static final String METRICS_COUNT_GROUP = "kafka-metrics-count";
    /** Prometheus needs one set of tag keys per name; Kafka reuses names at client and topic level. */
    private static final Map<String, Set<String>> TAG_KEYS_BY_NAME = new ConcurrentHashMap<>();

    private final MeterRegistry registry;
    private final Map<MetricName, Bound> bound = new ConcurrentHashMap<>();

    /** What Kafka calls. */
    public KafkaMetricsBridge() {
        this(Metrics.globalRegistry);
    }

    KafkaMetricsBridge(MeterRegistry registry) {
        this.registry = registry;
    }

    private record Bound(AtomicReference<KafkaMetric> metric, Meter meter) {
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure: the registry is Micrometer's global one.
    }

    @Override
    public void init(List<KafkaMetric> metrics) {
        metrics.forEach(this::metricChange);
    }

    @Override
    public void metricChange(KafkaMetric metric) {
        MetricName name = metric.metricName();
        Bound existing = bound.get(name);
        if (existing != null) {
            existing.metric().set(metric);
            return;
        }
        if (name.group().equals(METRICS_COUNT_GROUP) || !(metric.metricValue() instanceof Number)) {
            return;
        }
        String meterName = meterName(name);
        List<Tag> tags = tags(name);
        Set<String> keys = Set.copyOf(tags.stream().map(Tag::getKey).toList());
        if (!TAG_KEYS_BY_NAME.computeIfAbsent(meterName, n -> keys).equals(keys)) {
            LOG.debug("Not exporting {} with tags {}: the name is exported with other tags", meterName, keys);
            return;
        }
        if (registry.find(meterName).tags(tags).meter() != null) {
            // Another client with the same client.id exports it; removing ours later must not remove theirs.
            LOG.debug("Not exporting {} {}: already exported by another client", meterName, tags);
            return;
        }
        AtomicReference<KafkaMetric> current = new AtomicReference<>(metric);
        ToDoubleFunction<AtomicReference<KafkaMetric>> value = ref -> ((Number) ref.get().metricValue()).doubleValue();
        Meter meter = name.name().endsWith("-total")
                ? FunctionCounter.builder(meterName, current, value).tags(tags).description(name.description()).register(registry)
                : Gauge.builder(meterName, current, value).tags(tags).description(name.description()).register(registry);
        bound.put(name, new Bound(current, meter));
    }

    @Override
    public void metricRemoval(KafkaMetric metric) {
        Bound removed = bound.remove(metric.metricName());
        if (removed != null) {
            registry.remove(removed.meter());
        }
    }

    @Override
    public void close() {
        bound.values().forEach(b -> registry.remove(b.meter()));
        bound.clear();
    }

    static String meterName(MetricName name) {
        return ("kafka." + name.group() + "." + name.name()).replace("-metrics", "").replace('-', '.');
    }

    private static List<Tag> tags(MetricName name) {
        List<Tag> tags = new ArrayList<>();
        name.tags().forEach((key, value) -> tags.add(Tag.of(key, value)));
        tags.add(Tag.of("kafka.version", AppInfoParser.getVersion()));
        return tags;
    }
}
