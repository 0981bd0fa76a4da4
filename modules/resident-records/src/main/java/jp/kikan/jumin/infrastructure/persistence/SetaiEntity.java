package jp.kikan.jumin.infrastructure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A household (世帯): its number and a lock/version row; members are recorded per person. */
@Entity
@Table(name = "setai")
@IdClass(SetaiId.class)
public class SetaiEntity extends PanacheEntityBase {
    @Id @Column(name = "lg_code") public String lgCode;
    @Id public String setaibango;
    public long version;
    @Column(name = "created_at") public Instant createdAt;
}
