package dev.reportflow.bench.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.SubmissionIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Routed sections of the real reports' shape for the history bench: each report has about 22
 * units of 4–12 sentences taken from the corpus's documents (so the text, its words and its
 * phrases are real Chinese report prose), each unit delivered to 1–3 of the 39 departments (2.1
 * on average, as the pipeline does), received over two years.
 */
final class GeneratedSections {

    /** The history's intake offsets start here, far past any live run's (see {@link #report}). */
    private static final long HISTORY_OFFSETS = 1_000_000_000L;
    private static final SectionRole[] ROLES = SectionRole.values();
    private static final String[] LEVELS = {"township", "county", "city", "street", "village"};
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final long TWO_YEARS_SECONDS = 2L * 365 * 86_400;

    private final List<String> sentences;
    private final List<String> departments;
    private final SplittableRandom random;

    private GeneratedSections(List<String> sentences, List<String> departments, long seed) {
        this.sentences = sentences;
        this.departments = departments;
        this.random = new SplittableRandom(seed);
    }

    static GeneratedSections fromCorpus(Path documents, long seed) {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", "");
                for (String sentence : text.split("(?<=[。！？；])")) {
                    if (sentence.codePointCount(0, sentence.length()) >= 8) {
                        sentences.add(sentence);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corpus at " + documents, e);
        }
        if (sentences.size() < 100) {
            throw new IllegalStateException("Too few sentences in " + documents + ": " + sentences.size());
        }
        return new GeneratedSections(sentences, departmentCodes(), seed);
    }

    private static List<String> departmentCodes() {
        try (InputStream in = GeneratedSections.class.getResourceAsStream("/dev/reportflow/classifier/rules/departments.json")) {
            List<String> codes = new ArrayList<>();
            for (JsonNode department : new ObjectMapper().readTree(in)) {
                codes.add(department.get("code").asText());
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One report's outputs: its classified record and its routed copies. */
    record Report(ClassifiedReport report, List<RoutedSection> copies) {
    }

    Report report(int n) {
        // Offsets no bench pipeline reaches on its fresh intake topic: the live run's submissions are new ones, as on a
        // real topic whose offsets never repeat, so the sinks insert them rather than overwrite the history's.
        String submissionId = SubmissionIds.of(n % 6, HISTORY_OFFSETS + n);
        String reportId = submissionId + "#1";
        Instant received = START.plusSeconds(random.nextLong(TWO_YEARS_SECONDS));
        String level = LEVELS[random.nextInt(LEVELS.length)];
        String issuerDepartment = department();
        Evidence evidence = Evidence.newBuilder().setRule("section.lexicon").setScore(3)
                .setTerms(List.of(new MatchedTerm("资金", 2))).setDetail("").build();
        Issuer issuer = new Issuer("XX" + (n % 400) + "镇人民政府", level, issuerDepartment, evidence);
        String title = issuer.getName() + "2024年工作总结和2025年工作计划";
        int units = 16 + random.nextInt(13);
        List<RoutedSection> copies = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            String path = (1 + (u - 1) / 6) + "." + (1 + (u - 1) % 6);
            String unitId = reportId + "/" + path;
            String text = text();
            SectionRole role = ROLES[random.nextInt(ROLES.length)];
            double confidence = 0.3 + 0.7 * random.nextDouble();
            List<String> to = new ArrayList<>(List.of(issuerDepartment));
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                String d = department();
                if (!to.contains(d)) {
                    to.add(d);
                }
            }
            List<DepartmentAssignment> assignments = to.stream().map(d -> new DepartmentAssignment(d, evidence)).toList();
            for (String department : to) {
                copies.add(RoutedSection.newBuilder().setUnitId(unitId).setDeliveryId(unitId + "@" + department)
                        .setReportId(reportId).setSubmissionId(submissionId)
                        .setSource(new KafkaCoordinates("reports.submitted", n % 6, n / 6L)).setOffice(issuer.getName())
                        .setReceivedAt(received).setIssuer(issuer).setReportTitle(title).setReportKind("summary_and_plan")
                        .setYears(List.of(2024, 2025)).setSectionPath(path).setTopLevelHeading("一、工作开展情况")
                        .setHeading(text.substring(0, Math.min(16, text.length()))).setLine(u * 10).setRole(role)
                        .setRoleEvidence(evidence).setText(text).setDepartments(assignments).setRoutedTo(department)
                        .setRoutingReason(department.equals(issuerDepartment) ? "issuer-department" : "section-department")
                        .setClassifierVersion("bench").setRulesVersion("bench").setClassifiedAt(received.plusSeconds(1))
                        .setConfidence(confidence).build());
            }
        }
        OutlineSection outline = OutlineSection.newBuilder().setLine(3).setHeading("一、工作开展情况").setRole(SectionRole.REVIEW)
                .setRoleEvidence(evidence).setDepartments(List.of()).setSubsections(List.<OutlineSubsection>of()).build();
        ClassifiedReport report = ClassifiedReport.newBuilder().setCorrections(List.of()).setReportId(reportId)
                .setSubmissionId(submissionId).setContentHash("sha256:" + n)
                .setSource(new KafkaCoordinates("reports.submitted", n % 6, n / 6L)).setOffice(issuer.getName())
                .setFileName(submissionId + ".docx").setReceivedAt(received).setReportIndex(1).setReportCount(1)
                .setStartLine(1).setEndLine(units * 10).setTitle(title).setIssuer(issuer).setKind("summary_and_plan")
                .setYears(List.of(2024, 2025)).setOutline(List.of(outline)).setRoutedCopies(copies.size())
                .setClassifierVersion("bench").setRulesVersion("bench").setClassifiedAt(received.plusSeconds(1)).build();
        return new Report(report, copies);
    }

    /** A phrase a supervisor would type: 2 or 4 consecutive Chinese characters of a corpus sentence. */
    String phrase(int length) {
        while (true) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            int start = random.nextInt(Math.max(1, sentence.length() - length));
            String candidate = sentence.substring(start, Math.min(sentence.length(), start + length));
            if (candidate.length() == length && candidate.codePoints().allMatch(c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return candidate;
            }
        }
    }

    /** A department, the large ones more often (a few departments receive most sections). */
    String department() {
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 2) * departments.size());
        return departments.get(i);
    }

    SplittableRandom random() {
        return random;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int s = 4 + random.nextInt(9); s > 0; s--) {
            text.append(sentences.get(random.nextInt(sentences.size())));
        }
        return text.toString();
    }
}
