package jp.kikan.chihozei.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import jp.kikan.chihozei.infrastructure.SozokuninDaihyoshaStore;

/** The contract's SozokuninDaihyosha: who receives a deceased taxpayer's documents, with every designation. */
public final class SozokuninDaihyoshaViews {

    private SozokuninDaihyoshaViews() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record View(String atenabango, String daihyosha, List<Shitei> rireki) {
    }

    public record Shitei(int version, String daihyosha, String shiteiKubun, String todokedebi, String riyu,
            String shorinengappi) {
    }

    static View view(String hisozokunin, List<SozokuninDaihyoshaStore.Version> versions) {
        List<Shitei> rireki = versions.stream().map(v -> new Shitei(v.version(), v.daihyosha(), v.shiteiKubun(),
                v.todokedebi().toString(), v.riyu(), v.shorinengappi().toString())).toList();
        return new View(hisozokunin, rireki.isEmpty() ? null : rireki.get(rireki.size() - 1).daihyosha(), rireki);
    }
}
