package dev.reportflow.web.metrics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/** Healthy when the cluster answers a metadata request within the timeout. */
public final class KafkaHealth implements Health.Check {

    private final Admin admin;
    private final Duration timeout;

    public KafkaHealth(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    public Health check() {
        Map<String, Object> kafka = new LinkedHashMap<>();
        try {
            DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            kafka.put("brokers", cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size());
            kafka.put("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            kafka.put("reachable", true);
            return new Health(true, Map.of("kafka", kafka));
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            kafka.put("reachable", false);
            kafka.put("error", cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            return new Health(false, Map.of("kafka", kafka));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kafka.put("reachable", false);
            kafka.put("error", "interrupted");
            return new Health(false, Map.of("kafka", kafka));
        }
    }
}
