package dev.reportflow.web.i18n;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.schemas.Topics;

/**
 * What a person reads for a department code: its Chinese name from the rules' {@code departments.json}
 * (财政, 审计…), the bundle's words for {@code unassigned}; in English the code itself, which is
 * English already. A code the rules do not know (a department added at runtime) stays a code.
 */
public final class DepartmentNames {

    private final Rules rules = Rules.bundled();

    public String name(String code, Language language) {
        if (Topics.UNASSIGNED.equals(code)) {
            return Messages.text(language, "department.unassigned");
        }
        if (language == Language.ZH && rules.departmentCodes().contains(code)) {
            return rules.department(code).nameZh();
        }
        return code;
    }
}
