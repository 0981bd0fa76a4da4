package jp.kikan.platform.quarkus.command;

import java.util.List;
import java.util.regex.Pattern;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** The {@code Idempotency-Key} header every command requires: 8–128 visible ASCII characters. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORM = Pattern.compile("[\\x21-\\x7e]{8,128}");

    private IdempotencyKeys() {
    }

    public static String require(String key) {
        if (key == null || !FORM.matcher(key).matches()) {
            throw new RuleViolationException(400, "idempotency-key", "Idempotency-Key ヘッダーが必要です",
                    List.of(new FieldViolation(HEADER, key == null ? StandardErrorCode.E0001 : StandardErrorCode.E0003,
                            "idempotency-key", "8〜128文字 (英数字・記号) の冪等キーを Idempotency-Key ヘッダーで送ってください")));
        }
        return key;
    }
}
