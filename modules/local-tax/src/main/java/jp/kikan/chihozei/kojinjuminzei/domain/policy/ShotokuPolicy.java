package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;

/**
 * The incomes: 給与所得 (with both 所得金額調整控除), 公的年金等に係る雑所得, the other incomes as entered, and from
 * them 合計所得金額 (地方税法第292条第1項第13号) and 総所得金額等. 分離課税 incomes and the 繰越控除 of losses are not
 * modelled, so here 合計所得金額 = 総所得金額 = 総所得金額等.
 */
public final class ShotokuPolicy {

    private ShotokuPolicy() {
    }

    public static ShotokuKeisan shotoku(KazeiKiso kiso, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shotoku s = kiso.shotoku();
        long kojogo = s.kyuyoShunyu() == 0 ? 0 : KyuyoShotokuPolicy.kojogo(s.kyuyoShunyu(), p, konkyo);
        long kosodate = ShotokuKingakuChoseiKojoPolicy.kosodate(s.kyuyoShunyu(), kojogo, kiso, p, konkyo);
        long sonota = s.jigyoShotoku() + s.fudosanShotoku() + s.zatsuShotokuSonota() + s.sonotaShotoku() + s.haitoShotoku();
        // the 合計所得金額 other than 公的年金等 decides the 公的年金等控除 reduction (所得税法第35条第4項, 令和2年分以降)
        long nenkin = KotekiNenkinPolicy.zatsuShotoku(s.kotekiNenkinShunyu(), KazokuPolicy.honninNenrei(kiso),
                kojogo - kosodate + sonota, p, konkyo);
        long kyuyoNenkin = ShotokuKingakuChoseiKojoPolicy.kyuyoNenkin(kojogo - kosodate, nenkin, p, konkyo);
        long kyuyo = Math.max(0, kojogo - kosodate - kyuyoNenkin);
        if (s.kyuyoShunyu() > 0) {
            konkyo.add(Konkyo.step(Rule.KYUYO_SHOTOKU, kyuyo,
                    List.of(Konkyo.in("給与所得控除後の給与等の金額", kojogo), Konkyo.in("所得金額調整控除（子ども・特別障害者等）", kosodate),
                            Konkyo.in("所得金額調整控除（給与・年金）", kyuyoNenkin)),
                    List.of(), null));
        }
        long gokei = kyuyo + nenkin + sonota;
        konkyo.add(Konkyo.step(Rule.GOKEI_SHOTOKU_KINGAKU, gokei,
                List.of(Konkyo.in("給与所得", kyuyo), Konkyo.in("公的年金等に係る雑所得", nenkin),
                        Konkyo.in("事業所得", s.jigyoShotoku()), Konkyo.in("不動産所得", s.fudosanShotoku()),
                        Konkyo.in("配当所得", s.haitoShotoku()), Konkyo.in("雑所得（公的年金等以外）", s.zatsuShotokuSonota()),
                        Konkyo.in("その他の所得", s.sonotaShotoku())),
                List.of(), "分離課税の所得はなし"));
        konkyo.add(Konkyo.step(Rule.SO_SHOTOKU_KINGAKU_TO, gokei, List.of(Konkyo.in("合計所得金額", gokei)), List.of(),
                "純損失・雑損失の繰越控除はなし"));
        return new ShotokuKeisan(s.kyuyoShunyu(), kojogo, kosodate, kyuyoNenkin, kyuyo, s.kotekiNenkinShunyu(), nenkin,
                s.jigyoShotoku(), s.fudosanShotoku(), s.haitoShotoku(), s.zatsuShotokuSonota(), s.sonotaShotoku(), gokei,
                gokei);
    }
}
