package dev.reportflow.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a recording's execution samples: the share of samples per kind of
 * thread (broker, stream thread, producers, the bench's own), the hottest methods (self time), and
 * on the stream threads the share of samples inside each step of the topology (inclusive: a
 * sample counts for every step on its stack, so Avro or JDK time is charged to the step that
 * asked for it).
 */
public record ProfileSummary(long samples, Map<String, Double> threadShare, Map<String, Double> hotMethods,
                             Map<String, Double> streamThreadSteps) {

    private static final int TOP = 12;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UUID = Pattern.compile("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-\\d+$");
    /** Steps of reportflow's topology, by a method each one's frames include. */
    private static final Map<String, List<String>> STEPS = steps();

    public static ProfileSummary of(Path recording) throws IOException {
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> steps = new HashMap<>();
        long samples = 0;
        long streamSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            RecordedThread thread = event.getThread("sampledThread");
            if (stack == null || stack.getFrames().isEmpty() || thread == null) {
                continue;
            }
            samples++;
            String threadName = thread.getJavaName() == null ? "?" : thread.getJavaName();
            threads.merge(threadKind(threadName), 1L, Long::sum);
            methods.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
            if (STREAM_THREAD.matcher(threadName).matches()) {
                streamSamples++;
                Set<String> frames = stack.getFrames().stream().map(ProfileSummary::name).collect(Collectors.toSet());
                STEPS.forEach((step, marks) -> {
                    if (marks.stream().anyMatch(frames::contains)) {
                        steps.merge(step, 1L, Long::sum);
                    }
                });
            }
        }
        return new ProfileSummary(samples, top(threads, samples), top(methods, samples), top(steps, streamSamples));
    }

    /** Thread names with their numbers and the run's prefix folded, so that pools count as one. */
    static String threadKind(String name) {
        String withoutIds = UUID.matcher(name.replaceFirst("^bench-[0-9a-f]+\\.", "")).replaceAll("");
        return DIGITS.matcher(withoutIds).replaceAll("N");
    }

    private static Map<String, List<String>> steps() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        // the pipeline calls classifyOrThrow (Decider.classify); the JMH benchmark classify
        steps.put("classify (Classifier.classify)", List.of("Classifier.classify", "Classifier.classifyOrThrow"));
        steps.put("encode outputs (AvroSerde.serialize)", List.of("AvroSerde.serialize"));
        steps.put("build output records (RecordFactory)", List.of("RecordFactory.reports", "RecordFactory.deliveries"));
        steps.put("hand outputs to the producer (KafkaProducer.send)", List.of("KafkaProducer.send"));
        steps.put("validate: decode text (TextDecoder.decode)", List.of("TextDecoder.decode"));
        steps.put("dedupe: hash (ContentHash.of)", List.of("ContentHash.of"));
        steps.put("dedupe: window store", List.of("MeteredWindowStore.fetch", "MeteredWindowStore.put"));
        steps.put("decode submissions (AvroSerde.deserialize)", List.of("AvroSerde.deserialize"));
        steps.put("commit (TaskManager.commit)", List.of("TaskManager.commit"));
        steps.put("poll (KafkaConsumer.poll)", List.of("KafkaConsumer.poll"));
        steps.put("Kafka Streams: is the task ready (PartitionGroup.readyToProcess)", List.of("PartitionGroup.readyToProcess"));
        return steps;
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static Map<String, Double> top(Map<String, Long> counts, long total) {
        Map<String, Double> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> top.put(e.getKey(), total == 0 ? 0 : 100.0 * e.getValue() / total));
        return top;
    }
}
