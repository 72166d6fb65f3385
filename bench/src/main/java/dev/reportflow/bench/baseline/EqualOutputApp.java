package dev.reportflow.bench.baseline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The equal-output baseline: a Kafka Streams app with reportflow's configuration that, for each
 * submission it reads, writes the very records reportflow wrote for it (captured bytes, same
 * topics' copies, same keys, so the same partitions), in one exactly-once transaction as
 * reportflow does, without decoding, validating, deduplicating or classifying anything. What
 * reportflow costs beyond it is the cost of its own work, not of the output it has to write.
 */
public final class EqualOutputApp implements AutoCloseable {

    private final KafkaStreams streams;

    private EqualOutputApp(KafkaStreams streams) {
        this.streams = streams;
    }

    public static Topology topology(String input, CapturedOutputs outputs) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("submissions"))
                .process(() -> new WriteCaptured(outputs), Named.as("captured-outputs"))
                .to((key, captured, context) -> captured.topic(),
                        Produced.with(Serdes.ByteArray(), capturedValue()).withName("captured-sink"));
        return builder.build();
    }

    public static EqualOutputApp start(Map<String, Object> streamsConfig, String input, CapturedOutputs outputs) {
        Properties properties = new Properties();
        properties.putAll(streamsConfig);
        KafkaStreams streams = new KafkaStreams(topology(input, outputs), properties);
        streams.start();
        return new EqualOutputApp(streams);
    }

    private static org.apache.kafka.common.serialization.Serde<CapturedOutputs.Captured> capturedValue() {
        Serializer<CapturedOutputs.Captured> serializer = (topic, captured) -> captured.value();
        return Serdes.serdeFrom(serializer, (topic, bytes) -> {
            throw new UnsupportedOperationException("the baseline only writes");
        });
    }

    /** Forwards, for a submission's content hash (the intake's key), the records captured for it. */
    private static final class WriteCaptured implements Processor<String, byte[], byte[], CapturedOutputs.Captured> {

        private final CapturedOutputs outputs;
        private ProcessorContext<byte[], CapturedOutputs.Captured> context;

        WriteCaptured(CapturedOutputs outputs) {
            this.outputs = outputs;
        }

        @Override
        public void init(ProcessorContext<byte[], CapturedOutputs.Captured> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> submission) {
            List<CapturedOutputs.Captured> records = outputs.forContentHash(submission.key());
            if (records == null) {
                throw new IllegalStateException("No captured output for content hash " + submission.key());
            }
            for (CapturedOutputs.Captured captured : records) {
                context.forward(new Record<>(captured.key(), captured, submission.timestamp()));
            }
        }
    }

    public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The equal-output app is still " + streams.state() + " after " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
