package dev.reportflow.bench.baseline;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Streams baseline: a real Kafka Streams app, with reportflow's own streams configuration
 * (exactly_once_v2, commit interval, threads, client settings), that copies each record from its
 * input to its output as bytes. No serde: it measures what Kafka Streams itself costs for
 * records of the reports' size (consume, transactional produce, commit), the floor under any
 * topology; decoding and encoding Avro is reportflow's own work and belongs to what the
 * comparison measures.
 */
public final class PassThroughApp implements AutoCloseable {

    private final KafkaStreams streams;

    private PassThroughApp(KafkaStreams streams) {
        this.streams = streams;
    }

    public static Topology topology(String input, String output) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    public static PassThroughApp start(Map<String, Object> streamsConfig, String input, String output) {
        Properties properties = new Properties();
        properties.putAll(streamsConfig);
        KafkaStreams streams = new KafkaStreams(topology(input, output), properties);
        streams.start();
        return new PassThroughApp(streams);
    }

    public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The pass-through app is still " + streams.state() + " after " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
