package jp.kikan.platform.quarkus.jumin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One item of resident records' feed ({@code RenkeiJumin} in contracts/resident-records/v1.yaml, the standard's
 * romanized item names) as far as a consuming service keeps it: read from the model a service generated from that
 * contract, so that what every consumer does with a change of a resident is written once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JuminHenko(
        @JsonProperty("shikuchosonkodo") String lgCode,
        @JsonProperty("atenabango") String atenabango,
        @JsonProperty("henko_bango") long henkoBango,
        @JsonProperty("henko_shubetsu") String henkoShubetsu,
        @JsonProperty("setaibango") String setaibango,
        @JsonProperty("shimei") String shimei,
        @JsonProperty("shimei_furigana") String shimeiFurigana,
        @JsonProperty("seinengappi") LocalDate seinengappi,
        @JsonProperty("zokugara") String zokugara,
        @JsonProperty("jumin_jotai") String juminJotai,
        @JsonProperty("idojiyu") String idojiyu,
        @JsonProperty("idonengappi") LocalDate idonengappi,
        @JsonProperty("shorinengappi") LocalDate shorinengappi,
        @JsonProperty("jumintonattanengappi") LocalDate jumintonattanengappi,
        @JsonProperty("gaikokujinjumintonattanengappi") LocalDate gaikokujinjumintonattanengappi,
        @JsonProperty("shien_sochi_taisho") Boolean shienSochiTaisho) {

    /** The change id a consumer deduplicates by: municipality, person and the feed's 変更番号. */
    public String changeId() {
        return lgCode + ":" + atenabango + ":" + henkoBango;
    }

    /** 住民となった年月日 (日本人住民) or 外国人住民となった年月日, whichever the item carries. */
    public LocalDate juminKaishibi() {
        return jumintonattanengappi != null ? jumintonattanengappi : gaikokujinjumintonattanengappi;
    }

    public boolean shienSochi() {
        return Boolean.TRUE.equals(shienSochiTaisho);
    }
}
