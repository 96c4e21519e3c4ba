package cn.zhicheng.domain.model.party;

import java.util.regex.Pattern;

/**
 * The one rule for a login name, whoever creates the account (a unit admin for a handler, the administrator, the
 * office for an expert, a person registering): 4 to 60 letters, digits, dots, underscores or hyphens, starting
 * with a letter. Names are unique without regard to case.
 */
public final class Username {

    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{3,59}");

    private Username() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }
}
