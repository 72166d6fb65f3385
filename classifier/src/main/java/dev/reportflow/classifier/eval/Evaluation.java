package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores a classifier against a gold file. Reports are matched by start line, else (a page whose
 * chrome the classifier took into the report, say) by the found report that overlaps the gold one
 * most; a boundary is exact when the start is equal and the ends are equal once trailing blank
 * lines are set aside. Gold records marked {@code not_a_report} are caught when no report is found
 * in their file. Sections
 * are matched by line and by the first characters of their heading (several headings can share a
 * run-on line): recall over gold sections, precision over the sections of every report found
 * in the gold files, role accuracy over matched sections. Issuer names are compared as bodies
 * ({@link IssuerNames}) and as exact strings; the first is held to the target. Routed units that a
 * person labelled ({@link GoldReport.GoldUnit}) are matched to the found report's
 * {@link Report#routedUnits()} as sections are, by line and first characters of the heading; a unit is
 * right when it is found and its departments include the gold's first (main) department, and right
 * as a set when its departments are exactly the gold's, in any order. A gold unit not found, or in a
 * report not found, is wrong on both counts. Every miss is listed.
 */
public final class Evaluation {

    private final Function<String, Classification> classifier;
    private final RoutingThresholds thresholds;

    public Evaluation(Classifier classifier) {
        this(classifier::classify, RoutingThresholds.DEFAULT);
    }

    /**
     * @param classifier what is scored: the classifier, or a baseline ({@link KeywordBaseline}) run on
     *                   the same files for comparison
     * @param thresholds the routing confidences below which a report, or one of its units, goes to triage
     */
    public Evaluation(Function<String, Classification> classifier, RoutingThresholds thresholds) {
        this.classifier = classifier;
        this.thresholds = thresholds;
    }

    public EvalResult run(List<GoldReport> gold, Path samplesDir) throws IOException {
        Map<String, List<GoldReport>> byFile = new LinkedHashMap<>();
        gold.forEach(g -> byFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g));
        Counter c = new Counter(thresholds);
        for (Map.Entry<String, List<GoldReport>> file : byFile.entrySet()) {
            Path path = samplesDir.resolve(file.getKey());
            DecodedText decoded = TextDecoder.decode(Files.readAllBytes(path));
            if (!decoded.isOk()) {
                c.misses.add(file.getKey() + ": cannot be read: " + decoded.failure() + " " + decoded.message());
                for (GoldReport g : file.getValue()) {
                    if (g.notAReport()) {
                        c.negatives.count(true);
                    } else {
                        c.goldReports++;
                        c.kept.count(false);
                        c.unmatched(g, file.getKey());
                    }
                }
                continue;
            }
            Classification result = classifier.apply(decoded.text());
            c.versions = result.classifierVersion() + "\n" + result.rulesVersion();
            c.file(file.getKey(), file.getValue(), result);
        }
        return new EvalResult(c.goldReports, c.predicted, c.boundaries.ratio(), c.name.ratio(), c.level.ratio(),
                c.department.ratio(), new EvalResult.Ratio(c.sectionHits, c.goldSections),
                new EvalResult.Ratio(c.sectionHits, c.predictedSections), c.roles.ratio(), c.kind.ratio(),
                c.years.ratio(), c.misses, c.versions.split("\n")[0], c.versions.split("\n")[1], c.exactName.ratio(),
                c.kept.ratio(), c.negatives.ratio(), thresholds, c.confident.ratio(), c.confidentRight.ratio(),
                c.doubtfulRight.ratio(), c.unitDepartments.ratio(), c.unitDepartmentSets.ratio(), c.unitsFound.ratio(), c.unitBreakdown(), c.unitTriage);
    }

    /** A running count. */
    private static final class Tally {
        int hits;
        int total;

        void count(boolean hit) {
            total++;
            if (hit) {
                hits++;
            }
        }

        EvalResult.Ratio ratio() {
            return new EvalResult.Ratio(hits, total);
        }
    }

    private static final class Counter {
        final RoutingThresholds thresholds;
        /** The versions the classifications carried ("classifier\nrules"). */
        String versions = Classifier.VERSION + "\n" + Rules.bundledVersion();
        /** Gold reports found with a confidence at or above the threshold (routed without triage). */
        final Tally confident = new Tally();
        /** Of those, the ones whose issuer department and level are both right; and of the rest. */
        final Tally confidentRight = new Tally();
        final Tally doubtfulRight = new Tally();

        Counter(RoutingThresholds thresholds) {
            this.thresholds = thresholds;
        }

        final Tally boundaries = new Tally();
        final Tally name = new Tally();
        final Tally exactName = new Tally();
        final Tally level = new Tally();
        final Tally department = new Tally();
        final Tally roles = new Tally();
        final Tally kind = new Tally();
        final Tally years = new Tally();
        final Tally kept = new Tally();
        final Tally negatives = new Tally();
        /** Gold routed units whose main department the classifier gave the unit; and whose whole set. */
        final Tally unitDepartments = new Tally();
        final Tally unitDepartmentSets = new Tally();
        /** Gold routed units found at all (an outline matter): the departments are judged on these. */
        final Tally unitsFound = new Tally();
        /**
         * Found units' main departments right, by the rule that gave the unit its first department, and
         * routed or sent to triage by the thresholds.
         */
        final Map<String, Tally> unitBreakdown = new TreeMap<>();
        /** Each found gold unit's routing confidence and whether its department was right, for other thresholds. */
        final List<EvalResult.UnitTriage> unitTriage = new ArrayList<>();
        int goldReports;
        int goldSections;
        int predictedSections;
        int sectionHits;
        int predicted;
        final List<String> misses = new ArrayList<>();

        void file(String file, List<GoldReport> golds, Classification result) {
            predicted += result.reports().size();
            boolean anyFound = !result.reports().isEmpty();
            boolean routedWithoutTriage = result.reports().stream().anyMatch(r -> !thresholds.reportWaits(r));
            for (GoldReport g : golds) {
                if (g.notAReport()) {
                    negatives.count(!routedWithoutTriage);
                    if (routedWithoutTriage) {
                        misses.add(String.format("%s: a non-report (%s) was taken for %d report(s), the first \"%s\"", file,
                                g.negativeKind(), result.reports().size(), result.reports().get(0).title()));
                    }
                } else {
                    goldReports++;
                    kept.count(anyFound);
                    if (!anyFound) {
                        misses.add(String.format("%s: report \"%s\" turned away: no report found in the file", file, g.title()));
                    }
                }
            }
            if (!anyFound && golds.stream().allMatch(GoldReport::notAReport)) {
                return;
            }
            result.reports().forEach(r -> predictedSections += r.sections().size());
            Map<Integer, Report> byStart = new LinkedHashMap<>();
            result.reports().forEach(r -> byStart.put(r.startLine(), r));
            List<GoldReport> reports = golds.stream().filter(g -> !g.notAReport()).toList();
            List<GoldReport> unplaced = new ArrayList<>();
            Map<GoldReport, Report> matched = new LinkedHashMap<>();
            for (GoldReport g : reports) {
                Report r = byStart.remove(g.startLine());
                if (r == null) {
                    unplaced.add(g);
                } else {
                    matched.put(g, r);
                }
            }
            for (GoldReport g : unplaced) {
                Report r = mostOverlapping(g, byStart.values());
                if (r != null) {
                    byStart.remove(r.startLine());
                    matched.put(g, r);
                }
            }
            for (GoldReport g : reports) {
                Report r = matched.get(g);
                if (r == null) {
                    unmatched(g, file);
                } else {
                    report(file, g, r, result.textLines());
                }
            }
            byStart.values().forEach(r -> misses.add(String.format("%s: extra report at %d-%d \"%s\"", file,
                    r.startLine(), r.endLine(), r.title())));
        }

        /** The found report that shares the most lines with the gold one, if any does. */
        private static Report mostOverlapping(GoldReport g, java.util.Collection<Report> found) {
            Report best = null;
            int bestShared = 0;
            for (Report r : found) {
                int shared = Math.min(g.endLine(), r.endLine()) - Math.max(g.startLine(), r.startLine()) + 1;
                if (shared > bestShared) {
                    best = r;
                    bestShared = shared;
                }
            }
            return best;
        }

        void unmatched(GoldReport g, String file) {
            misses.add(String.format("%s:%d: report \"%s\" not found", file, g.startLine(), g.title()));
            boundaries.count(false);
            name.count(false);
            exactName.count(false);
            level.count(false);
            department.count(false);
            kind.count(false);
            years.count(false);
            goldSections += g.sections().size();
            g.units().forEach(u -> {
                unitDepartments.count(false);
                unitDepartmentSets.count(false);
                unitsFound.count(false);
            });
        }

        void report(String file, GoldReport g, Report r, List<String> lines) {
            String at = file + ":" + g.startLine();
            boolean exactEnd = lastNonBlank(lines, g.endLine()) == lastNonBlank(lines, r.endLine());
            boundaries.count(exactEnd);
            if (!exactEnd) {
                misses.add(String.format("%s: boundary: gold %d-%d, found %d-%d", at, g.startLine(), g.endLine(),
                        r.startLine(), r.endLine()));
            }
            boolean exact = Objects.equals(g.issuerName(), r.issuer().name());
            exactName.count(exact);
            boolean sameBody = IssuerNames.sameBody(g.issuerName(), r.issuer().name());
            name.count(sameBody);
            if (!sameBody) {
                misses.add(String.format("%s: issuer name: gold %s, found %s", at, g.issuerName(), r.issuer().name()));
            } else if (!exact) {
                misses.add(String.format("%s: issuer name (same body, other form): gold %s, found %s", at,
                        g.issuerName(), r.issuer().name()));
            }
            boolean right = compare(level, at, "issuer level", g.issuerLevel(), r.issuer().level())
                    & compare(department, at, "issuer department", g.department(), r.issuer().department());
            boolean sure = !thresholds.reportWaits(r);
            confident.count(sure);
            (sure ? confidentRight : doubtfulRight).count(right);
            compare(kind, at, "kind", g.kind(), r.kind());
            compare(years, at, "years", g.years(), r.years());
            List<Section> found = new ArrayList<>(r.sections());
            goldSections += g.sections().size();
            for (GoldReport.GoldSection gs : g.sections()) {
                Section s = takeSameSection(found, gs);
                if (s == null) {
                    misses.add(String.format("%s: section missed at %d \"%s\" (%s)", at, gs.line(), gs.heading(), gs.role()));
                    continue;
                }
                sectionHits++;
                boolean sameRole = gs.role().equals(s.role().name());
                roles.count(sameRole);
                if (!sameRole) {
                    misses.add(String.format("%s: role at %d \"%s\": gold %s, found %s (%s)", at, gs.line(), gs.heading(),
                            gs.role(), s.role(), s.roleEvidence().rule()));
                }
            }
            found.forEach(s -> misses.add(String.format("%s: extra section at %d \"%s\"", at, s.line(), s.heading())));
            units(at, g, r);
        }

        /** Scores the report's labelled units against its routed units. */
        private void units(String at, GoldReport g, Report r) {
            List<RoutedUnit> routed = new ArrayList<>(r.routedUnits());
            for (GoldReport.GoldUnit gu : g.units()) {
                RoutedUnit u = takeSame(routed, gu.line(), gu.heading(), RoutedUnit::line, RoutedUnit::heading);
                unitsFound.count(u != null);
                if (u == null) {
                    unitDepartments.count(false);
                    unitDepartmentSets.count(false);
                    misses.add(String.format("%s: unit missed at %d \"%s\" (gold %s)", at, gu.line(), gu.heading(),
                            gu.departments()));
                    continue;
                }
                List<String> codes = u.departments().stream().map(DepartmentMatch::department).toList();
                boolean mainRight = !gu.departments().isEmpty() && codes.contains(gu.departments().get(0));
                boolean sameSet = new HashSet<>(codes).equals(new HashSet<>(gu.departments()));
                unitDepartments.count(mainRight);
                unitDepartmentSets.count(sameSet);
                unitBreakdown.computeIfAbsent(u.departments().get(0).evidence().rule(), rule -> new Tally()).count(mainRight);
                Evidence unitConfidence = RoutingThresholds.unitConfidence(r, u);
                boolean waits = thresholds.unitWaits(r, unitConfidence);
                unitBreakdown.computeIfAbsent(EvalResult.unitBand(!waits, thresholds),
                        band -> new Tally()).count(mainRight);
                unitTriage.add(new EvalResult.UnitTriage(unitConfidence.score(),
                        thresholds.reportWaits(r), mainRight));
                if (!mainRight || !sameSet) {
                    misses.add(String.format("%s: unit %s at %d \"%s\": gold %s, found %s (%s)", at,
                            mainRight ? "departments (main right, set differs)" : "departments", gu.line(), gu.heading(),
                            gu.departments(), codes, u.departments().get(0).evidence().rule()));
                }
            }
        }

        /** How many of a heading's first characters tell it from another heading on its line ("二、本会…"). */
        private static final int HEADING_KEY = 4;

        /**
         * Removes and returns the found section that is the gold one: on its line, and with the same
         * first characters of its heading (a heading cut short, "一、", agrees as far as it goes), so
         * that each of several headings on one run-on line (a flattened web page) is matched to its own.
         */
        private static Section takeSameSection(List<Section> found, GoldReport.GoldSection gold) {
            return takeSame(found, gold.line(), gold.heading(), Section::line, Section::heading);
        }

        Map<String, EvalResult.Ratio> unitBreakdown() {
            Map<String, EvalResult.Ratio> ratios = new LinkedHashMap<>();
            unitBreakdown.forEach((rule, tally) -> ratios.put(rule, tally.ratio()));
            return ratios;
        }

        /** Removes and returns the found piece (section or routed unit) at {@code line} whose heading starts alike. */
        private static <T> T takeSame(List<T> found, int line, String heading, Function<T, Integer> lineOf,
                                      Function<T, String> headingOf) {
            String key = headingKey(heading);
            for (int k = 0; k < found.size(); k++) {
                T s = found.get(k);
                String foundKey = headingKey(headingOf.apply(s));
                boolean sameStart = !foundKey.isEmpty() && (key.startsWith(foundKey) || foundKey.startsWith(key));
                if (lineOf.apply(s) == line && sameStart) {
                    return found.remove(k);
                }
            }
            return null;
        }

        /** The heading's first characters without spaces, folded (full-width punctuation, traditional forms). */
        private static String headingKey(String heading) {
            String folded = Folding.fold(heading).replaceAll("\\s+", "");
            return folded.substring(0, Math.min(HEADING_KEY, folded.length()));
        }

        private boolean compare(Tally tally, String at, String what, Object gold, Object found) {
            boolean same = Objects.equals(gold, found);
            tally.count(same);
            if (!same) {
                misses.add(String.format("%s: %s: gold %s, found %s", at, what, gold, found));
            }
            return same;
        }

        private static int lastNonBlank(List<String> lines, int line) {
            int i = Math.min(line, lines.size());
            while (i > 1 && lines.get(i - 1).isBlank()) {
                i--;
            }
            return i;
        }
    }
}
