package jp.kikan.platform.problem;

/**
 * Error codes of the standard APIs. 共通機能標準仕様書 別紙 「住登外者宛名番号付番API仕様【第2.0版】」
 * (デジタル庁, 令和5年3月) answers HTTP 400 with {@code errors:[{code, message}]} using these four codes
 * (https://www.digital.go.jp/assets/contents/node/basic_page/field_ref_resources/4d056a04-6eba-4109-9850-a786d3e71971/73b57de4/20230929_policies_local_governments_common-feature-specification_outline_74.xlsx).
 * We reuse them in every service so that callers see one vocabulary.
 */
public enum StandardErrorCode {

    /** 必須項目未設定. */
    E0001("必須項目が設定されていません"),
    /** 使用不可文字 (a character outside the allowed set, e.g. not 行政事務標準文字 or not 数字). */
    E0002("使用できない文字が含まれています"),
    /** 桁数超過/不正 (length over the maximum, or not the fixed length). */
    E0003("桁数が正しくありません"),
    /** 項目間不整合 (correlation check between items failed). */
    E0004("項目間の整合性に誤りがあります");

    private final String defaultMessage;

    StandardErrorCode(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
