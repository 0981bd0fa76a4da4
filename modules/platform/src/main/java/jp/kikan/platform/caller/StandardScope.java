package jp.kikan.platform.caller;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OAuth 2.0 scope in the standard's form {@code ${業務ID}:${APIコール名}:${操作種類}}
 * (地方公共団体情報システム共通機能標準仕様書 第2.7版 §2.2.5, e.g. {@code 001:jumin-renkei:Read}):
 * the providing system's 3-digit 業務ID, the API call name and the operation kind.
 */
public record StandardScope(String gyomuId, String apiCallName, String operation) {

    private static final Pattern FORM = Pattern.compile("([0-9]{3}):([A-Za-z0-9_./-]+):(Create|Read|Update|Delete)");

    /** The scope if the text has the standard's form, else empty (e.g. {@code openid}, {@code profile}). */
    public static Optional<StandardScope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(new StandardScope(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    @Override
    public String toString() {
        return gyomuId + ":" + apiCallName + ":" + operation;
    }
}
