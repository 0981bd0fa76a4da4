package jp.kikan.jumin.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Head of a resident: the latest 履歴番号 and the search keys derived from that version. */
@Entity
@Table(name = "jumin")
@IdClass(JuminHeadId.class)
public class JuminHeadEntity extends PanacheEntityBase {
    @Id @Column(name = "lg_code") public String lgCode;
    @Id public String atenabango;
    @Column(name = "saishin_rirekibango") public int saishinRirekibango;
    public String setaibango;
    @Column(name = "jumin_jotai") public String juminJotai;
    @Column(name = "kana_key") public String kanaKey;
    @Column(name = "shimei_key") public String shimeiKey;
    @Column(name = "jusho_key") public String jushoKey;
    public LocalDate seinengappi;
}
