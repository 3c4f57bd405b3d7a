package dev.loupe.server;

import dev.loupe.core.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may call a route, by role. */
final class Access {
    /** Everyone with a valid token. */
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Supervisors and admins. */
    static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    /** Admins only. */
    static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    private Access() {
    }

    /** The roles as words for a person, e.g. "supervisor or admin". */
    static String describe(Set<Role> roles) {
        String all = EnumSet.copyOf(roles).stream().map(Role::wire).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
