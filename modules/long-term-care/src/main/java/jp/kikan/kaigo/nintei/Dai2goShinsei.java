package jp.kikan.kaigo.nintei;

import java.util.regex.Pattern;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * What a 第2号被保険者's application carries: the 医療保険者 that makes the person a 医療保険加入者 (介護保険法第9条第2号 —
 * its name; its 保険者番号 when the clerk has it, 6 digits for 国民健康保険, 8 otherwise; the 記号・番号 of the card
 * optional) and the 特定疾病 the need comes from (第7条第3項第2号). Without either the application is refused (422,
 * the field named) and nothing is recorded.
 */
public record Dai2goShinsei(String iryoHokenshaMei, String iryoHokenshaBango, String kigoBango, TokuteiShippei tokuteiShippei) {

    private static final Pattern HOKENSHA_BANGO = Pattern.compile("[0-9]{6}([0-9]{2})?");

    public static Dai2goShinsei of(String meisho, String bango, String kigoBango, String tokuteiShippei) {
        if (tokuteiShippei == null || tokuteiShippei.isBlank()) {
            throw mujun("tokutei-shippei-nashi", "tokutei_shippei",
                    "第2号被保険者の認定には、要介護状態の原因である特定疾病（介護保険法施行令第2条の16疾病）が必要です");
        }
        TokuteiShippei t = TokuteiShippei.find(tokuteiShippei);
        if (t == null) {
            throw mujun("tokutei-shippei", "tokutei_shippei", "特定疾病 " + tokuteiShippei + " は介護保険法施行令第2条の16疾病にありません");
        }
        if (meisho == null || meisho.isBlank()) {
            throw mujun("iryo-hokensha-nashi", "iryo_hokensha.meisho",
                    "第2号被保険者（医療保険加入者）の申請には、加入している医療保険者の名称が必要です（介護保険法第9条第2号）");
        }
        if (bango != null && !HOKENSHA_BANGO.matcher(bango).matches()) {
            throw mujun("iryo-hokensha-bango", "iryo_hokensha.hokensha_bango", "保険者番号は6桁（国民健康保険）または8桁の数字です");
        }
        return new Dai2goShinsei(meisho.strip(), bango, kigoBango == null || kigoBango.isBlank() ? null : kigoBango.strip(), t);
    }

    private static RuleViolationException mujun(String rule, String field, String message) {
        return new RuleViolationException(rule, field, StandardErrorCode.E0004, message);
    }
}
