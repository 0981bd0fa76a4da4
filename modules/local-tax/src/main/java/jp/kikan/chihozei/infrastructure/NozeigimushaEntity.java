package jp.kikan.chihozei.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The head of a taxpayer (納税義務者等): the latest known state of a resident from the feed, or a 住登外者. */
@Entity
@Table(name = "nozeigimusha")
@IdClass(NozeigimushaEntity.Key.class)
public class NozeigimushaEntity extends PanacheEntityBase {

    @Id
    @Column(name = "lg_code")
    public String lgCode;

    @Id
    public String atenabango;

    public String kubun;

    @Column(name = "henko_bango")
    public long henkoBango;

    public String shimei;

    @Column(name = "shimei_furigana")
    public String shimeiFurigana;

    public LocalDate seinengappi;

    public String seibetsu;

    public String jusho;

    @Column(name = "jumin_jotai")
    public String juminJotai;

    @Column(name = "shien_sochi_taisho")
    public boolean shienSochiTaisho;

    /** 法人番号 of a 法人 registered as 住登外者 (null for a person). */
    @Column(name = "hojin_bango")
    public String hojinBango;

    @Column(name = "kana_key")
    public String kanaKey;

    public static Optional<NozeigimushaEntity> find(String lgCode, String atenabango) {
        return findByIdOptional(new Key(lgCode, atenabango));
    }

    public static class Key implements Serializable {
        public String lgCode;
        public String atenabango;

        public Key() {
        }

        public Key(String lgCode, String atenabango) {
            this.lgCode = lgCode;
            this.atenabango = atenabango;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(lgCode, k.lgCode) && Objects.equals(atenabango, k.atenabango);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lgCode, atenabango);
        }
    }
}
