package jp.kikan.jumin.application.accesslog;

import java.util.List;
import jp.kikan.jumin.application.Caller;
import jp.kikan.platform.accesslog.AccessLogEntry;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.accesslog.ChainVerification;

/**
 * The tamper-evident access log: every read of personal data, every certificate issued and every
 * refusal is appended (hash-chained) in the same transaction as the read itself.
 */
public interface AccessLogService {

    void record(Caller caller, String action, String targetType, String targetId, String detail);

    List<AccessLogEntry> search(Caller caller, AccessLogQuery query);

    ChainVerification verify(Caller caller);
}
