package dev.reportflow.web.http;

import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Requests answered by scanning topics (a trace, the triage queue): each scan has a consumer of its
 * own, and only a few run at once, because each reads whole topics; one request more waits up to
 * ten seconds, then is answered 503 BUSY with Retry-After rather than left to pile up.
 */
public final class TopicReads {

    private static final int WAIT_SECONDS = 10;

    private final KafkaClients clients;
    private final Admin admin;
    private final Semaphore running;

    public TopicReads(KafkaClients clients, Admin admin, int concurrent) {
        this.clients = clients;
        this.admin = admin;
        this.running = new Semaphore(concurrent);
    }

    /** What {@code scan} found, given the topics that exist; empty once the request was answered BUSY. */
    public <T> Optional<T> read(Context ctx, BiFunction<TopicScanner, Set<String>, T> scan)
            throws InterruptedException, ExecutionException {
        if (!running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", String.valueOf(WAIT_SECONDS));
            JsonResponse.error(ctx, 503, "BUSY");
            return Optional.empty();
        }
        try {
            Set<String> existing = admin.listTopics().names().get();
            try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
                return Optional.of(scan.apply(new TopicScanner(consumer), existing));
            }
        } finally {
            running.release();
        }
    }
}
