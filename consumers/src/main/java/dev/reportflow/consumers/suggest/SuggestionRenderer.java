package dev.reportflow.consumers.suggest;

import dev.reportflow.consumers.replay.Change;
import dev.reportflow.consumers.replay.Replay;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints suggestions for a person, Chinese first: the rule, the corrections it would have fixed, its
 * replay diff and the {@code rules put} command that applies it. Every field that came from a
 * submission or a clerk is printed through {@link SafeText}, so it cannot steer the terminal.
 */
final class SuggestionRenderer {

    /** Changes printed per suggestion; the rest are counted. */
    static final int MAX_CHANGED_SHOWN = 20;

    private final PrintWriter out;

    SuggestionRenderer(PrintWriter out) {
        this.out = out;
    }

    void header(int corrections, int suggestions) {
        out.printf("从 %d 条更正中学习，得到 %d 条建议规则 (%d correction(s) that move copies or issuers, %d suggested rule(s))%n",
                corrections, suggestions, corrections, suggestions);
    }

    /** @param correctedSources where the corrected submissions sit on the intake topic (see {@link Replay#where}) */
    void suggestion(int number, RuleSuggester.Suggestion suggestion, RuleEffect effect, Set<String> correctedSources) {
        RoutingRule rule = suggestion.rule();
        out.println();
        out.printf(Locale.ROOT, "建议 %d (suggestion %d): %s「%s」→ %s，权重 weight %.1f%n", number, number, kind(rule.getKind()),
                SafeText.line(rule.getTerm()), SafeText.line(rule.getDepartment()), rule.getWeight());
        out.printf("  可免去的更正 (would have fixed): %d / %d%n", suggestion.fixes().size(), suggestion.of());
        for (RoutingCorrection fixed : suggestion.fixes()) {
            out.printf("    %s  %s  %s：%s%n", SafeText.line(fixed.getCorrectionId()),
                    SafeText.line(fixed.getUnitId() != null ? fixed.getUnitId() : fixed.getReportId()),
                    SafeText.line(fixed.getBy()), SafeText.line(fixed.getReason()));
        }
        out.printf("  回放差异 (replay diff, history with the rule against without): %d / %d 份提交改变 (submissions change)%n",
                effect.changed().size(), effect.compared());
        int shown = 0;
        for (RuleEffect.Changed changed : effect.changed()) {
            if (shown++ == MAX_CHANGED_SHOWN) {
                out.printf("    …另有 %d 份 (%d more)%n", effect.changed().size() - MAX_CHANGED_SHOWN,
                        effect.changed().size() - MAX_CHANGED_SHOWN);
                break;
            }
            boolean corrected = correctedSources.contains(changed.source());
            out.printf("    %s  %s  [%s]%n", SafeText.line(changed.submissionId()), SafeText.line(changed.office()),
                    corrected ? "已更正 corrected" : "其他 not corrected");
            for (Change change : changed.changes()) {
                out.printf("      %s  %s: %s → %s%n", SafeText.line(change.what()), SafeText.line(change.where()),
                        SafeText.line(change.before()), SafeText.line(change.after()));
            }
        }
        out.printf(Locale.ROOT, "  应用 (apply): reportflow rules put --id %s --kind %s --department %s --term %s --weight %.1f%n",
                shellWord(rule.getRuleId()), rule.getKind(), shellWord(rule.getDepartment()), shellWord(rule.getTerm()),
                rule.getWeight());
    }

    void nothingToLearn(int corrections) {
        out.printf("%d 条更正，没有找到能免去其中任何一条的规则 (%d correction(s); no rule found that would have fixed any)%n",
                corrections, corrections);
    }

    private static String kind(RuleKind kind) {
        return switch (kind) {
            case SECTION_KEYWORD -> "分节关键词 SECTION_KEYWORD";
            case ISSUER_ALIAS -> "发文机关别名 ISSUER_ALIAS";
            default -> kind.name();
        };
    }

    /** A word a POSIX shell reads as itself. */
    static String shellWord(String text) {
        String line = SafeText.line(text);
        return line.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')
                ? line : "'" + line.replace("'", "'\\''") + "'";
    }

    static Set<String> sourcesOf(List<CorrectedCase> cases) {
        return cases.stream().map(c -> c.accepted().source())
                .map(s -> Replay.where(s.getTopic(), s.getPartition(), s.getOffset())).collect(Collectors.toSet());
    }
}
