package dev.reportflow.classifier.section;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.RoleCue;
import dev.reportflow.classifier.rules.Rules;
import java.util.ArrayList;
import java.util.List;

/** The role words found in a heading, in the order they are written, neutral phrases left out. */
public record HeadingCues(List<Cue> cues) {

    /** One role word and where it starts in the heading. */
    public record Cue(Role role, int weight, String term, int start) {
    }

    /** Weight at which a word decides a heading on its own. */
    public static final int DECISIVE = 3;

    public static HeadingCues read(CharSequence text, int from, int to, Rules rules) {
        List<Cue> cues = new ArrayList<>();
        rules.roleCues().scan(text, from, to, (RoleCue cue, String term, int start, int end) -> {
            if (!cue.isNeutral()) {
                cues.add(new Cue(cue.role(), cue.weight(), term, start - from));
            }
        });
        return new HeadingCues(cues);
    }

    /** The role of the heaviest decisive word, or null: enough to tell a heading's gist. */
    public Role strongest() {
        Cue best = null;
        for (Cue cue : cues) {
            if (cue.weight() >= DECISIVE && (best == null || cue.weight() > best.weight())) {
                best = cue;
            }
        }
        return best == null ? null : best.role();
    }
}
