package dev.reportflow.classifier.rules;

import dev.reportflow.classifier.Role;

/** A heading word and the role it points to; {@code role} is null for neutral phrases. */
public record RoleCue(Role role, int weight) {

    public boolean isNeutral() {
        return role == null;
    }
}
